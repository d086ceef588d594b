/**
 * The one command that writes a synthetic corpus into <out>/data/ (shaped like data/) and prints the
 * ADMISSIBLE_DATA_DIR to serve it with. For benchmarks and tests; never for the real site.
 *   npm run synthetic -- --nodes 10000 --seed 1 --out DIR     seeded corpus of any size (lib/synthetic/generate.ts)
 *   npm run synthetic -- --scenario cite [--questions 3 --positions 2 --arguments 2] --out DIR
 *                                                             the Cite/export test corpus (tests/fixtures/synthetic.ts)
 *   npm run synthetic -- --scenario compare --out DIR         the comparison test corpus (tests/fixtures/compare.ts)
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { RawFile } from '@/lib/data/validate';
import { generateSyntheticFiles } from '@/lib/synthetic/generate';
import { compareFixtureFiles } from '../tests/fixtures/compare';
import { syntheticFiles } from '../tests/fixtures/synthetic';

/** Replaces <out>/data/ with the files (their paths start with data/) and returns that folder. */
export function writeCorpusFiles(out: string, files: RawFile[]): string {
  const dataDir = join(resolve(out), 'data');
  rmSync(dataDir, { recursive: true, force: true });
  for (const file of files) {
    if (!file.path.startsWith('data/')) throw new Error(`synthetic corpus: ${file.path} is not under data/`);
    const full = join(resolve(out), file.path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, JSON.stringify(file.data, null, 1) + '\n');
  }
  return dataDir;
}

export function writeSyntheticCorpus(out: string, nodes: number, seed = 1): string {
  return writeCorpusFiles(out, generateSyntheticFiles({ nodes, seed }));
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function count(name: string, fallback: number): number {
  const raw = arg(name);
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`--${name} must be a whole number ≥ 0, got ${raw}`);
    process.exit(2);
  }
  return value;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(__filename)) {
  const out = arg('out');
  const scenario = arg('scenario');
  if (!out || (scenario !== undefined && scenario !== 'cite' && scenario !== 'compare')) {
    console.error('usage: npm run synthetic -- --nodes N [--seed S] --out DIR   (writes DIR/data/)');
    console.error('       npm run synthetic -- --scenario cite [--questions Q --positions P --arguments A] --out DIR');
    console.error('       npm run synthetic -- --scenario compare --out DIR');
    process.exit(2);
  }
  if (scenario === 'cite') {
    const size = { questions: count('questions', 3), positionsPerQuestion: count('positions', 2), argumentsPerPosition: count('arguments', 2) };
    const dir = writeCorpusFiles(out, syntheticFiles(size));
    console.log(`wrote the Cite/export test corpus (${size.questions} questions × ${size.positionsPerQuestion} positions × ${size.argumentsPerPosition} arguments); serve it with ADMISSIBLE_DATA_DIR=${dir}`);
  } else if (scenario === 'compare') {
    const dir = writeCorpusFiles(out, compareFixtureFiles());
    console.log(`wrote the comparison test corpus; serve it with ADMISSIBLE_DATA_DIR=${dir}`);
  } else {
    const nodes = Number(arg('nodes') ?? 500);
    const seed = Number(arg('seed') ?? 1);
    const dir = writeSyntheticCorpus(out, nodes, seed);
    console.log(`wrote a synthetic corpus of ${nodes} nodes (seed ${seed}); serve it with ADMISSIBLE_DATA_DIR=${dir}`);
  }
}
