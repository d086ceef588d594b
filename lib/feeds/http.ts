/**
 * Serving a feed: which origin its permalinks use, and the HTTP answer. Shared by the four feed
 * routes so they differ only in the scope they ask for.
 */
import type { CommunityCorpus } from '@/lib/store/community';
import { renderAtom } from './atom';
import { buildFeed, scopeExists, type FeedScope } from './entries';

export const ATOM_TYPE = 'application/atom+xml; charset=utf-8';

/** host[:port] as a Host header may carry it: a DNS name, IPv4 or bracketed IPv6, and a port. */
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * The origin for the feed's permalinks: SITE_URL when it is set; otherwise the host the request was
 * addressed to (Next's request.url says "localhost" whatever the client asked for), so a feed served
 * from a deployment without SITE_URL never points at the default 127.0.0.1. A Host header that is
 * not a host name falls back to request.url's origin.
 */
export function feedBase(request: Request, env: Record<string, string | undefined> = process.env): string {
  const configured = env.SITE_URL?.trim();
  if (configured) return new URL(configured).origin + new URL(configured).pathname.replace(/\/+$/, '');
  const url = new URL(request.url);
  const host = request.headers.get('host');
  return host && HOST.test(host) ? `${url.protocol}//${host.toLowerCase()}` : url.origin;
}

export function feedResponse(corpus: CommunityCorpus, scope: FeedScope, base: string): Response {
  if (!scopeExists(corpus, scope)) {
    const what = scope.kind === 'jurisdiction' ? `jurisdiction "${scope.code}"` : scope.kind === 'site' ? 'site' : `${scope.kind} "${scope.id}"`;
    return new Response(`Not found: no ${what} in the map, so no feed for it.\n`, { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  return new Response(renderAtom(buildFeed(corpus, scope, base)), {
    headers: {
      'content-type': ATOM_TYPE,
      // Approved contributions appear within seconds; feed readers poll, so a short shared cache is enough.
      'cache-control': 'public, max-age=60',
    },
  });
}
