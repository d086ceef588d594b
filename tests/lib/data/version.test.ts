import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateCorpus } from '@/lib/data/validate';
import { datasetVersion } from '@/lib/data/version';
import { fixtureFiles, withEdit } from '../../fixtures/corpus';

describe('datasetVersion', () => {
  it('is a 12-hex content hash that does not depend on file order', () => {
    const files = fixtureFiles();
    const a = datasetVersion(validateCorpus(files));
    const b = datasetVersion(validateCorpus([...files].reverse()));
    expect(a).toMatch(/^[0-9a-f]{12}$/);
    expect(b).toBe(a);
  });

  it('changes when a source changes', () => {
    const files = fixtureFiles();
    const sourceFile = files.find((f) => f.path.startsWith('data/sources/'))!.path;
    const edited = withEdit(sourceFile, (s) => (s.summary = `${s.summary} Edited for the test.`));
    expect(datasetVersion(validateCorpus(edited))).not.toBe(datasetVersion(validateCorpus(files)));
  });

  it('lives with the corpus: nothing in lib/data imports an exporter', () => {
    const dir = join(process.cwd(), 'lib', 'data');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      expect(readFileSync(join(dir, file), 'utf8'), `lib/data/${file}`).not.toMatch(/from '@\/lib\/export\//);
    }
  });
});
