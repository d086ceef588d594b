/**
 * Downloads: /api/export/<json|aif|argdown|graphml|csl-json|bibtex|ris>. Bibliographic formats
 * take the bibliography filter (?jurisdiction=&court=&type=&operation=).
 */
import { getCorpus } from '@/lib/data/corpus';
import { EXPORT_FORMATS, exportFileName, exportFormat } from '@/lib/export/formats';
import { filterToQuery, parseFilter } from '@/lib/cite/bibliography';
import { etagFor, type CachedBody } from '@/lib/api/http';
import { respond } from '@/lib/api/respond';
import { siteUrl } from '@/lib/site';

export const dynamic = 'force-dynamic';

const rendered = new Map<string, CachedBody>();

export async function GET(request: Request, { params }: { params: Promise<{ format: string }> }): Promise<Response> {
  const { format: id } = await params;
  const format = exportFormat(id);
  if (!format) {
    return Response.json({ error: `unknown export format "${id}"; expected one of ${EXPORT_FORMATS.map((f) => f.id).join(', ')}` }, { status: 404 });
  }
  let filter;
  try {
    filter = format.bibliographic ? parseFilter(new URL(request.url).searchParams) : {};
  } catch (e) {
    return Response.json({ error: (e as Error).message }, { status: 400 });
  }
  const corpus = getCorpus();
  const query = filterToQuery(filter);
  const key = `${corpus.version}:${format.id}${query}`;
  let entry = rendered.get(key);
  if (!entry) {
    entry = { body: format.render(corpus, { version: corpus.version, siteUrl: siteUrl(), filter }), etag: etagFor(corpus.version, key), mediaType: format.mediaType };
    // Filtered variants are few (four filters over a small corpus), so keeping them all is cheap.
    rendered.set(key, entry);
  }
  return respond(request, entry, {
    'Content-Disposition': `attachment; filename="${exportFileName(format, corpus.version, query !== '')}"`,
    'Access-Control-Allow-Origin': '*',
  });
}
