/** The search index as static files under public/api-data/search/, written with the read API at build time. */
import type { LoadedCorpus } from '@/lib/data/corpus';
import { searchDocuments } from './documents';
import { SiteSearch, browserDocument } from './index';


export function searchFiles(corpus: LoadedCorpus): { path: string; body: string }[] {
  const files = SiteSearch.fromDocuments(searchDocuments(corpus).map(browserDocument)).toFiles(corpus.version);
  return [
    { path: 'search/index.json', body: JSON.stringify(files.index) },
    { path: 'search/entries.json', body: JSON.stringify(files.entries) },
  ];
}
