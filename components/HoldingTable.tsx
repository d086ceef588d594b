/**
 * Rulings as a table (cards on phones): jurisdiction, court and ruling, answer and disposition, and
 * (unless compact) what it decided. Takes plain rows (lib/holdings/rows.ts) and no corpus, so the
 * server's pages and the question page's on-demand list in the browser draw rulings the same way.
 */
import type { HoldingRow } from '@/lib/holdings/rows';
import { HoldingTerms } from './HoldingTerms';
import { PinpointText, UnpinnedNote } from './PinpointText';
import { VerificationBadge } from './VerificationBadge';

/** compact: without the editors' summaries; each row links to its ruling's page, where the summary is. */
export function HoldingTable({ rows, compact = false }: { rows: readonly HoldingRow[]; compact?: boolean }) {
  if (rows.length === 0) return <p className="muted">No ruling on this question in the corpus yet.</p>;
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">Jurisdiction</th>
            <th scope="col">Court and ruling</th>
            <th scope="col">Answer and disposition</th>
            {compact ? null : <th scope="col">What it decided</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((h) => (
            <tr key={h.id} id={h.id}>
              <td>{h.jurisdictionName}</td>
              <td>
                {h.courtName}
                <br />
                <a href={`/sources/${h.source}`}>{h.sourceLabel}</a> <span className="muted small">{h.date}</span>
                {h.pinpoint ? (
                  <span className="small">
                    , <PinpointText pinpoint={h.pinpoint} />
                  </span>
                ) : null}{' '}
                {h.verification ? <VerificationBadge status={h.verification} /> : null}
              </td>
              <td>
                <HoldingTerms words={h.words} />
                {compact ? (
                  <>
                    {' '}
                    <a className="small" href={`/sources/${h.source}#${h.id}`}>
                      What it decided<span className="visually-hidden">: {h.sourceTitle}</span>
                    </a>
                  </>
                ) : null}
              </td>
              {compact ? null : (
                <td>
                  {h.summary}
                  {h.unpinned ? <UnpinnedNote reason={h.unpinned} suggest={{ holding: h.id }} /> : null}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
