/** GET /api/map/node/<id> — what the map's side panel shows for one node (lib/map/details.ts NodeDetail). */
import { liveCorpus } from '@/lib/store/read';
import { LIVE_CACHE_CONTROL } from '@/lib/api/live';
import { nodeDetail } from '@/lib/map/details';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const detail = nodeDetail(await liveCorpus(), id);
  if (!detail) return Response.json({ error: `no node with id "${id}"` }, { status: 404 });
  return Response.json(detail, { headers: { 'Cache-Control': LIVE_CACHE_CONTROL } });
}
