/** GET /api/nodes/<id>: one node with its links, path to the question, citations and rulings (community nodes too). */
import { nodeDocument } from '@/lib/api/read';
import { respondLive } from '@/lib/api/live';
import { liveCorpus } from '@/lib/store/read';
import { configuredSiteUrl } from '@/lib/site';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return respondLive(request, nodeDocument(await liveCorpus(), id, configuredSiteUrl() ?? ''));
}
