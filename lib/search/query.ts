/**
 * The search request's parameters (q, kind, jurisdiction, asOf, limit), checked: every problem
 * names its parameter, so /api/search answers 400 with what was wrong instead of failing.
 */
import { isReplayDate } from '@/lib/graph/replay';
import { SEARCH_KINDS, type SearchKind } from './kinds';
import { tokenize } from './text';
import { MAX_QUERY_WORDS } from './index';

export const MAX_QUERY_LENGTH = 200;
export const MAX_LIMIT = 50;
/** Each word is looked up with typos allowed; more would let one request cost much more than a search needs. */
export const MAX_WORDS = MAX_QUERY_WORDS;

export interface SearchRequest {
  q: string;
  kinds: SearchKind[];
  jurisdiction?: string;
  asOf?: string;
  limit: number;
}

export interface ParamError {
  field: string;
  message: string;
}

type Params = { get(name: string): string | null };

// C0 and C1 controls except tab, line feed and carriage return; U+FFFD stands for bytes that were not UTF-8.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function parseSearchRequest(params: Params, jurisdictions: ReadonlySet<string>): { request?: SearchRequest; errors: ParamError[] } {
  const errors: ParamError[] = [];
  const q = (params.get('q') ?? '').trim();
  if (!q) errors.push({ field: 'q', message: 'give the words, name or identifier to search for' });
  else if (q.length > MAX_QUERY_LENGTH) errors.push({ field: 'q', message: `at most ${MAX_QUERY_LENGTH} characters (got ${q.length})` });
  else if (CONTROL.test(q) || LONE_SURROGATE.test(q)) errors.push({ field: 'q', message: 'contains control characters or bytes that are not UTF-8 text' });
  else if (tokenize(q).length > MAX_WORDS) errors.push({ field: 'q', message: `at most ${MAX_WORDS} words (got ${tokenize(q).length})` });

  const kinds: SearchKind[] = [];
  for (const k of (params.get('kind') ?? '').split(',').map((x) => x.trim()).filter(Boolean)) {
    if ((SEARCH_KINDS as readonly string[]).includes(k)) kinds.push(k as SearchKind);
    else errors.push({ field: 'kind', message: `unknown kind "${k.slice(0, 40)}"; one of ${SEARCH_KINDS.join(', ')} (or several, comma-separated)` });
  }

  const rawJurisdiction = params.get('jurisdiction')?.trim();
  let jurisdiction: string | undefined;
  if (rawJurisdiction) {
    const code = rawJurisdiction.toUpperCase();
    if (jurisdictions.has(code)) jurisdiction = code;
    else errors.push({ field: 'jurisdiction', message: `unknown jurisdiction "${rawJurisdiction.slice(0, 40)}"; a code such as NL, DE, EU or ECHR` });
  }

  const rawAsOf = params.get('asOf')?.trim();
  if (rawAsOf && !isReplayDate(rawAsOf)) errors.push({ field: 'asOf', message: `"${rawAsOf.slice(0, 40)}" is not a date in the form YYYY-MM-DD` });

  const rawLimit = params.get('limit')?.trim();
  let limit = 20;
  if (rawLimit) {
    if (/^\d{1,3}$/.test(rawLimit) && Number(rawLimit) >= 1 && Number(rawLimit) <= MAX_LIMIT) limit = Number(rawLimit);
    else errors.push({ field: 'limit', message: `a whole number from 1 to ${MAX_LIMIT}` });
  }
  if (errors.length > 0) return { errors };
  return { request: { q, kinds, ...(jurisdiction ? { jurisdiction } : {}), ...(rawAsOf ? { asOf: rawAsOf } : {}), limit }, errors };
}
