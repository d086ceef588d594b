/** One question, position, argument or fact with its links, citations and rulings. */
import { getCorpus } from '@/lib/data/corpus';
import { nodeDocument } from '@/lib/api/read';
import { respond } from '@/lib/api/respond';
import { siteUrl } from '@/lib/site';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return getCorpus().nodes.map((n) => ({ id: n.id }));
}

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return respond(request, nodeDocument(getCorpus(), id, siteUrl()), { 'Access-Control-Allow-Origin': '*' });
}
