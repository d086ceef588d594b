/**
 * Conditional requests for the read API (Cite feature). The API's answers are prerendered at build
 * time and served like static pages (that is what makes them fast), so no handler runs per request;
 * this proxy runs only for requests that carry If-None-Match (see `has` in the matcher) and answers
 * 304 Not Modified when the client's ETag is the current one. Everything else passes straight through.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { getCorpus } from '@/lib/data/corpus';
import { apiDocumentKey } from '@/lib/api/read';
import { CACHE_CONTROL, etagFor, isNotModified } from '@/lib/api/http';

export function proxy(request: NextRequest) {
  const key = apiDocumentKey(request.nextUrl.pathname);
  if (key) {
    const etag = etagFor(getCorpus().version, key);
    if (isNotModified(request.headers.get('if-none-match'), etag)) {
      return new NextResponse(null, { status: 304, headers: { ETag: etag, 'Cache-Control': CACHE_CONTROL } });
    }
  }
  return NextResponse.next();
}

// Matchers must be literals (Next analyses them at build time).
export const config = {
  matcher: [
    { source: '/api/graph', has: [{ type: 'header', key: 'if-none-match' }] },
    { source: '/api/nodes/:id', has: [{ type: 'header', key: 'if-none-match' }] },
    { source: '/api/sources/:id', has: [{ type: 'header', key: 'if-none-match' }] },
  ],
};
