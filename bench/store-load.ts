/**
 * npm run bench:store [-- --duration 60 --connections 10,100]
 * Load on the contribution API against a no-op route handler, in the same run and server:
 * autocannon for `duration` seconds per route at each connection count, rate limit raised, the two
 * routes alternating in 10-second slices. Checks: no 5xx,
 * rows in the database equal to the 201s returned (each acknowledged id is looked up), throughput
 * ≥ 0.9× the no-op handler, p99 ≤ 100 ms at 10 connections. Builds the site with the no-op baseline
 * into .next-bench/ (bench/bench-build.ts; BENCH_REUSE_BUILD=1 reuses it).
 * With DATABASE_URL set, the server and the check use PostgreSQL instead of the SQLite file.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { benchBuild } from './bench-build';
import { startServer } from '../tests/support/server';
import { openStore, type StoreOptions } from '@/lib/store/db';
import { countContributions } from '@/lib/store/contributions';
import { loadCorpus } from '@/lib/data/read';
import { validBody } from '../tests/support/contribution';

interface Run {
  route: string;
  connections: number;
  seconds: number;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  statuses: Record<string, number>;
  errors: number;
  acked: string[];
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

/** A run of `duration` seconds, or of exactly `amount` requests (every one answered before it ends). */
async function load(url: string, path: string, connections: number, duration: number, body: string, amount?: number): Promise<Run> {
  const acked: string[] = [];
  const started = performance.now();
  const result = await autocannon({
    url: url + path,
    connections,
    ...(amount ? { amount } : { duration }),
    requests: [
      {
        method: 'POST',
        headers: { origin: url, 'content-type': 'application/json' },
        body,
        onResponse: (status: number, resBody: string) => {
          if (status === 201) acked.push(JSON.parse(resBody).id as string);
        },
      },
    ],
  });
  // Throughput from the wall clock: answered requests over the time the run really took.
  const seconds = (performance.now() - started) / 1000;
  const statuses: Record<string, number> = {};
  for (const [code, stat] of Object.entries(result.statusCodeStats ?? {})) statuses[code] = (stat as { count: number }).count;
  return { route: path, connections, seconds, requests: result.requests.total, rps: result.requests.total / seconds, p50: result.latency.p50, p99: result.latency.p99, statuses, errors: result.errors + result.timeouts, acked };
}

/** Slices of one route as one run: total requests over total time; the worst slice's latencies. */
function combine(slices: Run[]): Run {
  const seconds = slices.reduce((t, r) => t + r.seconds, 0);
  const requests = slices.reduce((t, r) => t + r.requests, 0);
  const statuses: Record<string, number> = {};
  for (const r of slices) for (const [code, n] of Object.entries(r.statuses)) statuses[code] = (statuses[code] ?? 0) + n;
  return {
    route: slices[0]!.route,
    connections: slices[0]!.connections,
    seconds,
    requests,
    rps: requests / seconds,
    p50: Math.max(...slices.map((r) => r.p50)),
    p99: Math.max(...slices.map((r) => r.p99)),
    statuses,
    errors: slices.reduce((t, r) => t + r.errors, 0),
    acked: slices.flatMap((r) => r.acked),
  };
}

async function main() {
  const duration = Number(arg('duration', '60'));
  const connectionCounts = arg('connections', '10,100').split(',').map(Number);
  const dir = mkdtempSync(join(tmpdir(), 'admissible-bench-store-'));
  const options: StoreOptions = process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : { sqliteFile: join(dir, 'bench.sqlite') };
  // The bench build has the no-op baseline route (bench/bench-build.ts); the site's build does not.
  const env: Record<string, string> = { ...benchBuild(), RATE_LIMIT_MAX: '1000000000', RATE_LIMIT_GLOBAL_MAX: '1000000000' };
  if ('sqliteFile' in options) env.ADMISSIBLE_DB_FILE = options.sqliteFile;
  const server = await startServer(env);
  const store = await openStore(options);
  const body = JSON.stringify(validBody(loadCorpus()));
  const runs: Run[] = [];
  const failures: string[] = [];
  try {
    // Warm both routes so compilation and the first database open are not measured.
    await load(server.url, '/api/bench/noop', 4, 2, body);
    await load(server.url, '/api/contributions', 4, 2, body, 1000);
    for (const connections of connectionCounts) {
      // Alternate the two routes in slices so both see the same background load on a shared machine.
      const slices = Math.max(1, Math.round(duration / 10));
      const sliceSeconds = duration / slices;
      const noopSlices: Run[] = [];
      const realSlices: Run[] = [];
      const before = await countContributions(store);
      for (let i = 0; i < slices; i++) {
        const n = await load(server.url, '/api/bench/noop', connections, sliceSeconds, body);
        noopSlices.push(n);
        // A fixed number of requests, sized to last about as long at the no-op's pace: a timed run
        // would cut the last request of each connection off in flight (stored, but never acknowledged).
        realSlices.push(await load(server.url, '/api/contributions', connections, sliceSeconds, body, Math.round(n.rps * sliceSeconds)));
      }
      const noop = combine(noopSlices);
      const real = combine(realSlices);
      await new Promise((r) => setTimeout(r, 500));
      const rows = (await countContributions(store)) - before;
      const ids = new Set((await store.db.selectFrom('contributions').select('id').execute()).map((r) => r.id));
      const missing = real.acked.filter((id) => !ids.has(id)).length;
      runs.push(noop, real);
      const fiveXX = Object.entries(real.statuses).filter(([c]) => c.startsWith('5')).reduce((n, [, v]) => n + v, 0);
      const ratio = real.rps / noop.rps;
      console.log(
        `${connections} connections, ${duration} s: no-op ${noop.rps.toFixed(0)} req/s (p99 ${noop.p99} ms); contributions ${real.rps.toFixed(0)} req/s over ${real.seconds.toFixed(1)} s (worst slice p50 ${real.p50} ms, p99 ${real.p99} ms), ratio ${ratio.toFixed(3)}; ` +
          `201s ${real.acked.length}, rows ${rows}, acknowledged but missing ${missing}, statuses ${JSON.stringify(real.statuses)}, socket errors/timeouts ${real.errors}`,
      );
      if (fiveXX) failures.push(`${connections} connections: ${fiveXX} responses were 5xx`);
      if (missing) failures.push(`${connections} connections: ${missing} acknowledged contributions are not in the database`);
      if (rows !== real.acked.length) failures.push(`${connections} connections: ${rows} rows for ${real.acked.length} 201s (requests cut off in flight when the run ended)`);
      if (ratio < 0.9) failures.push(`${connections} connections: throughput ${ratio.toFixed(3)}× the no-op handler (budget ≥ 0.9×)`);
      if (connections === 10 && real.p99 > 100) failures.push(`10 connections: p99 ${real.p99} ms (budget ≤ 100 ms)`);
    }
  } finally {
    await store.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/store-load.json', JSON.stringify({ at: new Date().toISOString(), duration, runs: runs.map(({ acked, ...r }) => ({ ...r, acknowledged: acked.length })), failures }, null, 2));
  if (failures.length) {
    console.error('FAILED:\n' + failures.join('\n'));
    process.exit(1);
  }
  console.log('store load: all budgets met');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
