/**
 * npm run synthetic -- --nodes 10000 --seed 1 --out /tmp/syn-10k
 * Writes a seeded synthetic corpus into <out>/data/ (shaped like data/) and prints the
 * ADMISSIBLE_DATA_DIR to serve it with. For benchmarks and tests; never for the real site.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { generateSyntheticFiles } from '@/lib/synthetic/generate';

export function writeSyntheticCorpus(out: string, nodes: number, seed = 1): string {
  const dataDir = join(resolve(out), 'data');
  rmSync(dataDir, { recursive: true, force: true });
  for (const file of generateSyntheticFiles({ nodes, seed })) {
    const full = join(resolve(out), file.path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, JSON.stringify(file.data, null, 1) + '\n');
  }
  return dataDir;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(__filename)) {
  const nodes = Number(arg('nodes') ?? 500);
  const seed = Number(arg('seed') ?? 1);
  const out = arg('out');
  if (!out) {
    console.error('usage: npm run synthetic -- --nodes N [--seed S] --out DIR   (writes DIR/data/)');
    process.exit(2);
  }
  const dir = writeSyntheticCorpus(out, nodes, seed);
  console.log(`wrote a synthetic corpus of ${nodes} nodes (seed ${seed}); serve it with ADMISSIBLE_DATA_DIR=${dir}`);
}
