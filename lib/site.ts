/**
 * Where the site lives, for permalinks, canonical URLs, the sitemap and citations.
 * SITE_URL is read at build time (static pages embed it) and at run time (API, sitemap);
 * set it to the public origin when deploying, e.g. SITE_URL=https://admissible.example.
 */
export const DEFAULT_SITE_URL = 'http://127.0.0.1:3000';

export function siteUrl(env: Record<string, string | undefined> = process.env): string {
  const raw = env.SITE_URL?.trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL is not a URL: "${raw}" (expected an origin such as https://admissible.example)`);
  }
  return url.origin + url.pathname.replace(/\/+$/, '');
}

/** The permanent URL of a node or source page: ids never change, so neither do these. */
export function nodePath(id: string): string {
  return `/node/${id}`;
}

export function sourcePath(id: string): string {
  return `/sources/${id}`;
}

export function questionPath(id: string): string {
  return `/questions/${id}`;
}

export function absoluteUrl(path: string, base = siteUrl()): string {
  return base + (path.startsWith('/') ? path : `/${path}`);
}

/** host[:port] as a Host header may carry it: a DNS name, IPv4 or bracketed IPv6, and a port. */
const HOST_HEADER = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * The origin for absolute links in a response: SITE_URL when it is set; otherwise the host the
 * request was addressed to (Next's request.url says "localhost" whatever the client asked for), so
 * a deployment without SITE_URL never hands out the default 127.0.0.1. A Host header that is not a
 * host name falls back to `fallback` (request.url's origin).
 */
export function originForHost(host: string | null | undefined, protocol: string, fallback: string, env: Record<string, string | undefined> = process.env): string {
  if (env.SITE_URL?.trim()) return siteUrl(env);
  return host && HOST_HEADER.test(host) ? `${protocol}//${host.toLowerCase()}` : fallback;
}

/** originForHost for a route handler's request. */
export function requestBase(request: Request, env: Record<string, string | undefined> = process.env): string {
  const url = new URL(request.url);
  return originForHost(request.headers.get('host'), url.protocol, url.origin, env);
}
