/** GET /api/map/layout?asOf=YYYY-MM-DD — the laid-out map (lib/map/encoding.ts MapData) as JSON. */
import { liveCorpus } from '@/lib/store/read';
import { LIVE_CACHE_CONTROL } from '@/lib/api/live';
import { isReplayDate } from '@/lib/graph/replay';
import { mapDataFor } from '@/lib/map/details';

export async function GET(request: Request) {
  const asOf = new URL(request.url).searchParams.get('asOf') ?? undefined;
  if (asOf !== undefined && !isReplayDate(asOf)) {
    return Response.json({ error: `asOf must be a day as YYYY-MM-DD, got "${asOf}"` }, { status: 400 });
  }
  // The live corpus: approved community contributions are laid out with the rest, and marked.
  const corpus = await liveCorpus();
  return Response.json(mapDataFor(corpus, asOf), { headers: { 'Cache-Control': LIVE_CACHE_CONTROL, ETag: `"${corpus.version}-${asOf ?? 'now'}"` } });
}
