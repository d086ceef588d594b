import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { validateCorpus } from '@/lib/data/validate';
import { FORMAT_VERSION, toMapExport } from '@/lib/export/json';
import { fixtureFiles } from '../../fixtures/corpus';

const schema = JSON.parse(readFileSync('data/schema/export.schema.json', 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

describe('the JSON export', () => {
  it('validates against its documented JSON Schema (fixture corpus)', () => {
    const out = JSON.parse(JSON.stringify(toMapExport(validateCorpus(fixtureFiles()))));
    expect(validate(out), ajv.errorsText(validate.errors)).toBe(true);
    expect(out.formatVersion).toBe(FORMAT_VERSION);
    expect(out.counts).toEqual({ questions: 1, positions: 2, arguments: 3, facts: 1, sources: 2, holdings: 1 });
    expect(out.edges).toContainEqual({ from: 'arg-undercut', to: 'arg-for-yes', relation: 'undercuts', via: 'pos-yes' });
  });

  it('the schema rejects a document that breaks it', () => {
    const out = JSON.parse(JSON.stringify(toMapExport(validateCorpus(fixtureFiles()))));
    delete out.nodes[0].kind;
    expect(validate(out)).toBe(false);
  });

  it('is deterministic: the same corpus gives the same bytes and dataset version', () => {
    const a = JSON.stringify(toMapExport(validateCorpus(fixtureFiles())));
    const b = JSON.stringify(toMapExport(validateCorpus([...fixtureFiles()].reverse())));
    expect(a).toBe(b);
  });

  it('npm run --silent export -- --format json prints only valid JSON of the real corpus', () => {
    const stdout = execFileSync('npm', ['run', '--silent', 'export', '--', '--format', 'json'], { encoding: 'utf8', maxBuffer: 64 << 20 });
    const out = JSON.parse(stdout);
    expect(validate(out), ajv.errorsText(validate.errors)).toBe(true);
    expect(out.nodes.length).toBe(out.counts.questions + out.counts.positions + out.counts.arguments + out.counts.facts);
  }, 30_000);

  it('the export command refuses an unknown format with a clear error', () => {
    expect(() => execFileSync('npm', ['run', '--silent', 'export', '--', '--format', 'yaml'], { encoding: 'utf8', stdio: 'pipe' })).toThrow(
      /unknown format "yaml"/,
    );
  }, 30_000);
});
