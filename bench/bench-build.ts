/**
 * The build the benchmarks run against: the site plus its baselines (bench/routes/bench/empty, a
 * framework-only page with the site's layout, served at /bench/empty; bench/routes/api/bench/noop,
 * a route that reads a body and answers 201). They live outside app/, so the product never has
 * them: this build copies them into app/ for its own duration only, builds into .next-bench/ with
 * ADMISSIBLE_BENCH_BUILD=1 (next.config.js), and removes them again. Baseline and site are built by
 * the same Next.js from the same code, so a comparison between them measures only the feature.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The baseline routes, by their folder under bench/routes/ and under app/. */
const BASELINES = ['bench/empty', 'api/bench/noop'];

/**
 * ADMISSIBLE_BENCH_BUILD makes next.config.js build into and serve from .next-bench/;
 * ADMISSIBLE_NEXT_DIR tells the CSP where that build's prerendered pages are (lib/security/static-pages.ts),
 * so a static page's inline scripts are allowed by their hashes there too.
 */
export const BENCH_BUILD_ENV = { ADMISSIBLE_BENCH_BUILD: '1', ADMISSIBLE_NEXT_DIR: '.next-bench' } as const;

/** Builds .next-bench/ (or reuses it with BENCH_REUSE_BUILD=1) and returns the env that serves it. */
export function benchBuild(cwd = process.cwd()): Record<string, string> {
  if (process.env.BENCH_REUSE_BUILD === '1' && existsSync(join(cwd, '.next-bench', 'BUILD_ID'))) return { ...BENCH_BUILD_ENV };
  // next build may add its output folder to tsconfig.json's include; the bench build leaves no trace.
  const tsconfig = join(cwd, 'tsconfig.json');
  const before = readFileSync(tsconfig, 'utf8');
  const copied: string[] = [];
  try {
    for (const route of BASELINES) {
      const target = join(cwd, 'app', route);
      if (existsSync(target)) throw new Error(`app/${route} already exists: the benchmark baselines must only be copied in by this build`);
      cpSync(join(cwd, 'bench', 'routes', route), target, { recursive: true });
      copied.push(target);
    }
    console.log('building the site with its benchmark baselines into .next-bench/ …');
    execFileSync(join(cwd, 'node_modules/.bin/next'), ['build'], { cwd, env: { ...process.env, ...BENCH_BUILD_ENV, NEXT_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'ignore', 'inherit'] });
  } finally {
    for (const target of copied) rmSync(target, { recursive: true, force: true });
    // Leave no empty folders behind (app/api/bench, app/bench).
    for (const dir of ['app/api/bench', 'app/bench']) rmSync(join(cwd, dir), { recursive: true, force: true });
    if (readFileSync(tsconfig, 'utf8') !== before) writeFileSync(tsconfig, before);
  }
  return { ...BENCH_BUILD_ENV };
}
