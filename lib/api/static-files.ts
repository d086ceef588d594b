/**
 * The read API as files. Its answers only change when the corpus does, so they are written once
 * per build under public/api-data/ and served by Next's static file server, which costs a
 * fraction of a route handler per request and answers conditional requests (ETag,
 * Last-Modified, 304) by itself; next.config.js rewrites /api/graph, /api/nodes/<id> and
 * /api/sources/<id> to them.
 */
import type { LoadedCorpus } from '@/lib/data/corpus';
import { graphDocument, nodeDocument, sourceDocument } from './read';
import { searchFiles } from '@/lib/search/files';

/** Under public/: the folder the rewrites in next.config.js point at. */
export const API_DATA_DIR = 'api-data';

export interface ApiFile {
  /** Relative to public/api-data/, e.g. "nodes/pos-yes.json". */
  path: string;
  body: string;
}

export function apiFiles(corpus: LoadedCorpus, siteUrl: string): ApiFile[] {
  const files: ApiFile[] = [{ path: 'graph.json', body: graphDocument(corpus).body }];
  for (const n of corpus.nodes) files.push({ path: `nodes/${n.id}.json`, body: nodeDocument(corpus, n.id, siteUrl)!.body });
  for (const s of corpus.sources) files.push({ path: `sources/${s.id}.json`, body: sourceDocument(corpus, s.id, siteUrl)!.body });
  files.push(...searchFiles(corpus));
  files.push({ path: 'version.json', body: JSON.stringify({ datasetVersion: corpus.version, files: files.length }) });
  return files;
}
