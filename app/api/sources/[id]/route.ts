/** One source with the nodes citing it (and their pinpoints), its holdings and its appeal chain. */
import { getCorpus } from '@/lib/data/corpus';
import { sourceDocument } from '@/lib/api/read';
import { respond } from '@/lib/api/respond';
import { siteUrl } from '@/lib/site';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return getCorpus().sources.map((s) => ({ id: s.id }));
}

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return respond(request, sourceDocument(getCorpus(), id, siteUrl()), { 'Access-Control-Allow-Origin': '*' });
}
