/**
 * Same-origin checks for state-changing requests (CSRF protection). Browsers send Origin on
 * every cross-origin POST and Sec-Fetch-Site on every request; either one proves where it came from.
 */
export interface OriginPolicy {
  /** Refuse requests that carry neither header (moderation forms); API clients such as curl send none. */
  required: boolean;
  publicOrigin?: string;
}

export function isSameOrigin(request: Request, policy: OriginPolicy): boolean {
  const site = request.headers.get('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') return false;
  const origin = request.headers.get('origin');
  if (origin === null) return !policy.required || site === 'same-origin';
  if (origin === 'null') return false;
  let originUrl: URL;
  try {
    originUrl = new URL(origin);
  } catch {
    return false;
  }
  if (policy.publicOrigin) return originUrl.origin === new URL(policy.publicOrigin).origin;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  return host !== null && originUrl.host === host;
}
