/**
 * Read-API budget: the JSON API must serve at least 0.9× the requests per second of a static
 * (prerendered) page, measured in the same run against the same `next start`. Needs a build
 * (`npm run build`, with ADMISSIBLE_DATA_DIR set if the site should serve another corpus).
 *
 * The machine is shared (2 cores), so throughput drifts while the benchmark runs. Each round runs
 * the static page and the API back to back, in alternating order, and the budget is the median of
 * the per-round ratios. The server's own CPU time per request (from /proc) is printed too: it does
 * not depend on what else runs on the machine.
 *
 *   npm run bench:api            (BENCH_SECONDS=10 BENCH_ROUNDS=6 BENCH_CONNECTIONS=10 by default)
 */
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { loadCorpus } from '../lib/data/read';
import { startServer } from '../tests/support/server';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const BUDGET = 0.9;

interface Measure {
  rps: number;
  p99: number;
  bytes: number;
  /** Server CPU milliseconds per request, or NaN where /proc is not available. */
  cpuMs: number;
}

/** utime + stime of a process in milliseconds (Linux), NaN elsewhere. */
function cpuTime(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return NaN;
  }
}

async function measure(pid: number, name: string, url: string, headers: Record<string, string> = {}, expect304 = false): Promise<Measure> {
  const before = cpuTime(pid);
  const r = await new Promise<autocannon.Result>((resolve, reject) =>
    autocannon({ url, headers, connections: CONNECTIONS, duration: SECONDS }, (err, result) => (err ? reject(err) : resolve(result))),
  );
  const cpu = cpuTime(pid) - before;
  // autocannon counts 304 as non-2xx: a conditional run must answer nothing else.
  if (r.errors || (expect304 ? r['2xx'] > 0 || r.non2xx !== r.requests.total : r.non2xx)) {
    throw new Error(`${name}: ${r['2xx']} 2xx, ${r.non2xx} other answers and ${r.errors} errors`);
  }
  return { rps: r.requests.average, p99: r.latency.p99, bytes: Math.round(r.throughput.total / Math.max(r.requests.total, 1)), cpuMs: cpu / Math.max(r.requests.total, 1) };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function main() {
  const corpus = loadCorpus();
  const position = corpus.nodes.find((n) => n.kind === 'position') ?? corpus.nodes[0];
  if (!position) throw new Error('the loaded corpus has no nodes: set ADMISSIBLE_DATA_DIR to a corpus (npm run synthetic -- --scenario cite --out /tmp/syn) and build');
  const server = await startServer();
  const pid = server.process.pid!;
  try {
    const STATIC = 'static page /node/<id>';
    const NODE = 'API /api/nodes/<id>';
    const GRAPH = 'API /api/graph';
    const CONDITIONAL = 'API /api/nodes/<id>, If-None-Match (304)';
    const url: Record<string, string> = { [STATIC]: `${server.url}/node/${position.id}`, [NODE]: `${server.url}/api/nodes/${position.id}`, [GRAPH]: `${server.url}/api/graph` };
    // Warm up: the first requests fill Next's caches.
    for (const u of Object.values(url)) await fetch(u).then((r) => r.arrayBuffer());
    const etag = (await fetch(url[NODE]!)).headers.get('etag')!;

    const results: Record<string, Measure[]> = { [STATIC]: [], [NODE]: [], [GRAPH]: [], [CONDITIONAL]: [] };
    const ratios: number[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const pair = round % 2 ? [STATIC, NODE] : [NODE, STATIC];
      const got: Record<string, Measure> = {};
      for (const name of pair) got[name] = await measure(pid, name, url[name]!);
      ratios.push(got[NODE]!.rps / got[STATIC]!.rps);
      results[STATIC]!.push(got[STATIC]!);
      results[NODE]!.push(got[NODE]!);
      console.error(`round ${round}: static ${got[STATIC]!.rps.toFixed(0)} req/s, API ${got[NODE]!.rps.toFixed(0)} req/s, ratio ${ratios.at(-1)!.toFixed(2)}`);
    }
    // The whole graph and the conditional path, for the record (two rounds each).
    for (let round = 0; round < 2; round++) {
      results[GRAPH]!.push(await measure(pid, GRAPH, url[GRAPH]!));
      results[CONDITIONAL]!.push(await measure(pid, CONDITIONAL, url[NODE]!, { 'if-none-match': etag }, true));
    }
    const baseline = median(results[STATIC]!.map((m) => m.rps));
    console.log(`\n${CONNECTIONS} connections, ${SECONDS} s per run, ${ROUNDS} paired rounds, corpus of ${corpus.nodes.length} nodes; medians:`);
    console.log('| target | req/s | p99 ms | bytes/answer | server CPU ms/request | req/s × static |');
    console.log('|---|---|---|---|---|---|');
    for (const [name, ms] of Object.entries(results)) {
      const rps = median(ms.map((m) => m.rps));
      console.log(`| ${name} | ${rps.toFixed(0)} | ${median(ms.map((m) => m.p99)).toFixed(0)} | ${ms[0]!.bytes} | ${median(ms.map((m) => m.cpuMs)).toFixed(2)} | ${(rps / baseline).toFixed(2)} |`);
    }
    const ratio = median(ratios);
    console.log(`\nbudget: ${NODE} at ${ratio.toFixed(2)}× the static page (median of paired rounds: ${ratios.map((r) => r.toFixed(2)).join(', ')}; needs ≥ ${BUDGET})`);
    if (ratio < BUDGET) process.exitCode = 1;
  } finally {
    await server.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
