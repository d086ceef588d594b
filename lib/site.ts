/**
 * Where the site lives, for permalinks, canonical URLs, the sitemap and citations.
 *
 * SITE_URL, when set, is the public origin (e.g. SITE_URL=https://admissible.example): it is read at
 * build time, and pages that print it stay static. When it is not set, the production build warns
 * (next.config.js) and pages take the origin of the request they answer (`originFromHeaders`, via
 * app/_site/origin.ts), so a permalink is right wherever the site is served and never names a
 * development address; files written once at build time (the read API's JSON) then carry
 * root-relative permalinks ("/node/<id>").
 */
export const DEFAULT_SITE_URL = 'http://127.0.0.1:3000';

function parseOrigin(raw: string, name: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${name} is not a URL: "${raw}" (expected an origin such as https://admissible.example)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`${name} must be an http(s) URL, not "${raw}"`);
  return url.origin + url.pathname.replace(/\/+$/, '');
}

/** SITE_URL as configured, or undefined when it is not set. */
export function configuredSiteUrl(env: Record<string, string | undefined> = process.env): string | undefined {
  const raw = env.SITE_URL?.trim();
  return raw ? parseOrigin(raw, 'SITE_URL') : undefined;
}

/** SITE_URL, or the development address; for development tools and tests, not for pages (see app/_site/origin.ts). */
export function siteUrl(env: Record<string, string | undefined> = process.env): string {
  return configuredSiteUrl(env) ?? DEFAULT_SITE_URL;
}

/** A Host value: a name or an IPv4 address, or an IPv6 address in brackets, with an optional port. */
const HOST = /^(?:(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * The origin a request was made to, from its headers: PUBLIC_ORIGIN when a proxy rewrites Host,
 * otherwise the Host header (X-Forwarded-Host only behind TRUSTED_PROXY_HOPS trusted proxies) and
 * the scheme Next reports in X-Forwarded-Proto. A malformed host gives undefined (callers then
 * write root-relative links), never an error.
 */
export function originFromHeaders(get: (name: string) => string | null | undefined, env: Record<string, string | undefined> = process.env): string | undefined {
  const publicOrigin = env.PUBLIC_ORIGIN?.trim();
  if (publicOrigin) return parseOrigin(publicOrigin, 'PUBLIC_ORIGIN');
  const behindProxy = Number(env.TRUSTED_PROXY_HOPS ?? 0) > 0;
  const first = (v: string | null | undefined) => v?.split(',')[0]?.trim() || undefined;
  const host = (behindProxy ? first(get('x-forwarded-host')) : undefined) ?? first(get('host'));
  if (!host || !HOST.test(host)) return undefined;
  const proto = first(get('x-forwarded-proto'))?.toLowerCase();
  return `${proto === 'https' ? 'https' : 'http'}://${host.toLowerCase()}`;
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

/** base + path; an empty base gives the root-relative path. */
export function absoluteUrl(path: string, base = siteUrl()): string {
  return base + (path.startsWith('/') ? path : `/${path}`);
}

/**
 * The origin for absolute links in a route handler's answer (feeds, brief downloads, which must carry
 * absolute URLs): the pages' rule (SITE_URL, else `originFromHeaders`), and where the request names no
 * usable host, the origin of request.url rather than a root-relative link.
 */
export function requestBase(request: Request, env: Record<string, string | undefined> = process.env): string {
  return configuredSiteUrl(env) ?? originFromHeaders((name) => request.headers.get(name), env) ?? new URL(request.url).origin;
}
