'use client';
/**
 * The matrix table and the panel that opens a cell's rulings. Cells are links (?cell=…), so the
 * page works without JavaScript; once hydrated a click opens the panel in place and updates the URL.
 */
import { useEffect, useRef, useState } from 'react';
import type { CellView, MatrixView } from '@/lib/compare/matrix-view';
import { VerificationBadge } from '@/components/VerificationBadge';
import { CellWords } from './CellWords';

export interface MatrixTableProps {
  /** The matrix, already derived on the server. */
  view: MatrixView;
  /** The open cell's key, from the URL. */
  initialCell: string | undefined;
  /** The page's current query string without cell= (starts with "?" or is empty). */
  query: string;
  /** Links that sort rows by question title and by each column's cells; the active sort. */
  sortHrefs: { title: string; columns: Record<string, string> };
  activeSort: string;
  /**
   * Only this cell's rulings came in full (the others carry just their holding and source, to keep
   * the page small): choosing another cell loads its page. Undefined: every cell is complete.
   */
  completeCell?: string;
}

export function MatrixTable({ view, initialCell, query, sortHrefs, activeSort, completeCell }: MatrixTableProps) {
  const [open, setOpen] = useState<string | undefined>(initialCell);
  const [ready, setReady] = useState(false);
  const panelHeading = useRef<HTMLHeadingElement>(null);
  const cells = new Map(view.cells.flat().map((c) => [c.key, c]));
  const current = open ? cells.get(open) : undefined;
  const cellHref = (key: string) => `/matrix${query ? query + '&' : '?'}cell=${encodeURIComponent(key)}#cell-panel`;

  useEffect(() => {
    setReady(true);
    // Arrived by a cell's link: the panel's heading takes the focus, as when a cell opens in place.
    if (initialCell && window.location.hash === '#cell-panel') panelHeading.current?.focus();
  }, []);

  const choose = (key: string | undefined) => {
    setOpen(key);
    const url = new URL(window.location.href);
    if (key) url.searchParams.set('cell', key);
    else url.searchParams.delete('cell');
    url.hash = key ? 'cell-panel' : '';
    window.history.replaceState(null, '', url);
    if (key) requestAnimationFrame(() => panelHeading.current?.focus());
  };

  if (view.rows.length === 0 || view.columns.length === 0) {
    return <p className="card">No ruling matches these filters{view.rows.length === 0 ? '' : ' on any question'}. Widen the filters or clear the date.</p>;
  }

  return (
    <div data-ready={ready ? 'true' : undefined} className="matrix">
      <div className="table-wrap matrix-wrap" tabIndex={0} role="region" aria-label="Matrix (scrolls sideways on narrow screens)">
        <table className="matrix-table" id="matrix-table">
          <caption>
            How each jurisdiction’s courts answered each question: {view.rows.length} question{view.rows.length === 1 ? '' : 's'} ×{' '}
            {view.columns.length} column{view.columns.length === 1 ? '' : 's'}. Choose a cell to see the rulings behind it.
          </caption>
          <thead>
            <tr>
              <th scope="col" aria-sort={activeSort === 'title' ? 'ascending' : 'none'}>
                <a href={sortHrefs.title}>Question</a>
              </th>
              {view.columns.map((c) => (
                <th
                  key={c.key}
                  scope="col"
                  data-column={c.key}
                  aria-sort={activeSort === `jurisdiction:${c.key}` ? 'ascending' : 'none'}
                >
                  <a href={`/jurisdictions/${c.jurisdiction.toLowerCase()}`} title={c.name}>
                    {c.jurisdiction}
                  </a>
                  {c.level ? <span className="matrix-level">{c.level}</span> : null}
                  <a className="matrix-sort" href={sortHrefs.columns[c.key]} aria-label={`Sort questions by the cells in ${c.label}`}>
                    <span aria-hidden="true">↕</span>
                  </a>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.rows.map((r, i) => (
              <tr key={r.question} data-question={r.question}>
                <th scope="row">
                  <a href={`/questions/${r.question}`}>{r.title}</a>
                </th>
                {view.cells[i]!.map((cell) => (
                  <td
                    key={cell.key}
                    data-column={cell.column}
                    data-state={cell.state}
                    data-sources={[...new Set(cell.rulings.map((r) => r.source))].join(' ') || undefined}
                    className={open === cell.key ? 'is-open' : undefined}
                  >
                    {cell.state === 'none' ? (
                      <CellWords state="none" words={cell.words} />
                    ) : (
                      <a
                        href={cellHref(cell.key)}
                        className="matrix-cell"
                        aria-expanded={open === cell.key}
                        aria-controls="cell-panel"
                        onClick={(e) => {
                          // A cell whose rulings are not on this page opens by its link.
                          if (completeCell !== undefined && cell.key !== completeCell && open !== cell.key) return;
                          e.preventDefault();
                          choose(open === cell.key ? undefined : cell.key);
                        }}
                      >
                        <span className="sr-only">
                          {cell.questionTitle}, {cell.columnLabel}:{' '}
                        </span>
                        <CellWords state={cell.state} words={cell.words} detail={cellDetail(cell)} />
                        <span className="matrix-count">
                          {cell.rulings.length} ruling{cell.rulings.length === 1 ? '' : 's'}
                        </span>
                      </a>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section id="cell-panel" className="cell-panel" aria-labelledby="cell-panel-heading" hidden={!current}>
        {current ? <CellPanel cell={current} headingRef={panelHeading} onClose={() => choose(undefined)} /> : <h2 id="cell-panel-heading">Rulings</h2>}
      </section>
    </div>
  );
}

/** The second line of a cell: what the deciding court pronounced and its level ("Declared inadmissible · Supranational court"). */
function cellDetail(cell: CellView): string | undefined {
  return [cell.state === 'not-reached' ? undefined : cell.disposition, cell.level].filter(Boolean).join(' · ') || undefined;
}

function CellPanel({ cell, headingRef, onClose }: { cell: CellView; headingRef: React.RefObject<HTMLHeadingElement | null>; onClose: () => void }) {
  return (
    <>
      <div className="cell-panel-head">
        <h2 id="cell-panel-heading" ref={headingRef} tabIndex={-1}>
          {cell.questionTitle} — {cell.columnLabel}
        </h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      <p>
        <CellWords state={cell.state} words={cell.words} detail={cellDetail(cell)} /> {cell.reason}
      </p>
      <ol className="cell-rulings" data-cell={cell.key}>
        {cell.rulings.map((r) => (
          <li key={r.holding} data-holding={r.holding} data-source={r.source} className="card">
            <div className="kind-tag">
              {r.level} · {r.role}
            </div>
            <div>
              <strong>{r.court}</strong>, {r.date}: <a href={`/sources/${r.source}`}>{r.sourceTitle}</a>
              {r.ecli ? <span className="muted"> {r.ecli}</span> : null}
              {r.pinpoint ? <span>, {r.pinpoint}</span> : <span className="muted small"> (no pinpoint{r.unpinned ? `: ${r.unpinned}` : ' recorded'})</span>}
              {r.verification ? <> <VerificationBadge status={r.verification} /></> : null}
            </div>
            <div className="holding-terms">
              Answer: <strong className={r.answerId === 'not-reached' ? 'answer not-reached' : 'answer'}>{r.answer}</strong> · Disposition: {r.disposition}
              {r.evidence ? <> · {r.evidence}</> : null}
              {r.notReached ? <div className="small muted">Not reached because: {r.notReached}</div> : null}
            </div>
            <p className="small">{r.summary}</p>
            <a className="small" href={`/questions/${cell.question}#${r.holding}`}>
              See it among the rulings on this question
            </a>
          </li>
        ))}
      </ol>
    </>
  );
}
