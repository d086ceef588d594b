/**
 * Serving a feed: which origin its permalinks use, and the HTTP answer. Shared by the four feed
 * routes so they differ only in the scope they ask for.
 */
import type { CommunityCorpus } from '@/lib/store/community';
import { renderAtom } from './atom';
import { buildFeed, scopeExists, type FeedScope } from './entries';

export const ATOM_TYPE = 'application/atom+xml; charset=utf-8';

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
