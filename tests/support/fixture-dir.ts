/** Writes the fixture corpus to <root>/data so the site can be built and served on it (ADMISSIBLE_DATA_DIR). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fixtureFiles } from '../fixtures/corpus';

export function writeFixtureDataDir(root: string): string {
  for (const f of fixtureFiles()) {
    const file = join(root, f.path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(f.data, null, 2));
  }
  return join(root, 'data');
}

if (process.argv[1]?.endsWith('fixture-dir.ts') && process.argv[2]) console.log(writeFixtureDataDir(process.argv[2]));
