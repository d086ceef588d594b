/**
 * The matrix table and the panel of the open cell's rulings, rendered on the server. Cells are links
 * (?cell=…), so the page works without JavaScript; the open cell's link closes it again. Only
 * MatrixShell runs in the browser, and it carries no data, so each cell's rulings are not sent twice
 * (as markup and again as a client component's props).
 */
import type { CellView, MatrixView } from '@/lib/compare/matrix-view';
import { VerificationBadge } from '@/components/VerificationBadge';
import { CellWords } from './CellWords';
import { MatrixShell } from './MatrixShell';

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
}

export function MatrixTable({ view, initialCell, query, sortHrefs, activeSort }: MatrixTableProps) {
  const open = initialCell;
  const current = open ? view.cells.flat().find((c) => c.key === open) : undefined;
  // Relative to /matrix (the page itself), so the path is not repeated in every cell.
  const cellHref = (key: string) => `${query ? query + '&' : '?'}cell=${encodeURIComponent(key)}#cell-panel`;
  const closeHref = `/matrix${query}`;

  if (view.rows.length === 0 || view.columns.length === 0) {
    return <p className="card">No ruling matches these filters{view.rows.length === 0 ? '' : ' on any question'}. Widen the filters or clear the date.</p>;
  }

  return (
    <MatrixShell heading={current ? `${current.questionTitle} — ${current.columnLabel}` : undefined} panel={current ? <CellPanel cell={current} /> : null}>
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
              {view.columns.map((c, j) => (
                <th
                  key={c.key}
                  scope="col"
                  data-column={c.key}
                  aria-sort={activeSort === `jurisdiction:${c.key}` ? 'ascending' : 'none'}
                >
                  <a href={`/jurisdictions/${c.jurisdiction.toLowerCase()}`} title={c.name}>
                    {c.jurisdiction}
                  </a>
                  <span id={`c${j}`} className="sr-only">
                    {c.label}
                  </span>
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
                  <a id={`r${i}`} href={`/questions/${r.question}`}>
                    {r.title}
                  </a>
                </th>
                {view.cells[i]!.map((cell, j) => (
                  <td
                    key={cell.column}
                    data-column={cell.column}
                    data-state={cell.state}
                    // Attributes spread only where they apply: an undefined one would still travel in the
                    // page's payload, once per cell.
                    {...optional({ 'data-sources': [...new Set(cell.rulings.map((r) => r.source))].join(' '), className: open === cell.key ? 'is-open' : '' })}
                  >
                    {cell.state === 'none' ? (
                      <CellWords state="none" words={cell.words} />
                    ) : (
                      <a
                        href={open === cell.key ? closeHref : cellHref(cell.key)}
                        id={`k${i}-${j}`}
                        // Named by its row's and column's headers and its own words, so no copy of the
                        // question's title is repeated in every cell.
                        aria-labelledby={`r${i} c${j} k${i}-${j}`}
                        className="matrix-cell"
                        // Only the open cell says so: the others are plain links to their own panel.
                        {...(open === cell.key ? { 'aria-expanded': true, 'aria-controls': 'cell-panel' } : {})}
                      >
                        <CellWords state={cell.state} words={cell.words} detail={cellDetail(cell)} />
                        <span className="matrix-count">{`${cell.rulings.length} ruling${cell.rulings.length === 1 ? '' : 's'}`}</span>
                      </a>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </MatrixShell>
  );
}

/** The attributes whose value is not empty. */
function optional(attributes: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(attributes).filter(([, v]) => v !== ''));
}

/** The second line of a cell: what the deciding court pronounced and its level ("Declared inadmissible · Supranational court"). */
function cellDetail(cell: CellView): string | undefined {
  return [cell.state === 'not-reached' ? undefined : cell.disposition, cell.level].filter(Boolean).join(' · ') || undefined;
}

function CellPanel({ cell }: { cell: CellView }) {
  return (
    <>
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
