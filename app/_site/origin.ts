/**
 * The origin pages and route handlers print in permalinks, citations, JSON-LD and the sitemap:
 * SITE_URL when it is set (the page stays static), otherwise the request's own origin (reading the
 * request headers makes the page render per request). Empty, i.e. root-relative links, when the
 * request names no usable host.
 */
import { headers } from 'next/headers';
import { configuredSiteUrl, originFromHeaders } from '@/lib/site';

export async function pageOrigin(): Promise<string> {
  const configured = configuredSiteUrl();
  if (configured) return configured;
  const h = await headers();
  return originFromHeaders((name) => h.get(name)) ?? '';
}

/** The same for a route handler, from its Request. */
export function requestOrigin(request: Request): string {
  return configuredSiteUrl() ?? originFromHeaders((name) => request.headers.get(name)) ?? '';
}
