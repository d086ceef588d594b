/**
 * The search index as two static files, /api-data/search/index.json and entries.json: route handlers
 * generated once at build time (app/api-data/search/), so the static file server answers them.
 */
import type { LoadedCorpus } from '@/lib/data/corpus';
import { searchDocuments } from './documents';
import { SiteSearch, browserDocument } from './index';


const built = new WeakMap<LoadedCorpus, { path: string; body: string }[]>();

export function searchFiles(corpus: LoadedCorpus): { path: string; body: string }[] {
  const known = built.get(corpus);
  if (known) return known;
  const files = SiteSearch.fromDocuments(searchDocuments(corpus).map(browserDocument)).toFiles(corpus.version);
  const out = [
    { path: 'search/index.json', body: JSON.stringify(files.index) },
    { path: 'search/entries.json', body: JSON.stringify(files.entries) },
  ];
  built.set(corpus, out);
  return out;
}

/** The body of one of the files as a JSON response. */
export function searchFileResponse(corpus: LoadedCorpus, path: 'search/index.json' | 'search/entries.json'): Response {
  const file = searchFiles(corpus).find((f) => f.path === path)!;
  return new Response(file.body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
