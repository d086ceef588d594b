/** The browser's search index (lib/search/files.ts), generated once at build time. */
import { getCorpus } from '@/lib/data/corpus';
import { searchFileResponse } from '@/lib/search/files';

export const dynamic = 'force-static';

export function GET() {
  return searchFileResponse(getCorpus(), 'search/index.json');
}
