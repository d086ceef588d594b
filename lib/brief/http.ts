/**
 * GET /api/brief?items=&style=&asOf=&format=md|docx: a brief as a download. Every bad parameter is
 * a 400 naming it (an unknown style, a malformed date, an id the map does not hold); never a 500.
 */
import type { LoadedCorpus } from '@/lib/data/corpus';
import { corpusAsOf } from '@/lib/graph/replay';
import { buildBrief, parseBriefParams, unknownItems } from './brief';
import { briefToMarkdown } from './markdown';
import { briefToDocx } from './docx';

const FORMATS = ['md', 'docx'] as const;

function problem(parameter: string, message: string): Response {
  return new Response(JSON.stringify({ errors: [{ parameter, message }] }), { status: 400, headers: { 'content-type': 'application/json; charset=utf-8' } });
}

export async function briefDownload(url: URL, corpus: LoadedCorpus, base: string, today: string): Promise<Response> {
  const params: Record<string, string | undefined> = {};
  for (const key of ['items', 'style', 'asOf', 'format']) params[key] = url.searchParams.get(key) ?? undefined;
  const format = params.format ?? 'md';
  if (!(FORMATS as readonly string[]).includes(format)) return problem('format', `unknown format "${format.slice(0, 20)}" (md or docx)`);
  const parsed = parseBriefParams(params);
  if (!parsed.ok) return new Response(JSON.stringify({ errors: parsed.problems }), { status: 400, headers: { 'content-type': 'application/json; charset=utf-8' } });
  if (parsed.value.items.length === 0) return problem('items', 'the brief is empty: give items=id,id,… (node, ruling or holding ids)');
  const view = corpusAsOf(corpus, parsed.value.asOf);
  const missing = unknownItems(view, parsed.value.items);
  if (missing.length) {
    const when = parsed.value.asOf ? ` as of ${parsed.value.asOf}` : '';
    return problem('items', `not in the map${when}: ${missing.map((m) => `"${m}"`).join(', ')}`);
  }
  const brief = buildBrief(view, parsed.value, base, today);
  const name = `admissible-brief-${corpus.version}${parsed.value.asOf ? `-as-of-${parsed.value.asOf}` : ''}`;
  if (format === 'docx') {
    return new Response(await briefToDocx(brief) as BodyInit, {
      headers: {
        'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'content-disposition': `attachment; filename="${name}.docx"`,
      },
    });
  }
  return new Response(briefToMarkdown(brief), { headers: { 'content-type': 'text/markdown; charset=utf-8', 'content-disposition': `attachment; filename="${name}.md"` } });
}
