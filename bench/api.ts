/**
 * Read-API budget: the JSON API must serve at least 0.9× the requests per second of a static
 * (prerendered) page, measured in the same run against the same `next start`. Needs a build
 * (`npm run build`, with ADMISSIBLE_DATA_DIR set if the site should serve another corpus).
 * Rounds alternate static page / API so drift in the machine's load hits both alike; medians count.
 *
 *   npm run bench:api            (BENCH_SECONDS=10 BENCH_ROUNDS=3 BENCH_CONNECTIONS=10 by default)
 */
import autocannon from 'autocannon';
import { loadCorpus } from '../lib/data/read';
import { startServer } from '../tests/support/server';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const BUDGET = 0.9;

function run(url: string, headers: Record<string, string> = {}): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon({ url, headers, connections: CONNECTIONS, duration: SECONDS }, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function main() {
  const corpus = loadCorpus();
  const position = corpus.nodes.find((n) => n.kind === 'position') ?? corpus.nodes[0];
  if (!position) throw new Error('the loaded corpus has no nodes: set ADMISSIBLE_DATA_DIR to a corpus (npx tsx scripts/synthetic-data.ts /tmp/syn) and build');
  const server = await startServer();
  try {
    const targets = {
      'static page /node/<id>': `${server.url}/node/${position.id}`,
      'API /api/nodes/<id>': `${server.url}/api/nodes/${position.id}`,
      'API /api/graph': `${server.url}/api/graph`,
    };
    // Warm up: first requests compile caches and fill the API's serialised answers.
    for (const url of Object.values(targets)) await fetch(url).then((r) => r.arrayBuffer());
    // A client revalidating what it holds: answered 304 by proxy.ts.
    const etag = (await fetch(targets['API /api/nodes/<id>'])).headers.get('etag')!;
    const conditionalName = 'API /api/nodes/<id> with If-None-Match (304)';
    const rps: Record<string, number[]> = Object.fromEntries(Object.keys(targets).map((k) => [k, []]));
    const p99: Record<string, number[]> = Object.fromEntries(Object.keys(targets).map((k) => [k, []]));
    const bytes: Record<string, number> = {};
    rps[conditionalName] = [];
    p99[conditionalName] = [];
    const runs: Array<[string, string, Record<string, string>]> = [
      ...Object.entries(targets).map(([name, url]): [string, string, Record<string, string>] => [name, url, {}]),
      [conditionalName, targets['API /api/nodes/<id>'], { 'if-none-match': etag }],
    ];
    for (let round = 1; round <= ROUNDS; round++) {
      for (const [name, url, headers] of runs) {
        const r = await run(url, headers);
        const conditional = name === conditionalName;
        // autocannon counts 304 as non-2xx: the conditional run must answer nothing else.
        if (r.errors || (conditional ? r['2xx'] > 0 || r.non2xx !== r.requests.total : r.non2xx)) {
          throw new Error(`${name}: ${r['2xx']} 2xx, ${r.non2xx} other answers and ${r.errors} errors`);
        }
        rps[name]!.push(r.requests.average);
        p99[name]!.push(r.latency.p99);
        bytes[name] = Math.round(r.throughput.average / Math.max(r.requests.average, 1));
        console.error(`round ${round} ${name}: ${r.requests.average.toFixed(0)} req/s, p99 ${r.latency.p99} ms`);
      }
    }
    const baseline = median(rps['static page /node/<id>']!);
    console.log(`\n${CONNECTIONS} connections, ${SECONDS} s × ${ROUNDS} rounds, corpus of ${corpus.nodes.length} nodes; medians:`);
    console.log('| target | req/s | p99 ms | bytes/answer | × static |');
    console.log('|---|---|---|---|---|');
    for (const name of Object.keys(rps)) {
      const m = median(rps[name]!);
      console.log(`| ${name} | ${m.toFixed(0)} | ${median(p99[name]!).toFixed(0)} | ${bytes[name]} | ${(m / baseline).toFixed(2)} |`);
    }
    const ratio = median(rps['API /api/nodes/<id>']!) / baseline;
    console.log(`\nbudget: /api/nodes/<id> at ${ratio.toFixed(2)}× the static page (needs ≥ ${BUDGET})`);
    if (ratio < BUDGET) process.exitCode = 1;
  } finally {
    await server.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
