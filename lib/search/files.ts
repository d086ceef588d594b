/** The search index as static files under public/api-data/search/, written with the read API at build time. */
import type { LoadedCorpus } from '@/lib/data/corpus';
import { searchDocuments } from './documents';
import { SiteSearch, browserDocument } from './index';

/** Where the browser fetches them from (public/api-data/search/). */
export const SEARCH_INDEX_URL = '/api-data/search/index.json';
export const SEARCH_ENTRIES_URL = '/api-data/search/entries.json';

export function searchFiles(corpus: LoadedCorpus): { path: string; body: string }[] {
  const files = SiteSearch.fromDocuments(searchDocuments(corpus).map(browserDocument)).toFiles(corpus.version);
  return [
    { path: 'search/index.json', body: JSON.stringify(files.index) },
    { path: 'search/entries.json', body: JSON.stringify(files.entries) },
  ];
}
