/**
 * The search the server answers with (/api/search and the /search page): the curated corpus's
 * full index, built once per process, and the approved community contributions in a small index
 * of their own, rebuilt whenever the merged corpus is (lib/store/read.ts), results merged by score.
 */
import { getCorpus } from '@/lib/data/corpus';
import { getCommunityCorpus } from '@/lib/store/read';
import type { CommunityCorpus } from '@/lib/store/community';
import { searchDocuments } from './documents';
import { communityDocuments } from './community';
import { SiteSearch, type SearchHit, type SearchOptions } from './index';

let curated: SiteSearch | undefined;
let community: { from: CommunityCorpus; search: SiteSearch } | undefined;

export function curatedSearch(): SiteSearch {
  curated ??= SiteSearch.fromDocuments(searchDocuments(getCorpus()));
  return curated;
}

function communitySearch(merged: CommunityCorpus): SiteSearch {
  if (community?.from !== merged) {
    community = { from: merged, search: SiteSearch.fromDocuments(communityDocuments(merged, merged.community)) };
  }
  return community.search;
}

export interface SiteSearchAnswer {
  hits: SearchHit[];
  /** False when the contribution store could not be read: the curated results are still given. */
  communityIncluded: boolean;
}

export async function searchSite(q: string, options: SearchOptions): Promise<SiteSearchAnswer> {
  const hits = curatedSearch().search(q, options);
  let extra: SearchHit[] = [];
  let communityIncluded = true;
  try {
    extra = communitySearch(await getCommunityCorpus()).search(q, options);
  } catch {
    communityIncluded = false;
  }
  const limit = options.limit ?? 20;
  return { hits: [...hits, ...extra].sort((a, b) => b.score - a.score).slice(0, limit), communityIncluded };
}
