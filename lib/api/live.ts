/**
 * The read API's answers from the live corpus (lib/store/read.ts): curated data with approved
 * community contributions joined, so an approval shows in /api/graph and /api/nodes/<id> within
 * the live corpus's few seconds, without a rebuild. Documents are serialised once per merged
 * corpus (read.ts memoises per corpus object) and carry an ETag of its dataset version, which
 * changes with every approval, edit or withdrawal.
 */
import { respond } from './respond';
import type { CachedBody } from './http';

/**
 * Clients may store an answer but must revalidate it every time (a 304 when nothing changed, by
 * ETag): any max-age would add to the server's few seconds and keep an approval or a withdrawal
 * out of sight for that much longer in a browser that loaded the page just before.
 */
export const LIVE_CACHE_CONTROL = 'public, no-cache';

export function respondLive(request: Request, entry: CachedBody | null, extra: Record<string, string> = {}): Response {
  const response = respond(request, entry, { 'Access-Control-Allow-Origin': '*', ...extra });
  if (response.status !== 404) response.headers.set('Cache-Control', LIVE_CACHE_CONTROL);
  return response;
}
