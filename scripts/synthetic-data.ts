/**
 * Writes a synthetic corpus as a data directory, for browser tests and benchmarks against a corpus
 * of known shape: `npx tsx scripts/synthetic-data.ts <dir> [questions] [positions] [arguments]`,
 * then build and start with ADMISSIBLE_DATA_DIR=<dir>.
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { syntheticFiles, writeCorpusDir } from '../tests/fixtures/synthetic';

const [dir, questions = '3', positions = '2', args = '2'] = process.argv.slice(2);
if (!dir) {
  console.error('usage: npx tsx scripts/synthetic-data.ts <dir> [questions] [positions per question] [arguments per position]');
  process.exit(1);
}
const target = resolve(dir);
rmSync(target, { recursive: true, force: true });
writeCorpusDir(syntheticFiles({ questions: Number(questions), positionsPerQuestion: Number(positions), argumentsPerPosition: Number(args) }), target);
console.log(target);
