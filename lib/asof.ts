/**
 * The "as of" date every page and API that shows the debate takes (asOf=YYYY-MM-DD): one parser
 * for all of them (proxy.ts answers a malformed one with 400 before any page or API runs), and one
 * rule for keeping it on internal links, so a reader who opened the debate as of a date stays there.
 */
import { isReplayDate } from '@/lib/graph/replay';

export const ASOF_PARAM = 'asOf';

export type AsOfReading = { asOf: string | undefined; error?: undefined } | { asOf?: undefined; error: string };

/** The asOf value of a query: absent or empty is today; anything but a real YYYY-MM-DD date is an error naming the parameter. */
export function readAsOf(value: string | null | undefined): AsOfReading {
  const raw = value?.trim();
  if (!raw) return { asOf: undefined };
  if (!isReplayDate(raw)) return { error: `asOf: "${raw.slice(0, 40)}" is not a date in the form YYYY-MM-DD` };
  return { asOf: raw };
}

/** The as-of date of a page's search params (Next's record form); a malformed one never gets this far (proxy.ts). */
export function asOfParam(params: Record<string, string | string[] | undefined>): string | undefined {
  const value = params[ASOF_PARAM];
  return readAsOf(Array.isArray(value) ? value[0] : value).asOf;
}

/** Paths that are files or downloads rather than views of the debate: left as they are. */
const NOT_A_VIEW = /^\/(?:_next\/|api-data\/|icon\.svg|favicon\.ico|robots\.txt|sitemap\.xml)/;

/**
 * An internal link with the as-of date added (kept if it already has one); external links,
 * fragments and files are returned unchanged, as is every link when there is no date.
 */
export function withAsOf(href: string, asOf: string | undefined): string {
  if (!asOf || !href.startsWith('/') || href.startsWith('//') || NOT_A_VIEW.test(href)) return href;
  const url = new URL(href, 'http://internal.invalid');
  if (url.searchParams.has(ASOF_PARAM)) return href;
  url.searchParams.set(ASOF_PARAM, asOf);
  return url.pathname + url.search + url.hash;
}

/** The same URL without its as-of date: the link back to today. */
export function withoutAsOf(href: string): string {
  const url = new URL(href, 'http://internal.invalid');
  url.searchParams.delete(ASOF_PARAM);
  return url.pathname + url.search + url.hash;
}
