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

  it('carries each holding in the court\'s own terms and the vocabulary to read it, never an evidence effect for a ruling that decided none', () => {
    const out = JSON.parse(JSON.stringify(toMapExport(validateCorpus(fixtureFiles()))));
    expect(out.holdings[0]).toMatchObject({ id: 'h-test', answer: 'yes', disposition: 'reference-answered' });
    expect(out.holdings[0]).not.toHaveProperty('outcome');
    expect(out.holdings[0]).not.toHaveProperty('evidence');
    expect(out.nodes.find((n: { id: string }) => n.id === 'q-test').answers.map((a: { id: string }) => a.id)).toEqual(['yes', 'no', 'not-reached']);
    expect(out.vocabulary.dispositions.find((d: { id: string }) => d.id === 'declared-inadmissible')).toEqual({
      id: 'declared-inadmissible',
      label: 'Declared inadmissible',
      meaning: expect.stringContaining('merits were not decided'),
      evidence: false,
    });
    expect(out.vocabulary.evidenceEffects.map((e: { id: string }) => e.id)).toEqual(['admitted', 'excluded', 'partly-excluded', 'reduced-weight', 'reassessment-ordered']);
    // Even a record that slipped past validation would not be exported with an evidence effect.
    const corpus = validateCorpus(fixtureFiles());
    const slipped = toMapExport({ ...corpus, holdings: corpus.holdings.map((h) => ({ ...h, evidence: 'admitted' as const })) });
    expect(slipped.holdings[0]).not.toHaveProperty('evidence');
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
    const noEvidence = new Set(out.vocabulary.dispositions.filter((d: { evidence: boolean }) => !d.evidence).map((d: { id: string }) => d.id));
    for (const h of out.holdings) if (noEvidence.has(h.disposition)) expect(h, h.id).not.toHaveProperty('evidence');
  }, 30_000);

  it('the export command refuses an unknown format with a clear error', () => {
    expect(() => execFileSync('npm', ['run', '--silent', 'export', '--', '--format', 'yaml'], { encoding: 'utf8', stdio: 'pipe' })).toThrow(
      /unknown format "yaml"/,
    );
  }, 30_000);
});
