/** GET /api/map/layout?asOf=YYYY-MM-DD — the laid-out map (lib/map/encoding.ts MapData) as JSON. */
import { liveCorpus } from '@/lib/store/read';
import { LIVE_CACHE_CONTROL } from '@/lib/api/live';
import { isNotModified } from '@/lib/api/http';
import { isReplayDate } from '@/lib/graph/replay';
import { mapDataFor } from '@/lib/map/details';
import type { MapData } from '@/lib/map/encoding';

/** Serialised once per layout (mapDataFor keeps the layouts of the current corpus). */
const bodies = new WeakMap<MapData, string>();

export async function GET(request: Request) {
  const asOf = new URL(request.url).searchParams.get('asOf') ?? undefined;
  if (asOf !== undefined && !isReplayDate(asOf)) {
    return Response.json({ error: `asOf must be a day as YYYY-MM-DD, got "${asOf}"` }, { status: 400 });
  }
  // The live corpus: approved community contributions are laid out with the rest, and marked.
  const corpus = await liveCorpus();
  const etag = `"${corpus.version}-${asOf ?? 'now'}"`;
  const headers = { 'Cache-Control': LIVE_CACHE_CONTROL, ETag: etag, Vary: 'Accept-Encoding' };
  if (isNotModified(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers });
  const data = mapDataFor(corpus, asOf);
  let body = bodies.get(data);
  if (body === undefined) bodies.set(data, (body = JSON.stringify(data)));
  return new Response(body, { headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' } });
}
