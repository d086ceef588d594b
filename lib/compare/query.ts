/** The shared "as of" URL parameter (asOf=YYYY-MM-DD) on the map, matrix, timeline and evaluation pages. */
import { isReplayDate } from '@/lib/graph/replay';

export type SearchParams = Record<string, string | string[] | undefined>;

export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** The asOf date if well formed; otherwise a problem to show the reader (the page then shows today's map). */
export function parseAsOf(params: SearchParams): { asOf: string | undefined; problem: string | undefined } {
  const raw = firstParam(params.asOf)?.trim();
  if (!raw) return { asOf: undefined, problem: undefined };
  if (!isReplayDate(raw)) return { asOf: undefined, problem: `“${raw}” is not a date in the form YYYY-MM-DD; showing the map as it stands today.` };
  return { asOf: raw, problem: undefined };
}

/** A query string from pairs, skipping empty values; "" when there is nothing to add. */
export function queryString(pairs: ReadonlyArray<readonly [string, string | undefined]>): string {
  const q = new URLSearchParams();
  for (const [k, v] of pairs) if (v) q.append(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}
