/** GET /api/map/layout?asOf=YYYY-MM-DD — the laid-out map (lib/map/encoding.ts MapData) as JSON. */
import { getCorpus } from '@/lib/data/corpus';
import { isReplayDate } from '@/lib/graph/replay';
import { mapDataFor } from '@/lib/map/details';

export function GET(request: Request) {
  const asOf = new URL(request.url).searchParams.get('asOf') ?? undefined;
  if (asOf !== undefined && !isReplayDate(asOf)) {
    return Response.json({ error: `asOf must be a day as YYYY-MM-DD, got "${asOf}"` }, { status: 400 });
  }
  const corpus = getCorpus();
  return Response.json(mapDataFor(corpus, asOf), { headers: { 'Cache-Control': 'public, max-age=300', ETag: `"${corpus.version}-${asOf ?? 'now'}"` } });
}
