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
import { ASOF_PARAM, readAsOf } from '@/lib/asof';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A malformed asOf is a 400 naming the parameter, for every page and API alike (lib/asof.ts), before
 * any of them runs: JSON for the API, a short page otherwise.
 */
function badAsOf(request: NextRequest, policy: string): NextResponse | undefined {
  const { error } = readAsOf(request.nextUrl.searchParams.get(ASOF_PARAM));
  if (!error) return undefined;
  if (request.nextUrl.pathname.startsWith('/api/')) return NextResponse.json({ error, parameter: ASOF_PARAM, errors: [{ parameter: ASOF_PARAM, message: error }] }, { status: 400 });
  const today = new URL(request.nextUrl);
  today.searchParams.delete(ASOF_PARAM);
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bad request — Admissible</title></head><body><main><h1>Bad request</h1><p>${escapeHtml(error)}.</p><p><a href="${escapeHtml(today.pathname + today.search)}">Show this page as it stands today</a></p></main></body></html>`;
  return new NextResponse(html, { status: 400, headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': policy, 'x-frame-options': 'DENY' } });
}

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname.startsWith('/api/')) return badAsOf(request, "default-src 'none'") ?? NextResponse.next();
  const nonce = randomBytes(16).toString('base64');
  const development = process.env.NODE_ENV === 'development';
  const policy = contentSecurityPolicy({
    nonce,
    hashes: development ? [] : staticPageHashes(pathname),
    frameable: isFrameable(pathname),
    development,
  });
  const rejected = badAsOf(request, policy);
  if (rejected) return rejected;
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('content-security-policy', policy);
  if (!isFrameable(pathname)) response.headers.set('x-frame-options', 'DENY');
  return response;
}

export const config = {
  // Pages get their security headers; API requests only the asOf check (their answers are JSON).
  // Static assets carry no scripts of their own.
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)' }],
};
