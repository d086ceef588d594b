/**
 * Times the bibliography of every source in the corpus in all three citation styles (OSCOLA,
 * APA, Chicago), the RIS, biblatex and CSL-JSON exports of the whole bibliography, and, as the
 * baseline measured in the same run, loading the corpus from data/. Median of several runs after
 * a warm-up (the first format() of a style builds its citeproc engine).
 * Usage: npm run bench:cite [-- runs=7]
 */
import { loadCorpus } from '@/lib/data/read';
import { bibliography } from '@/lib/cite/bibliography';
import { CITATION_STYLES } from '@/lib/cite/format';
import { formatSource } from '@/lib/cite/cite';
import { toRis } from '@/lib/export/ris';
import { toBibtex } from '@/lib/export/bibtex';
import { toCslJson } from '@/lib/export/csl-json';
import { medianTime } from './timing';

const runs = Number(process.argv[2] ?? 7);

const time = (fn: () => unknown) => medianTime(fn, runs);

const baseline = time(() => loadCorpus());
const corpus = loadCorpus();
const ctx = { jurisdictions: corpus.jurisdictions };
const sources = bibliography(corpus.sources);
const cases = sources.filter((s) => ['judgment', 'decision', 'opinion'].includes(s.type));

const rows: Array<[label: string, ms: number, references: number]> = [];
for (const style of CITATION_STYLES) rows.push([`${style.label}: every source`, time(() => sources.map((s) => formatSource(s, ctx, style.id))), sources.length]);
rows.push(['all three styles, every source', time(() => CITATION_STYLES.flatMap((style) => sources.map((s) => formatSource(s, ctx, style.id)))), sources.length * 3]);
rows.push(['all three styles, court decisions only', time(() => CITATION_STYLES.flatMap((style) => cases.map((s) => formatSource(s, ctx, style.id)))), cases.length * 3]);
rows.push(['RIS export, every source', time(() => toRis(sources, ctx)), sources.length]);
rows.push(['biblatex export, every source', time(() => toBibtex(sources, ctx)), sources.length]);
rows.push(['CSL-JSON export, every source', time(() => toCslJson(sources, ctx)), sources.length]);

console.log(`${sources.length} sources (${cases.length} court decisions), median of ${runs} runs`);
console.log(`baseline: loading the corpus from data/ ${baseline.toFixed(1)} ms`);
for (const [label, ms, n] of rows) {
  console.log(`${label.padEnd(50)} ${ms.toFixed(1).padStart(8)} ms ${(ms / baseline).toFixed(2).padStart(7)}× baseline ${((ms / n) * 1000).toFixed(0).padStart(7)} µs/entry`);
}
