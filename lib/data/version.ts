/**
 * The dataset version: a short content hash of the corpus, so the same data always gives the same
 * version and a citation can name the exact state of the map it quotes. It belongs with the corpus
 * (every page, API answer and export reads it from there), not with any one exporter.
 */
import { createHash } from 'node:crypto';
import type { Corpus } from './validate';

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A short, stable hash of the corpus content (order-independent). */
export function datasetVersion(corpus: Corpus): string {
  const canonical = JSON.stringify({
    nodes: [...corpus.nodes].sort(byId),
    sources: [...corpus.sources].sort(byId),
    actors: [...corpus.actors].sort(byId),
    operations: [...corpus.operations].sort(byId),
    // Holdings are part of what a citation quotes: a changed answer or disposition is a new version.
    holdings: [...corpus.holdings].sort(byId),
    jurisdictions: [...corpus.jurisdictions].sort((a, b) => a.code.localeCompare(b.code)),
  });
  return createHash('sha256').update(canonical).digest('hex').slice(0, 12);
}
