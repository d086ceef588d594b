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
 * Clients may reuse an answer for a few seconds and must then revalidate (a 304 when nothing
 * changed): a longer max-age would keep an approval or a withdrawal out of sight for that long.
 */
export const LIVE_CACHE_CONTROL = 'public, max-age=5, must-revalidate';

export function respondLive(request: Request, entry: CachedBody | null, extra: Record<string, string> = {}): Response {
  const response = respond(request, entry, { 'Access-Control-Allow-Origin': '*', ...extra });
  if (response.status !== 404) response.headers.set('Cache-Control', LIVE_CACHE_CONTROL);
  return response;
}
