/**
 * The <link rel="alternate" type="application/atom+xml"> entries a page declares, through Next's
 * metadata: always the site's feed, plus the feed of what the page is about. Relative URLs, so they
 * resolve against whatever origin served the page.
 */
import { feedPath, type FeedScope } from './entries';

export const SITE_FEED_TITLE = 'Admissible: new rulings and approved contributions';

export function feedAlternates(scope?: FeedScope, title?: string): { types: { 'application/atom+xml': { url: string; title: string }[] } } {
  const feeds = [{ url: feedPath({ kind: 'site' }), title: SITE_FEED_TITLE }];
  if (scope && scope.kind !== 'site') feeds.push({ url: feedPath(scope), title: title ?? 'Admissible' });
  return { types: { 'application/atom+xml': feeds } };
}
