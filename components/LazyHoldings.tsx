'use client';
/**
 * A question's rulings, collapsed, loaded from /api/questions/<id>/holdings when the reader opens
 * them (or arrives at a ruling's anchor, #h-…), so the question page's own HTML stays light. Without
 * JavaScript the box opens onto the link to the full list of rulings on this question.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { HoldingRow } from '@/lib/holdings/rows';
import { HoldingTable } from './HoldingTable';

type Load = { kind: 'idle' } | { kind: 'loading' } | { kind: 'ready'; rows: HoldingRow[] } | { kind: 'failed'; message: string };

/** Holdings' ids start with "h-" (data/README.md), so a link to one names it in the fragment. */
function holdingInHash(): string | undefined {
  try {
    const id = decodeURIComponent(window.location.hash.slice(1));
    return id.startsWith('h-') ? id : undefined;
  } catch {
    return undefined;
  }
}

export function LazyHoldings({ question, count, asOf, listHref }: { question: string; count: number; asOf?: string; listHref: string }) {
  const box = useRef<HTMLDetailsElement>(null);
  const [load, setLoad] = useState<Load>({ kind: 'idle' });
  const [target, setTarget] = useState<string | undefined>();

  // Asked for once (again only after a failure): opening, closing and reopening the box, or a
  // second #h- link, reuse what was fetched.
  const requested = useRef(false);
  const fetchRows = useCallback(() => {
    if (requested.current) return;
    requested.current = true;
    setLoad({ kind: 'loading' });
    const url = `/api/questions/${encodeURIComponent(question)}/holdings${asOf ? `?asOf=${encodeURIComponent(asOf)}` : ''}`;
    fetch(url, { headers: { accept: 'application/json' } })
      .then(async (res) => {
        if (!res.ok) throw new Error(`the server answered ${res.status}`);
        const body = (await res.json()) as { holdings?: HoldingRow[] };
        if (!Array.isArray(body.holdings)) throw new Error('the answer held no list of rulings');
        setLoad({ kind: 'ready', rows: body.holdings });
      })
      .catch((e: unknown) => {
        requested.current = false;
        setLoad({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
      });
  }, [question, asOf]);

  // A link to one ruling (/questions/<id>#h-…) opens the box and, once drawn, brings that ruling into view.
  useEffect(() => {
    const reveal = () => {
      const id = holdingInHash();
      if (!id || !box.current) return;
      box.current.open = true;
      setTarget(id);
      fetchRows();
    };
    reveal();
    window.addEventListener('hashchange', reveal);
    return () => window.removeEventListener('hashchange', reveal);
  }, [fetchRows]);

  useEffect(() => {
    if (load.kind !== 'ready' || !target) return;
    const row = document.getElementById(target);
    if (!row) return;
    row.setAttribute('tabindex', '-1');
    row.classList.add('targeted');
    row.scrollIntoView({ block: 'center' });
    row.focus({ preventScroll: true });
    setTarget(undefined);
  }, [load, target]);

  return (
    <details className="holdings-box" ref={box} onToggle={(e) => (e.currentTarget.open ? fetchRows() : undefined)}>
      <summary>
        Show the {count} ruling{count === 1 ? '' : 's'}
      </summary>
      <p className="small muted">
        Each ruling&apos;s answer and what the court pronounced; what it decided, in full, is on the ruling&apos;s own page and in the <a href={listHref}>list of rulings on this question</a>.
      </p>
      <div className="holdings-cards" aria-busy={load.kind === 'loading'}>
        {load.kind === 'ready' ? <HoldingTable rows={load.rows} compact /> : null}
        {load.kind === 'loading' ? <p role="status">Loading the {count} rulings…</p> : null}
        {load.kind === 'failed' ? (
          <p role="alert" className="problem">
            The rulings could not be loaded ({load.message}). They are all in the <a href={listHref}>list of rulings on this question</a>.
          </p>
        ) : null}
      </div>
    </details>
  );
}
