/** GET /api/graph[?asOf=YYYY-MM-DD]: the whole map as the documented export (docs/export-format.md), community contributions included, as it stood that day. */
import { graphDocument } from '@/lib/api/read';
import { respondLive } from '@/lib/api/live';
import { liveCorpusAsOf } from '@/lib/store/read';
import { readAsOf } from '@/lib/asof';

export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  return respondLive(request, graphDocument(await liveCorpusAsOf(readAsOf(new URL(request.url).searchParams.get('asOf')).asOf)));
}
