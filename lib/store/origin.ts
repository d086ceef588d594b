/**
 * Same-origin checks for state-changing requests (CSRF protection). Browsers send Origin on
 * every cross-origin POST (and on same-origin POSTs too) and Sec-Fetch-Site on every request.
 *
 * The Origin is compared, scheme, host and port, with the site's own origins, which come from
 * the configuration only: Host and X-Forwarded-Host are whatever the client (or a proxy) put
 * there and are never consulted. A request without Origin is refused unless Sec-Fetch-Site says
 * same-origin: an API client outside a browser sends the site's origin itself
 * (`Origin: https://admissible.example`), which no cross-site page can make a browser do.
 */
import { runningServer } from './client';

export interface OriginPolicy {
  /** The site's origins ("https://admissible.example"); allowedOrigins() when absent. */
  allowedOrigins?: readonly string[];
}

function originOf(value: string, variable: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`${variable} must list origins such as https://admissible.example, got "${value}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`${variable}: "${value}" is not an http(s) origin`);
  return url.origin;
}

/**
 * The origins from which the site accepts state-changing requests: SITE_URL's origin, plus any in
 * ALLOWED_ORIGINS (separated by commas or spaces) and PUBLIC_ORIGIN. With none of them set the
 * site is taken to be served on loopback, as `npm start` does: http://127.0.0.1, localhost and
 * [::1] on the port the server listens on (3000 when unknown). Any other address (a LAN name, a
 * public host) must be configured, or every post is refused.
 */
export function allowedOrigins(env: Record<string, string | undefined> = process.env, port = runningServer()?.port ?? 3000): string[] {
  const configured = [
    ...(env.SITE_URL?.trim() ? [originOf(env.SITE_URL, 'SITE_URL')] : []),
    ...(env.PUBLIC_ORIGIN?.trim() ? [originOf(env.PUBLIC_ORIGIN, 'PUBLIC_ORIGIN')] : []),
    ...(env.ALLOWED_ORIGINS ?? '')
      .split(/[\s,]+/)
      .filter(Boolean)
      .map((o) => originOf(o, 'ALLOWED_ORIGINS')),
  ];
  if (configured.length) return [...new Set(configured)];
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`, `http://[::1]:${port}`];
}

export function isSameOrigin(request: Request, policy: OriginPolicy = {}): boolean {
  const site = request.headers.get('sec-fetch-site');
  // 'none' is a navigation the user started (typed or bookmarked): it then also needs a matching Origin.
  if (site && site !== 'same-origin' && site !== 'none') return false;
  const origin = request.headers.get('origin');
  if (origin === null) return site === 'same-origin';
  if (origin === 'null') return false;
  let originUrl: URL;
  try {
    originUrl = new URL(origin);
  } catch {
    return false;
  }
  return (policy.allowedOrigins ?? allowedOrigins()).includes(originUrl.origin);
}
