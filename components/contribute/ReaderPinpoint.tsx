'use client';
/**
 * The pinpoint a reader supplied for a citation or holding that has none, once a moderator approved
 * it, with its provenance. Pages stay static: the approved pinpoints are fetched once per page from
 * /api/community/pinpoints and each unpinned citation picks its own. Renders nothing until then.
 */
import { useEffect, useState } from 'react';
import { formatPinpoint } from '@/lib/model/labels';
import type { PinpointPlace } from './links';

interface Item {
  target: string;
  citation?: number;
  holding?: string;
  pinpoint: { kind: string; value: string; seenAt?: string };
  provenance: { contributor?: string; approvedAt: string; statusUrl: string };
}

let approved: Promise<Item[]> | undefined;

function approvedPinpoints(): Promise<Item[]> {
  approved ??= fetch('/api/community/pinpoints')
    .then((res) => (res.ok ? res.json() : { items: [] }))
    .then((body: { items?: Item[] }) => (Array.isArray(body.items) ? body.items : []))
    .catch(() => []);
  return approved;
}

function hostOf(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' ? u.hostname.replace(/^www\./, '') : undefined;
  } catch {
    return undefined;
  }
}

export function ReaderPinpoint({ place }: { place: PinpointPlace }) {
  const [item, setItem] = useState<Item | undefined>();
  const key = 'holding' in place ? `h:${place.holding}` : `c:${place.target}#${place.citation}`;
  useEffect(() => {
    let live = true;
    void approvedPinpoints().then((items) => {
      const found = items.find((i) => ('holding' in place ? i.holding === place.holding : i.holding === undefined && i.target === place.target && i.citation === place.citation));
      if (live) setItem(found);
    });
    return () => {
      live = false;
    };
    // `key` stands for `place`, whose object identity changes on every render.
  }, [key]);
  if (!item) return null;
  const host = item.pinpoint.seenAt ? hostOf(item.pinpoint.seenAt) : undefined;
  return (
    <span className="reader-pinpoint" data-reader-pinpoint="">
      {' '}
      <span className="community-mark">Reader’s pinpoint</span> <strong className="user-text">{formatPinpoint(item.pinpoint)}</strong>
      {host ? (
        <>
          {' '}
          (read at <a href={item.pinpoint.seenAt} rel="nofollow noopener noreferrer ugc">{host}</a>)
        </>
      ) : null}
      , suggested by {item.provenance.contributor ? <span className="user-text">{item.provenance.contributor}</span> : 'a reader'}, checked by a moderator on {item.provenance.approvedAt.slice(0, 10)}.{' '}
      <a href={item.provenance.statusUrl}>Contribution record</a>
    </span>
  );
}
