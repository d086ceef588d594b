import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { getCorpus } from '@/lib/data/corpus';
import { firstParam, type SearchParams } from '@/lib/compare/query';
import { courtIndex } from '@/lib/compare/courts';
import { operationProfile, parseCompareOps, type Evidence, type OperationProfile } from '@/lib/operations/profile';
import { Breadcrumbs } from '@/components/Breadcrumbs';

export const metadata: Metadata = {
  title: 'Compare operations',
  description: 'Encrypted-phone operations side by side: who ran them, how the data were captured, where, when, how each was disclosed, and how courts answered each question.',
};

const DEFAULT_OPS = 'encrochat,sky-ecc,anom';

function EvidenceList({ items }: { items: Evidence[] }) {
  if (items.length === 0) return <span className="muted">Not recorded</span>;
  return (
    <ul className="small compare-evidence">
      {items.map((e) => (
        <li key={`${e.href}-${e.label}`}>
          {e.date ? <time dateTime={e.date}>{e.date}</time> : null}
          {e.date ? ': ' : null}
          <a href={e.href}>{e.label}</a>
          {e.status && e.status !== 'established' ? <span className="muted"> ({e.status})</span> : null}
        </li>
      ))}
    </ul>
  );
}

export default async function CompareOperationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const corpus = getCorpus();
  // ?ops=a,b,c (links) or ?op=a&op=b (the form's checkboxes).
  const raw = firstParam(params.ops) ?? (params.op ? ([] as string[]).concat(params.op).join(',') : DEFAULT_OPS);
  const { ops, error } = parseCompareOps(raw, corpus);
  // An unknown operation id is a page that does not exist: 404, and not-found.tsx names the parameter.
  if (error) notFound();
  const profiles = ops.map((id) => operationProfile(corpus, id)!) as OperationProfile[];
  const courts = courtIndex(corpus.jurisdictions);
  const questionIds = [...new Set(profiles.flatMap((p) => p.questions.map((q) => q.question)))];
  const questions = corpus.nodes.filter((n) => n.kind === 'question' && questionIds.includes(n.id));
  const row = (label: ReactNode, cell: (p: OperationProfile) => ReactNode, key: string) => (
    <tr key={key}>
      <th scope="row">{label}</th>
      {profiles.map((p) => (
        <td key={p.operation.id}>{cell(p)}</td>
      ))}
    </tr>
  );
  return (
    <>
      <Breadcrumbs crumbs={[{ label: 'Operations', href: '/operations' }, { label: 'Compare' }]} />
      <h1>Compare operations</h1>
      <p className="lede">
        Side by side, from the map’s records only: each point links to the fact or event (and its source) it comes from. “Not recorded” means the map holds
        nothing on that point for the operation.
      </p>
      <form method="get" action="/operations/compare" className="search-form" aria-label="Choose operations">
        <fieldset>
          <legend>Operations</legend>
          {corpus.operations.map((o) => (
            <label key={o.id} className="inline">
              <input type="checkbox" name="op" value={o.id} defaultChecked={ops.includes(o.id)} /> {o.name}
            </label>
          ))}
        </fieldset>
        <button type="submit">Compare</button>
      </form>
      {profiles.length === 0 ? <p>Choose at least one operation.</p> : null}
      <div className="table-scroll" role="region" aria-label="Operations compared" tabIndex={0}>
        <table className="compare-ops">
          <thead>
            <tr>
              <th scope="col">Point</th>
              {profiles.map((p) => (
                <th key={p.operation.id} scope="col">
                  <a href={`/operations/${p.operation.id}`}>{p.operation.name}</a>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {row(
              <>
                Who ran it <span className="muted small">(agencies and prosecutors named in its record)</span>
              </>,
              (p) =>
                p.ranBy.length === 0 ? (
                  <span className="muted">Not recorded</span>
                ) : (
                  <ul className="small compare-evidence">
                    {p.ranBy.map((a) => (
                      <li key={a.actor}>
                        <strong>{a.name}</strong>, named in{' '}
                        {a.where.map((e, i) => (
                          <span key={`${e.href}-${i}`}>
                            {i > 0 ? '; ' : ''}
                            <a href={e.href}>{e.date ? `${e.date} event` : e.label.length > 60 ? `${e.label.slice(0, 57)}…` : e.label}</a>
                          </span>
                        ))}
                      </li>
                    ))}
                  </ul>
                ),
              'ran',
            )}
            {row('How the data were captured', (p) => <EvidenceList items={p.capture} />, 'capture')}
            {row('Where', (p) => (p.where.length ? p.where.map((j) => j.name).join(', ') : <span className="muted">Not recorded</span>), 'where')}
            {row(
              'When (first and last recorded events)',
              (p) => <EvidenceList items={[p.when.first, p.when.last].filter((e): e is Evidence => !!e)} />,
              'when',
            )}
            {row('How it was disclosed', (p) => <EvidenceList items={p.disclosure} />, 'disclosure')}
            {row(
              'Disputed figures',
              (p) => {
                const d = p.figures.filter((g) => g.disputed);
                return d.length === 0 ? (
                  <span className="muted">None recorded</span>
                ) : (
                  <ul className="small compare-evidence">
                    {d.map((g) => (
                      <li key={g.key}>
                        <a href={`/operations/${p.operation.id}#fig-${g.key}`}>{g.label}</a>: {g.figures.map((f) => f.value).join(' / ')}
                      </li>
                    ))}
                  </ul>
                );
              },
              'figures',
            )}
          </tbody>
          <tbody>
            <tr>
              <th scope="colgroup" colSpan={profiles.length + 1} className="compare-section">
                How courts answered each question
              </th>
            </tr>
            {questions.map((q) =>
              row(
                <a href={`/questions/${q.id}`}>{q.title}</a>,
                (p) => {
                  const entry = p.questions.find((x) => x.question === q.id);
                  if (!entry) return <span className="muted">No ruling on this operation</span>;
                  if (entry.answers.length > 0)
                    return (
                      <ul className="small compare-evidence">
                        {entry.answers.map((a) => (
                          <li key={a.answer}>
                            <strong>{a.label}</strong>: {a.holdings.map((h) => courts.get(h.court)?.name ?? h.court).filter((v, i, all) => all.indexOf(v) === i).join('; ')} (
                            {a.holdings.length})
                          </li>
                        ))}
                      </ul>
                    );
                  return (
                    <ul className="small compare-evidence">
                      {entry.holdings.map((h) => (
                        <li key={h.id}>
                          <a href={`/questions/${h.question}#${h.id}`}>
                            {courts.get(h.court)?.name ?? h.court}, {h.date}
                          </a>
                        </li>
                      ))}
                    </ul>
                  );
                },
                q.id,
              ),
            )}
          </tbody>
        </table>
      </div>
    </>
  );
}
