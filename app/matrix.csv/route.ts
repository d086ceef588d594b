/** The matrix as CSV, with the same filters and date as /matrix (shape=long: one row per ruling). */
import { getCorpus } from '@/lib/data/corpus';
import { buildMatrix, matrixToCsv, matrixToLongCsv, parseMatrixParams } from '@/lib/compare/matrix';
import { parseAsOf, type SearchParams } from '@/lib/compare/query';

export function GET(request: Request): Response {
  const url = new URL(request.url);
  const params: SearchParams = {};
  for (const key of new Set(url.searchParams.keys())) params[key] = url.searchParams.getAll(key);
  const { asOf, problem } = parseAsOf(params);
  const { options, problems } = parseMatrixParams(params);
  const shape = url.searchParams.get('shape') ?? 'wide';
  const errors = [...(problem ? [problem] : []), ...problems, ...(shape === 'wide' || shape === 'long' ? [] : [`unknown shape "${shape}" (wide or long)`])];
  if (errors.length) return new Response(`Bad request: ${errors.join('; ')}\n`, { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const corpus = getCorpus();
  const matrix = buildMatrix(corpus, { ...options, ...(asOf ? { asOf } : {}) });
  const body = shape === 'long' ? matrixToLongCsv(matrix, corpus.sourceById) : matrixToCsv(matrix);
  const name = `admissible-matrix${shape === 'long' ? '-rulings' : ''}${asOf ? `-as-of-${asOf}` : ''}-${corpus.version}.csv`;
  return new Response('\uFEFF' + body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8; header=present',
      'content-disposition': `attachment; filename="${name.replace(/[^A-Za-z0-9._-]/g, '-')}"`,
    },
  });
}
