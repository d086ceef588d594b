/**
 * The evaluation overlay as JSON, for the map: { jurisdiction, asOf, labels: { nodeId: { label, explanation } } }.
 * ?asOf=YYYY-MM-DD replays the map first; ?jurisdiction=DE takes that jurisdiction's holdings as settled.
 */
import { getCorpus } from '@/lib/data/corpus';
import { corpusAsOf } from '@/lib/graph/replay';
import { evaluationOverlay } from '@/lib/evaluation/corpus';
import { parseAsOf, type SearchParams } from '@/lib/compare/query';

export function GET(request: Request): Response {
  const url = new URL(request.url);
  const params: SearchParams = Object.fromEntries(url.searchParams.entries());
  const { asOf, problem } = parseAsOf(params);
  const corpus = getCorpus();
  const jurisdiction = url.searchParams.get('jurisdiction')?.toUpperCase() || undefined;
  if (problem || (jurisdiction && !corpus.jurisdictions.some((j) => j.code === jurisdiction))) {
    return Response.json({ error: problem ?? `unknown jurisdiction "${jurisdiction}"` }, { status: 400 });
  }
  const overlay = evaluationOverlay(corpusAsOf(corpus, asOf), jurisdiction ? { jurisdiction } : {});
  return Response.json({ ...overlay, asOf: asOf ?? null, version: corpus.version });
}
