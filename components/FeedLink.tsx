/** A visible link to a page's Atom feed (the same URL its <link rel="alternate"> names). */
import { feedPath, type FeedScope } from '@/lib/feeds/entries';

export function FeedLink({ scope, label }: { /** Which feed. */ scope: FeedScope; /** What the feed follows, for the link text. */ label: string }) {
  return (
    <p className="feed-link small">
      <a href={feedPath(scope)} type="application/atom+xml">
        Follow {label} (Atom feed)
      </a>
    </p>
  );
}
