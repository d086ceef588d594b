/**
 * Server-side reads behind the map: the laid-out map for a day (cached, because a layout of
 * 10,000 nodes costs tens of milliseconds), a node's details for the side panel, and the full
 * texts that the search fetches on first use.
 */
import type { LoadedCorpus } from '@/lib/data/corpus';
import type { LocatedHolding } from '@/lib/data/validate';
import { corpusAsOf } from '@/lib/graph/replay';
import type { Actor, Citation, DebateNode, Source } from '@/lib/model/schema';
import { holdingWords, type HoldingWords } from '@/lib/model/labels';
import type { MapData } from './encoding';
import { dateRangeOf, layoutMap } from './layout';

const CACHE_SIZE = 8;
const cache = new Map<string, { corpus: LoadedCorpus; data: MapData }>();

/** The map as it stood on asOf (YYYY-MM-DD; undefined for today). Throws on a malformed day. */
export function mapDataFor(corpus: LoadedCorpus, asOf?: string): MapData {
  const key = asOf ?? '';
  const hit = cache.get(key);
  if (hit && hit.corpus === corpus) {
    cache.delete(key);
    cache.set(key, hit);
    return hit.data;
  }
  const laid = layoutMap(corpusAsOf(corpus, asOf), { asOf, dateRange: dateRangeOf(corpus), version: corpus.version });
  // The live corpus (lib/store/read.ts) says which nodes are community contributions, so the map can mark them.
  const community = 'community' in corpus ? (corpus as { community: ReadonlyMap<string, unknown> }).community : undefined;
  const marked = community ? laid.ids.flatMap((id, i) => (community.has(id) ? [i] : [])) : [];
  const data = marked.length ? { ...laid, community: marked } : laid;
  cache.set(key, { corpus, data });
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return data;
}

export interface NodeDetail {
  id: string;
  kind: DebateNode['kind'];
  title: string;
  text: string;
  firstStated: string;
  status?: string;
  href: string;
  advancedBy: Actor[];
  establishedBy: Actor[];
  citations: { citation: Citation; source: Source | undefined }[];
  holdings: (LocatedHolding & { courtName: string; sourceTitle: string; relation: 'adopts' | 'rejects' | 'on this question' | 'cited'; words: HoldingWords })[];
  /** Parents and children in the argument graph, with the relation, so the panel can walk it. */
  links: { id: string; title: string; relation: string; direction: 'out' | 'in' }[];
}

export function nodeDetail(corpus: LoadedCorpus, id: string): NodeDetail | undefined {
  const node = corpus.graph.node(id);
  if (!node) return undefined;
  const courts = new Map(corpus.jurisdictions.flatMap((j) => j.courts.map((c) => [c.id, c.name] as const)));
  const cited = new Set(node.citations.map((c) => c.source));
  const holdings = corpus.holdings.flatMap((h) => {
    const relation = h.adopts.includes(id) ? 'adopts' : h.rejects.includes(id) ? 'rejects' : h.question === id ? 'on this question' : cited.has(h.source) ? 'cited' : undefined;
    if (!relation) return [];
    const question = corpus.graph.node(h.question);
    const words = holdingWords(h, question?.kind === 'question' ? question.answers : []);
    return [{ ...h, courtName: courts.get(h.court) ?? h.court, sourceTitle: corpus.sourceById.get(h.source)?.title ?? h.source, relation, words } as const];
  });
  const actors = (ids: readonly string[]) => ids.map((a) => corpus.actorById.get(a)).filter((a): a is Actor => a !== undefined);
  return {
    id,
    kind: node.kind,
    title: node.title,
    text: node.text,
    firstStated: node.firstStated,
    ...(node.kind === 'fact' ? { status: node.status } : {}),
    // Community nodes too: /node/<id> reads the live corpus for them.
    href: node.kind === 'question' ? `/questions/${id}` : `/node/${id}`,
    advancedBy: actors(node.advancedBy),
    establishedBy: node.kind === 'fact' ? actors(node.establishedBy) : [],
    citations: node.citations.map((citation) => ({ citation, source: corpus.sourceById.get(citation.source) })),
    holdings,
    links: [
      ...corpus.graph.parents(id).map((e) => ({ id: e.to, title: corpus.graph.node(e.to)?.title ?? e.to, relation: e.relation, direction: 'out' as const })),
      ...corpus.graph.children(id).map((e) => ({ id: e.from, title: corpus.graph.node(e.from)?.title ?? e.from, relation: e.relation, direction: 'in' as const })),
    ],
  };
}

/** Every node's full text by id, for the search. */
export function nodeTexts(corpus: LoadedCorpus): Record<string, string> {
  return Object.fromEntries(corpus.nodes.map((n) => [n.id, n.text]));
}
