/**
 * GET /api/search?q=&kind=&jurisdiction=&asOf=&limit= — the site search as JSON, results in rank
 * order. Bad parameters get 400 with { errors: [{ field, message }] }.
 */
import { connection } from 'next/server';
import { getCorpus } from '@/lib/data/corpus';
import { parseSearchRequest } from '@/lib/search/query';
import { searchSite } from '@/lib/search/server';
import { json } from '@/lib/store/http';

export async function GET(request: Request) {
  // Per request: approved contributions join the curated index as they are approved.
  await connection();
  const corpus = getCorpus();
  const { request: req, errors } = parseSearchRequest(new URL(request.url).searchParams, new Set(corpus.jurisdictions.map((j) => j.code)));
  if (!req) return json(400, { errors });
  const { hits, communityIncluded } = await searchSite(req.q, { kinds: req.kinds, jurisdiction: req.jurisdiction, asOf: req.asOf, limit: req.limit });
  return json(200, {
    query: req.q,
    datasetVersion: corpus.version,
    communityIncluded,
    results: hits.map((h) => ({
      kind: h.kind,
      id: h.id,
      title: h.title,
      url: h.url,
      snippet: h.snippet ?? h.title,
      matched: h.matched,
      ...(h.date ? { date: h.date } : {}),
      ...(h.community ? { community: true } : {}),
    })),
  });
}
