/** GET /api/map/text — every node's full text by id, fetched by the map's search on first use. */
import { liveCorpus } from '@/lib/store/read';
import { LIVE_CACHE_CONTROL } from '@/lib/api/live';
import { nodeTexts } from '@/lib/map/details';

export async function GET() {
  const corpus = await liveCorpus();
  return Response.json(nodeTexts(corpus), { headers: { 'Cache-Control': LIVE_CACHE_CONTROL, ETag: `"${corpus.version}"` } });
}
