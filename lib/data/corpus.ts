/**
 * The loaded corpus and its graph index, read once per server process.
 * next build and every server component share this; tests build their own from fixtures.
 */
import { buildGraph, type GraphIndex } from '@/lib/graph/graph';
import { datasetVersion } from '@/lib/data/version';
import { loadCorpus } from './read';
import { corpusAsOf } from '@/lib/graph/replay';
import type { Corpus } from './validate';
import type { Actor, Source } from '@/lib/model/schema';

export interface LoadedCorpus extends Corpus {
  graph: GraphIndex;
  version: string;
  sourceById: ReadonlyMap<string, Source>;
  actorById: ReadonlyMap<string, Actor>;
}

let cached: LoadedCorpus | undefined;

export function indexCorpus(corpus: Corpus): LoadedCorpus {
  return {
    ...corpus,
    graph: buildGraph(corpus.nodes),
    version: datasetVersion(corpus),
    sourceById: new Map(corpus.sources.map((s) => [s.id, s])),
    actorById: new Map(corpus.actors.map((a) => [a.id, a])),
  };
}

export function getCorpus(): LoadedCorpus {
  cached ??= indexCorpus(loadCorpus());
  return cached;
}

const asOfCache = new Map<string, LoadedCorpus>();

/**
 * The corpus as it stood on a day (lib/graph/replay.ts), indexed, with the dataset version of the
 * whole corpus (a citation names both). Kept for a few recent dates; undefined asOf is today.
 */
export function getCorpusAsOf(asOf: string | undefined): LoadedCorpus {
  const full = getCorpus();
  if (!asOf) return full;
  let hit = asOfCache.get(asOf);
  if (!hit) {
    if (asOfCache.size >= 32) asOfCache.delete(asOfCache.keys().next().value!);
    hit = { ...indexCorpus(corpusAsOf(full, asOf)), version: full.version };
    asOfCache.set(asOf, hit);
  }
  return hit;
}

/** Route params for one page per question (questions and question embeds). */
export function questionParams(): { id: string }[] {
  return getCorpus()
    .nodes.filter((n) => n.kind === 'question')
    .map((n) => ({ id: n.id }));
}

/** The rulings that adopt or reject a node: what its page and its API document list as "holdings that touch it". */
export function holdingsOn(corpus: Corpus, id: string): Corpus['holdings'] {
  return corpus.holdings.filter((h) => h.adopts.includes(id) || h.rejects.includes(id));
}
