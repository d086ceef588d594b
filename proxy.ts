/**
 * Security headers for every page. A nonce for pages rendered per request (Next.js reads it from
 * the request's CSP header and puts it on its scripts), plus the hashes of the inline scripts of
 * the page's prerendered HTML when the page is static, so static pages stay static.
 * Static hashes are read from .next/server/app once per path and cached for the process's life.
 */
import { randomBytes } from 'node:crypto';
import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, isFrameable } from '@/lib/security/csp';
import { staticPageHashes } from '@/lib/security/static-pages';

export function proxy(request: NextRequest) {
  const nonce = randomBytes(16).toString('base64');
  const { pathname } = request.nextUrl;
  const development = process.env.NODE_ENV === 'development';
  const policy = contentSecurityPolicy({
    nonce,
    hashes: development ? [] : staticPageHashes(pathname),
    frameable: isFrameable(pathname),
    development,
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('content-security-policy', policy);
  if (!isFrameable(pathname)) response.headers.set('x-frame-options', 'DENY');
  return response;
}

export const config = {
  // Pages only: API answers are JSON, and static assets carry no scripts of their own.
  matcher: [{ source: '/((?!api/|_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)' }],
};
