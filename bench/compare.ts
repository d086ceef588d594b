/**
 * Benchmarks for the comparison views, as ratios against a baseline measured in the same run:
 * building the matrix, the timeline layout and the grounded labelling on a synthetic corpus scaled
 * up from the compare fixture, against corpusAsOf (the replay every page already pays for).
 * Usage: npx tsx bench/compare.ts [copies=200]
 */
import { validateCorpus } from '@/lib/data/validate';
import { corpusAsOf } from '@/lib/graph/replay';
import { buildMatrix } from '@/lib/compare/matrix';
import { layoutTimeline, timelineEvents } from '@/lib/compare/timeline';
import { evaluateCorpus } from '@/lib/evaluation/corpus';
import { groundedLabelling } from '@/lib/evaluation/grounded';
import { compareFixtureFiles } from '../tests/fixtures/compare';
import { medianTime } from './timing';

const copies = Number(process.argv[2] ?? 200);
const base = validateCorpus(compareFixtureFiles());
// Scale up by cloning everything with an id suffix (a synthetic corpus; never validated as data/).
const suffix = (id: string, i: number) => `${id}-c${i}`;
const corpus = {
  ...base,
  nodes: Array.from({ length: copies }, (_, i) => base.nodes.map((n) => ({ ...n, id: suffix(n.id, i), links: n.links.map((l) => ({ ...l, target: suffix(l.target, i) })) }))).flat() as typeof base.nodes,
  sources: Array.from({ length: copies }, (_, i) => base.sources.map((s) => ({ ...s, id: suffix(s.id, i), appeal: s.appeal.map((a) => ({ ...a, target: suffix(a.target, i) })) }))).flat(),
  holdings: Array.from({ length: copies }, (_, i) =>
    base.holdings.map((h) => ({ ...h, id: suffix(h.id, i), source: suffix(h.source, i), question: suffix(h.question, i), adopts: h.adopts.map((p) => suffix(p, i)), rejects: h.rejects.map((p) => suffix(p, i)) })),
  ).flat(),
};

const time = medianTime;

const baseline = time(() => corpusAsOf(corpus, '2024-04-29'));
const rows: [string, number][] = [
  ['corpusAsOf (baseline)', baseline],
  ['buildMatrix', time(() => buildMatrix(corpus))],
  ['buildMatrix as of a date', time(() => buildMatrix(corpus, { asOf: '2024-04-29' }))],
  ['timelineEvents + layoutTimeline', time(() => layoutTimeline(timelineEvents(corpus), new Map(), ['EU', 'DE', 'NL']))],
  ['evaluateCorpus (whole map)', time(() => evaluateCorpus(corpus))],
  ['evaluateCorpus (DE settled)', time(() => evaluateCorpus(corpus, { jurisdiction: 'DE' }))],
];
// A long odd chain closed into a cycle: the worst case for the round-by-round labelling.
const n = 2000;
const ring = { args: Array.from({ length: n }, (_, i) => `a${i}`), attacks: Array.from({ length: n }, (_, i) => ({ from: `a${i}`, to: `a${(i + 1) % n}` })) };
const chain = { args: ring.args, attacks: ring.attacks.slice(0, -1) };
rows.push(['grounded: chain of 2000 (2000 rounds)', time(() => groundedLabelling(chain), 3)], ['grounded: cycle of 2000', time(() => groundedLabelling(ring), 3)]);
console.log(`${corpus.nodes.length} nodes, ${corpus.sources.length} sources, ${corpus.holdings.length} holdings (${copies} copies of the fixture)`);
for (const [name, ms] of rows) console.log(`${name.padEnd(40)} ${ms.toFixed(2).padStart(9)} ms  ×${(ms / baseline).toFixed(2)}`);
