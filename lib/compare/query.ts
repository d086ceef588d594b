/** The shared "as of" URL parameter (asOf=YYYY-MM-DD) on the map, matrix, timeline and evaluation pages. */
import { readAsOf } from '@/lib/asof';

export type SearchParams = Record<string, string | string[] | undefined>;

export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** The asOf date if well formed; otherwise a problem to show the reader (the page then shows today's map). */
export function parseAsOf(params: SearchParams): { asOf: string | undefined; problem: string | undefined } {
  // One parser for the site (lib/asof.ts); proxy.ts already answers a malformed date with 400.
  const { asOf, error } = readAsOf(firstParam(params.asOf));
  return error ? { asOf: undefined, problem: `${error}; showing the map as it stands today.` } : { asOf, problem: undefined };
}

/** A query string from pairs, skipping empty values; "" when there is nothing to add. */
export function queryString(pairs: ReadonlyArray<readonly [string, string | undefined]>): string {
  const q = new URLSearchParams();
  for (const [k, v] of pairs) if (v) q.append(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}
