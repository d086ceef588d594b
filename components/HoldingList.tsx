/** Rulings on a question, grouped by jurisdiction, highest court first, each with its outcome in words. */
import type { LoadedCorpus } from '@/lib/data/corpus';
import type { LocatedHolding } from '@/lib/data/validate';
import { OUTCOME_LABELS } from '@/lib/model/labels';
import { PinpointText, UnpinnedNote } from './PinpointText';
import { VerificationBadge } from './VerificationBadge';

const OUTCOME_SYMBOLS = { admitted: '●', excluded: '✕', mixed: '◐', open: '○' } as const;

/** holdings: the rulings to list; corpus: to resolve courts and sources. */
export function HoldingList({ holdings, corpus }: { holdings: LocatedHolding[]; corpus: LoadedCorpus }) {
  if (holdings.length === 0) return <p className="muted">No ruling on this question in the corpus yet.</p>;
  const courts = new Map(corpus.jurisdictions.flatMap((j) => j.courts.map((c) => [c.id, c] as const)));
  const names = new Map(corpus.jurisdictions.map((j) => [j.code, j.name]));
  const byJurisdiction = new Map<string, LocatedHolding[]>();
  for (const h of holdings) byJurisdiction.set(h.jurisdiction, [...(byJurisdiction.get(h.jurisdiction) ?? []), h]);
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">Jurisdiction</th>
            <th scope="col">Court and ruling</th>
            <th scope="col">Outcome</th>
            <th scope="col">What it decided</th>
          </tr>
        </thead>
        <tbody>
          {[...byJurisdiction.entries()]
            .sort(([a], [b]) => a.localeCompare(b))
            .flatMap(([code, list]) =>
              [...list]
                .sort((a, b) => (courts.get(a.court)?.rank ?? 9) - (courts.get(b.court)?.rank ?? 9) || b.date.localeCompare(a.date))
                .map((h) => {
                  const source = corpus.sourceById.get(h.source);
                  return (
                    <tr key={h.id} id={h.id}>
                      <td>{names.get(code) ?? code}</td>
                      <td>
                        {courts.get(h.court)?.name ?? h.court}
                        <br />
                        <a href={`/sources/${h.source}`}>{source?.identifiers.ecli ?? source?.title ?? h.source}</a>{' '}
                        <span className="muted small">{h.date}</span>
                        {h.pinpoint ? (
                          <span className="small">
                            , <PinpointText pinpoint={h.pinpoint} />
                          </span>
                        ) : null}{' '}
                        {source ? <VerificationBadge status={source.verification.status} /> : null}
                      </td>
                      <td className={`outcome ${h.outcome}`}>
                        <span aria-hidden="true">{OUTCOME_SYMBOLS[h.outcome]}</span> {OUTCOME_LABELS[h.outcome]}
                      </td>
                      <td>
                        {h.summary}
                        {h.unpinned ? <UnpinnedNote reason={h.unpinned} suggest={{ holding: h.id }} /> : null}
                      </td>
                    </tr>
                  );
                }),
            )}
        </tbody>
      </table>
    </div>
  );
}
