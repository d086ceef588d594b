/**
 * Writes a synthetic corpus as a data directory, for browser tests and benchmarks against a corpus
 * of known shape: `npx tsx scripts/synthetic-data.ts <dir> [questions] [positions] [arguments]`,
 * then build and start with ADMISSIBLE_DATA_DIR set to the printed directory (<dir>/data).
 */
import { rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { syntheticFiles, writeCorpusDir } from '../tests/fixtures/synthetic';

const [dir, questions = '3', positions = '2', args = '2'] = process.argv.slice(2);
if (!dir) {
  console.error('usage: npx tsx scripts/synthetic-data.ts <dir> [questions] [positions per question] [arguments per position]');
  process.exit(1);
}
// The loader recognises files by their data/… paths, so the directory must be called data.
const target = basename(resolve(dir)) === 'data' ? resolve(dir) : join(resolve(dir), 'data');
rmSync(target, { recursive: true, force: true });
writeCorpusDir(syntheticFiles({ questions: Number(questions), positionsPerQuestion: Number(positions), argumentsPerPosition: Number(args) }), target);
console.log(target);
