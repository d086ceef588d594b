/**
 * GET /api/search/community[?asOf=YYYY-MM-DD]: the approved community contributions as search
 * documents (lib/search/community.ts), which the browser's search boxes add to the static index on
 * first focus. Live like the read API: an ETag of the merged dataset version, revalidated every time,
 * so an approval or a withdrawal shows on the next page load.
 */
import { communitySearchDocument } from '@/lib/api/read';
import { respondLive } from '@/lib/api/live';
import { liveCorpus, liveCorpusAsOf } from '@/lib/store/read';
import { readAsOf } from '@/lib/asof';

export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  const live = await liveCorpus();
  return respondLive(request, communitySearchDocument(await liveCorpusAsOf(readAsOf(new URL(request.url).searchParams.get('asOf')).asOf), live.community));
}
