/**
 * The read-only JSON API's documents: the whole graph and single nodes and sources. Each answer is
 * serialised once per dataset version and kept, so a request costs a lookup, not a JSON.stringify.
 */
import { holdingsOn, type LoadedCorpus } from '@/lib/data/corpus';
import { toMapExport } from '@/lib/export/json';
import { holdingRows } from '@/lib/holdings/rows';
import { nodePath, questionPath, sourcePath } from '@/lib/site';
import { communitySearchFile } from '@/lib/search/community';
import { etagFor, type CachedBody } from './http';

export const API_VERSION = 1;

const cache = new WeakMap<LoadedCorpus, Map<string, CachedBody | null>>();

function memo(corpus: LoadedCorpus, key: string, make: () => unknown): CachedBody | null {
  let entries = cache.get(corpus);
  if (!entries) cache.set(corpus, (entries = new Map()));
  if (!entries.has(key)) {
    const value = make();
    entries.set(key, value === undefined ? null : { body: JSON.stringify(value), etag: etagFor(corpus.version, key), mediaType: 'application/json' });
  }
  return entries.get(key)!;
}

/** GET /api/graph: the documented export (docs/export-format.md). */
export function graphDocument(corpus: LoadedCorpus): CachedBody {
  return memo(corpus, 'graph', () => toMapExport(corpus))!;
}

/** GET /api/nodes/<id>: the node, its links both ways, its path to the question, citations and rulings. */
export function nodeDocument(corpus: LoadedCorpus, id: string, siteUrl: string): CachedBody | null {
  return memo(corpus, `node:${id}`, () => {
    const node = corpus.graph.node(id);
    if (!node) return undefined;
    return {
      apiVersion: API_VERSION,
      datasetVersion: corpus.version,
      permalink: siteUrl + nodePath(id),
      node,
      pathToQuestion: corpus.graph.pathToRoot(id),
      outgoing: corpus.graph.parents(id),
      incoming: corpus.graph.children(id),
      sources: node.citations.map((c) => {
        const s = corpus.sourceById.get(c.source);
        return { ...c, title: s?.title, url: s?.url, page: siteUrl + sourcePath(c.source), verification: s?.verification.status };
      }),
      holdings: holdingsOn(corpus, id),
    };
  });
}

/** GET /api/sources/<id>: the source record, who cites it (with pinpoints), its holdings and appeals. */
export function sourceDocument(corpus: LoadedCorpus, id: string, siteUrl: string): CachedBody | null {
  return memo(corpus, `source:${id}`, () => {
    const source = corpus.sourceById.get(id);
    if (!source) return undefined;
    return {
      apiVersion: API_VERSION,
      datasetVersion: corpus.version,
      permalink: siteUrl + sourcePath(id),
      source,
      citedBy: corpus.nodes.flatMap((n) => n.citations.filter((c) => c.source === id).map((c) => ({ node: n.id, pinpoint: c.pinpoint }))),
      holdings: corpus.holdings.filter((h) => h.source === id),
      appealedFrom: corpus.sources.filter((s) => s.appeal.some((a) => a.target === id)).map((s) => ({ source: s.id, relation: s.appeal.find((a) => a.target === id)!.relation })),
    };
  });
}

/**
 * GET /api/questions/<id>/holdings: the rulings on a question as the site lists them (courts and
 * sources resolved, answer and disposition in words). The question page loads them from here when
 * its reader opens the list, so the page itself stays light.
 */
export function questionHoldingsDocument(corpus: LoadedCorpus, id: string, siteUrl: string): CachedBody | null {
  return memo(corpus, `question-holdings:${id}`, () => {
    const question = corpus.graph.node(id);
    if (question?.kind !== 'question') return undefined;
    return {
      apiVersion: API_VERSION,
      datasetVersion: corpus.version,
      permalink: siteUrl + questionPath(id),
      question: id,
      holdings: holdingRows(
        corpus,
        corpus.holdings.filter((h) => h.question === id),
      ),
    };
  });
}

/**
 * GET /api/search/community: the approved community nodes, sources and actors as search documents,
 * for the browser's search boxes to add to the static index. corpus: the live corpus (as of a day);
 * community: which of its ids came from contributions.
 */
export function communitySearchDocument(corpus: LoadedCorpus, community: ReadonlyMap<string, unknown>): CachedBody {
  return memo(corpus, 'community-search', () => communitySearchFile(corpus, community))!;
}
