/** GET /api/questions/<id>/holdings: the rulings on one question, as listed on its page (asOf too). */
import { questionHoldingsDocument } from '@/lib/api/read';
import { respondLive } from '@/lib/api/live';
import { liveCorpusAsOf } from '@/lib/store/read';
import { readAsOf } from '@/lib/asof';
import { configuredSiteUrl } from '@/lib/site';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return respondLive(request, questionHoldingsDocument(await liveCorpusAsOf(readAsOf(new URL(request.url).searchParams.get('asOf')).asOf), id, configuredSiteUrl() ?? ''));
}
