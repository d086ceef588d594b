/** The whole map as JSON (docs/export-format.md), with ETag/304 and cache headers. */
import { getCorpus } from '@/lib/data/corpus';
import { graphDocument } from '@/lib/api/read';
import { respond } from '@/lib/api/respond';

export const dynamic = 'force-static';

export function GET(request: Request): Response {
  return respond(request, graphDocument(getCorpus()), { 'Access-Control-Allow-Origin': '*' });
}
