/**
 * GET /api/map/svg?<map view parameters>&w=&h= — the shared map view (focus, filters, zoom, asOf,
 * collapsed; see lib/map/view-state.ts) as an SVG file, drawn by the map's own renderer.
 */
import { liveCorpus } from '@/lib/store/read';
import { LIVE_CACHE_CONTROL } from '@/lib/api/live';
import { isReplayDate } from '@/lib/graph/replay';
import { mapDataFor } from '@/lib/map/details';
import { parseViewState } from '@/lib/map/view-state';
import { DEFAULT_VIEW_SIZE, viewSide, viewToSvg } from '@/lib/map/view-svg';

export async function GET(request: Request) {
  const search = new URL(request.url).searchParams;
  const asOf = search.get('asOf');
  if (asOf !== null && !isReplayDate(asOf)) {
    return Response.json({ error: `asOf must be a day as YYYY-MM-DD, got "${asOf}"` }, { status: 400 });
  }
  const corpus = await liveCorpus();
  const view = parseViewState(search);
  const size = { width: viewSide(search.get('w'), DEFAULT_VIEW_SIZE.width), height: viewSide(search.get('h'), DEFAULT_VIEW_SIZE.height) };
  const svg = viewToSvg(mapDataFor(corpus, view.asOf), view, size);
  return new Response(svg, {
    headers: {
      'Content-Type': 'image/svg+xml; charset=utf-8',
      'Content-Disposition': `attachment; filename="admissible-map-view-${corpus.version}.svg"`,
      'Cache-Control': LIVE_CACHE_CONTROL,
    },
  });
}
