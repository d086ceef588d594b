/**
 * The build the benchmarks run against: the site plus its baselines (app/bench/empty/page.bench.tsx,
 * a framework-only page with the site's layout; app/api/bench/noop/route.bench.ts, a route that
 * reads a body and answers 201). next.config.js includes *.bench.tsx / *.bench.ts routes only when
 * ADMISSIBLE_BENCH_BUILD=1, and then builds into .next-bench/, so the site's own build (.next/)
 * never has them. Baseline and site are built by the same Next.js from the same code, so a
 * comparison between them measures only the feature.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const BENCH_BUILD_ENV = { ADMISSIBLE_BENCH_BUILD: '1' } as const;

/** Builds .next-bench/ (or reuses it with BENCH_REUSE_BUILD=1) and returns the env that serves it. */
export function benchBuild(cwd = process.cwd()): Record<string, string> {
  if (process.env.BENCH_REUSE_BUILD === '1' && existsSync(join(cwd, '.next-bench', 'BUILD_ID'))) return { ...BENCH_BUILD_ENV };
  // next build may add its output folder to tsconfig.json's include; the bench build leaves no trace.
  const tsconfig = join(cwd, 'tsconfig.json');
  const before = readFileSync(tsconfig, 'utf8');
  try {
    console.log('building the site with its benchmark baselines into .next-bench/ …');
    execFileSync(join(cwd, 'node_modules/.bin/next'), ['build'], { cwd, env: { ...process.env, ...BENCH_BUILD_ENV, NEXT_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'ignore', 'inherit'] });
  } finally {
    if (readFileSync(tsconfig, 'utf8') !== before) writeFileSync(tsconfig, before);
  }
  return { ...BENCH_BUILD_ENV };
}
