/** GET /api/graph: the whole map as the documented export (docs/export-format.md), community contributions included. */
import { graphDocument } from '@/lib/api/read';
import { respondLive } from '@/lib/api/live';
import { liveCorpus } from '@/lib/store/read';

export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  return respondLive(request, graphDocument(await liveCorpus()));
}
