/**
 * The approved community contributions as search documents: the server's small community index
 * (lib/search/server.ts) and the browser's live supplement (GET /api/search/community), which the
 * header's and the map's search boxes add to the static, build-time index on first focus so that
 * they find what moderators approved since the build, and stop finding what they withdrew.
 */
import type { Corpus } from '@/lib/data/validate';
import { searchDocuments, type SearchDocument } from './documents';
import { browserDocument } from './index';

/** GET /api/search/community: the community documents in the browser's shape, for one dataset version. */
export interface CommunitySearchFile {
  version: string;
  documents: SearchDocument[];
}

/**
 * corpus: the merged corpus (as of a day or today); community: the ids that came from contributions
 * (CommunityCorpus.community). Every document of a community node, source or actor, marked as such.
 */
export function communityDocuments(corpus: Corpus, community: ReadonlyMap<string, unknown>): SearchDocument[] {
  if (community.size === 0) return [];
  return searchDocuments(corpus)
    .filter((d) => community.has(d.id))
    .map((d) => ({ ...d, community: true }));
}

/** The browser's supplement: like its static index, without the summaries (the server searches those). */
export function communitySearchFile(corpus: Corpus & { version: string }, community: ReadonlyMap<string, unknown>): CommunitySearchFile {
  return { version: corpus.version, documents: communityDocuments(corpus, community).map(browserDocument) };
}
