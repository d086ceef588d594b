/**
 * HTTP caching for the read API and the exports: strong ETags derived from the dataset version
 * (the same data always answers with the same tag) and If-None-Match handling per RFC 9110.
 */
import { createHash } from 'node:crypto';

/** Browsers and proxies may keep a response 5 minutes and serve it stale for a day while revalidating. */
export const CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=86400';

export function etagFor(version: string, key: string): string {
  return `"${version}-${createHash('sha256').update(key).digest('hex').slice(0, 16)}"`;
}

/** True when the client's If-None-Match names this ETag (weak comparison, as RFC 9110 asks for GET). */
export function isNotModified(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const strip = (t: string) => t.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((t) => strip(t) === strip(etag));
}

export interface CachedBody {
  body: string;
  etag: string;
  mediaType: string;
}

/** Headers for a cacheable answer; `extra` adds e.g. Content-Disposition. */
export function cacheHeaders(entry: CachedBody, extra: Record<string, string> = {}): Record<string, string> {
  return { ETag: entry.etag, 'Cache-Control': CACHE_CONTROL, 'Content-Type': `${entry.mediaType}; charset=utf-8`, Vary: 'Accept-Encoding', ...extra };
}
