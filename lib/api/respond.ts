/** Turns a cached API document into a Response, answering 304 when the client already has it. */
import { cacheHeaders, isNotModified, type CachedBody } from './http';

export function respond(request: Request, entry: CachedBody | null, extra: Record<string, string> = {}): Response {
  if (!entry) {
    return new Response(JSON.stringify({ error: 'not found', path: new URL(request.url).pathname }), {
      status: 404,
      headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  }
  const headers = cacheHeaders(entry, extra);
  if (isNotModified(request.headers.get('if-none-match'), entry.etag)) {
    return new Response(null, { status: 304, headers: { ETag: headers.ETag!, 'Cache-Control': headers['Cache-Control']!, Vary: headers.Vary! } });
  }
  return new Response(entry.body, { status: 200, headers });
}
