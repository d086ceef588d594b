/** Rulings on a question, grouped by jurisdiction, highest court first, each with its answer and what the court pronounced. */
import type { LoadedCorpus } from '@/lib/data/corpus';
import type { LocatedHolding } from '@/lib/data/validate';
import { holdingWords } from '@/lib/model/labels';
import { HoldingTerms } from './HoldingTerms';
import { PinpointText, UnpinnedNote } from './PinpointText';
import { VerificationBadge } from './VerificationBadge';

/** holdings: the rulings to list; corpus: to resolve courts and sources. */
export function HoldingList({ holdings, corpus }: { holdings: LocatedHolding[]; corpus: LoadedCorpus }) {
  if (holdings.length === 0) return <p className="muted">No ruling on this question in the corpus yet.</p>;
  const courts = new Map(corpus.jurisdictions.flatMap((j) => j.courts.map((c) => [c.id, c] as const)));
  const names = new Map(corpus.jurisdictions.map((j) => [j.code, j.name]));
  const answersOf = (question: string) => {
    const q = corpus.graph.node(question);
    return q?.kind === 'question' ? q.answers : [];
  };
  const byJurisdiction = new Map<string, LocatedHolding[]>();
  for (const h of holdings) byJurisdiction.set(h.jurisdiction, [...(byJurisdiction.get(h.jurisdiction) ?? []), h]);
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">Jurisdiction</th>
            <th scope="col">Court and ruling</th>
            <th scope="col">Answer and disposition</th>
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
                      <td>
                        <HoldingTerms words={holdingWords(h, answersOf(h.question))} />
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
