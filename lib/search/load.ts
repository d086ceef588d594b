/**
 * The browser's copy of the site search: fetched once (the two static files written at build time,
 * and the approved community contributions beside them) and shared by the header's search box and
 * the map. Import it dynamically, so that MiniSearch and the index cost a page nothing until someone
 * focuses a search box.
 */
import { SiteSearch, type SearchEntriesFile, type SearchIndexFile } from './index';
import type { CommunitySearchFile } from './community';
import { SEARCH_COMMUNITY_URL, SEARCH_ENTRIES_URL, SEARCH_INDEX_URL } from './files-url';

let loading: Promise<SiteSearch> | undefined;

async function fetchJson<T>(url: string): Promise<T> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  return (await r.json()) as T;
}

export function loadSiteSearch(): Promise<SiteSearch> {
  loading ??= Promise.all([
    fetchJson<SearchIndexFile>(SEARCH_INDEX_URL),
    fetchJson<SearchEntriesFile>(SEARCH_ENTRIES_URL),
    // The curated search works without the contribution store: a failed supplement leaves it out.
    fetchJson<CommunitySearchFile>(SEARCH_COMMUNITY_URL).catch((e: unknown) => {
      console.warn(`search: community contributions left out (${(e as Error).message})`);
      return undefined;
    }),
  ]).then(([index, entries, community]) => {
    if (index.version !== entries.version) throw new Error('the search index and its entries come from different builds; reload the page');
    const search = SiteSearch.fromFiles(index, entries);
    if (community) search.addDocuments(community.documents);
    return search;
  });
  // A failed load may be retried on the next focus.
  loading.catch(() => (loading = undefined));
  return loading;
}
