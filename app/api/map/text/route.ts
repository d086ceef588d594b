/** GET /api/map/text — every node's full text by id, fetched by the map's search on first use. */
import { getCorpus } from '@/lib/data/corpus';
import { nodeTexts } from '@/lib/map/details';

export function GET() {
  const corpus = getCorpus();
  return Response.json(nodeTexts(corpus), { headers: { 'Cache-Control': 'public, max-age=300', ETag: `"${corpus.version}"` } });
}
