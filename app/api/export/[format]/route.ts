/**
 * Downloads: /api/export/<json|aif|argdown|graphml|svg|csl-json|bibtex|ris>. Bibliographic formats
 * take the bibliography filter (?jurisdiction=&court=&type=&operation=); svg takes ?question=<id>.
 */
import { liveCorpus } from '@/lib/store/read';
import { respondLive } from '@/lib/api/live';
import { EXPORT_FORMATS, exportFileName, exportFormat } from '@/lib/export/formats';
import { filterToQuery, parseFilter } from '@/lib/cite/bibliography';
import { etagFor, type CachedBody } from '@/lib/api/http';
import { requestOrigin } from '@/app/_site/origin';

export const dynamic = 'force-dynamic';

const MAX_CACHED = 256;
const rendered = new Map<string, CachedBody>();

export async function GET(request: Request, { params }: { params: Promise<{ format: string }> }): Promise<Response> {
  const { format: id } = await params;
  const format = exportFormat(id);
  if (!format) {
    return Response.json({ error: `unknown export format "${id}"; expected one of ${EXPORT_FORMATS.map((f) => f.id).join(', ')}` }, { status: 404 });
  }
  const search = new URL(request.url).searchParams;
  let filter;
  try {
    filter = format.bibliographic ? parseFilter(search) : {};
  } catch (e) {
    return Response.json({ error: (e as Error).message }, { status: 400 });
  }
  // The live corpus, so approved community contributions are in every download within seconds.
  const corpus = await liveCorpus();
  const question = format.picture ? (search.get('question') ?? undefined) : undefined;
  if (question !== undefined && corpus.graph.node(question)?.kind !== 'question') {
    return Response.json({ error: `?question=${question} is not a question of the map` }, { status: 404 });
  }
  const query = question ? `?question=${encodeURIComponent(question)}` : filterToQuery(filter);
  // Exports with links (SVG) name the site: SITE_URL, or the origin of the request.
  const origin = requestOrigin(request);
  const key = `${corpus.version}:${format.id}${query}:${origin}`;
  let entry = rendered.get(key);
  if (!entry) {
    entry = { body: format.render(corpus, { version: corpus.version, siteUrl: origin, filter, view: question ? { question } : {} }), etag: etagFor(corpus.version, key), mediaType: format.mediaType };
    // Filter values come from the query string: cap the cache so odd values cannot grow it without bound.
    if (rendered.size >= MAX_CACHED) rendered.clear();
    rendered.set(key, entry);
  }
  return respondLive(request, entry, {
    'Content-Disposition': `attachment; filename="${exportFileName(format, corpus.version, format.bibliographic && query !== '', question)}"`,
  });
}
