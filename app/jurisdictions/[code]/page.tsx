import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getCorpus } from '@/lib/data/corpus';
import { corpusAsOf } from '@/lib/graph/replay';
import { answersByQuestion, buildMatrix } from '@/lib/compare/matrix';
import { cellKey } from '@/lib/compare/matrix-view';
import { appealChains, courtHierarchy, rulingsOf } from '@/lib/compare/jurisdiction';
import { COURT_LEVEL_LABELS } from '@/lib/compare/courts';
import { parseAsOf, queryString, type SearchParams } from '@/lib/compare/query';
import { dispositionWords, formatPinpoint, holdingWords } from '@/lib/model/labels';
import { AsOfForm } from '@/components/compare/AsOfForm';
import { CellWords } from '@/components/compare/CellWords';
import { HoldingTerms } from '@/components/HoldingTerms';
import { VerificationBadge } from '@/components/VerificationBadge';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { FeedLink } from '@/components/FeedLink';
import { feedAlternates } from '@/lib/feeds/metadata';

const APPEAL_WORDS = { 'reversed-by': 'reversed by', 'upheld-by': 'upheld by', 'referred-to': 'referred questions to', 'answered-by': 'answered by' } as const;

function findJurisdiction(code: string) {
  return getCorpus().jurisdictions.find((j) => j.code.toLowerCase() === code.toLowerCase());
}

export async function generateMetadata({ params }: { params: Promise<{ code: string }> }): Promise<Metadata> {
  const j = findJurisdiction((await params).code);
  return j
    ? { title: j.name, description: `Courts, rulings, appeal chains and where each question stands in ${j.name}.`, alternates: feedAlternates({ kind: 'jurisdiction', code: j.code }, `Admissible: ${j.name}`) }
    : {};
}

export default async function JurisdictionPage({ params, searchParams }: { params: Promise<{ code: string }>; searchParams: Promise<SearchParams> }) {
  const { code: raw } = await params;
  const jurisdiction = findJurisdiction(raw);
  if (!jurisdiction) notFound();
  const code = jurisdiction.code;
  const { asOf, problem } = parseAsOf(await searchParams);
  const full = getCorpus();
  const corpus = corpusAsOf(full, asOf);
  const date = queryString([['asOf', asOf]]);
  const courts = courtHierarchy(corpus, code);
  const rulings = rulingsOf(corpus, code);
  const chains = appealChains(corpus, code);
  const matrix = buildMatrix(corpus, { jurisdictions: [code] });
  const col = matrix.columns[0];
  const sourceById = new Map(corpus.sources.map((s) => [s.id, s]));
  const Badge = ({ id }: { id: string }) => {
    const status = sourceById.get(id)?.verification.status;
    return status ? <VerificationBadge status={status} /> : null;
  };
  const questionTitle = new Map(corpus.nodes.map((n) => [n.id, n.title]));
  const answers = answersByQuestion(corpus.nodes);
  const answersOf = (question: string) => answers.get(question) ?? [];
  const courtName = new Map(corpus.jurisdictions.flatMap((j) => j.courts.map((c) => [c.id, c.name] as const)));
  const describe = (id: string) => {
    const s = sourceById.get(id);
    return s ? `${s.court ? (courtName.get(s.court) ?? s.issuer) : s.issuer}, ${s.date}` : id;
  };

  return (
    <>
      <Breadcrumbs crumbs={[{ label: 'Jurisdictions', href: `/jurisdictions${date}` }, { label: jurisdiction.name }]} />
      <h1>{jurisdiction.name}</h1>
      <p className="lede">
        The courts of {jurisdiction.name}, their rulings in order, where each question stands there, and how cases moved on appeal. See also its{' '}
        <a href={`/timeline${queryString([['jurisdiction', code], ['asOf', asOf]])}`}>timeline</a> and the{' '}
        <a href={`/evaluation${queryString([['jurisdiction', code], ['asOf', asOf]])}`}>argument evaluation with its rulings taken as settled</a>.
      </p>
      <FeedLink scope={{ kind: 'jurisdiction', code }} label={`new rulings and contributions in ${jurisdiction.name}`} />
      <AsOfForm action={`/jurisdictions/${code.toLowerCase()}`} asOf={asOf} keep={[]} problem={problem} />

      <h2 id="standing">Where each question stands</h2>
      {col ? (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Question</th>
                <th scope="col">Answer</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {matrix.rows.map((r, i) => {
                const cell = matrix.cells[i]![0]!;
                return (
                  <tr key={r.question} data-question={r.question}>
                    <th scope="row">
                      <a href={`/questions/${r.question}`}>{r.title}</a>
                    </th>
                    <td>
                      {cell.state === 'none' ? (
                        <CellWords state="none" words={cell.words} />
                      ) : (
                        <a href={`/matrix${queryString([['jurisdiction', code], ['asOf', asOf], ['cell', cellKey(r.question, col.key)]])}#cell-panel`}>
                          <CellWords
                            state={cell.state}
                            words={cell.words}
                            detail={[cell.deciding && cell.state !== 'not-reached' ? dispositionWords(cell.deciding) : undefined, cell.decidingCourt ? COURT_LEVEL_LABELS[cell.decidingCourt.level] : undefined].filter(Boolean).join(' · ') || undefined}
                          />
                        </a>
                      )}
                    </td>
                    <td className="small">{cell.reason}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : (
        <p>No ruling from {jurisdiction.name} in the corpus{asOf ? ` by ${asOf}` : ''}.</p>
      )}

      <h2 id="courts">Court hierarchy</h2>
      {courts.length ? (
        <ol className="court-hierarchy">
          {courts.map((c) => (
            <li key={c.id} id={`court-${c.id}`}>
              <strong>{c.name}</strong> <span className="muted small">
                {COURT_LEVEL_LABELS[c.level]} · rank {c.rank} · {c.rulings} ruling{c.rulings === 1 ? '' : 's'} in the corpus
              </span>
            </li>
          ))}
        </ol>
      ) : (
        <p>No courts recorded for this jurisdiction.</p>
      )}

      <h2 id="rulings">Rulings in order ({rulings.length})</h2>
      {rulings.length ? (
        <ol className="ruling-list">
          {rulings.map(({ source, court, holdings }) => (
            <li key={source.id} id={`ruling-${source.id}`} className="card">
              <div className="kind-tag">
                {source.date} · {court ? `${court.name} (${COURT_LEVEL_LABELS[court.level].toLowerCase()})` : source.issuer}
              </div>
              <a href={`/sources/${source.id}`}>{source.title}</a>
              {source.identifiers.ecli ? <span className="muted small"> {source.identifiers.ecli}</span> : null}{' '}
              <VerificationBadge status={source.verification.status} />
              {holdings.length ? (
                <ul className="small">
                  {holdings.map((h) => (
                    <li key={h.id}>
                      <HoldingTerms words={holdingWords(h, answersOf(h.question))} showReason={false} /> on <a href={`/questions/${h.question}#${h.id}`}>{questionTitle.get(h.question) ?? h.question}</a>
                      {h.pinpoint ? `, ${formatPinpoint(h.pinpoint)}` : ''}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="muted small">No holding recorded from this ruling yet.</p>
              )}
            </li>
          ))}
        </ol>
      ) : (
        <p>No ruling recorded{asOf ? ` by ${asOf}` : ''}.</p>
      )}

      <h2 id="appeals">Appeal chains ({chains.length})</h2>
      {chains.length ? (
        chains.map((chain, i) => (
          <section key={chain.sources.join('+')} className="card appeal-chain" aria-label={`Appeal chain ${i + 1}`}>
            <ol>
              {chain.steps.map((st) => (
                <li key={`${st.from}-${st.relation}-${st.to}`}>
                  <a href={`/sources/${st.from}`}>{sourceById.get(st.from)?.title ?? st.from}</a> <span className="muted small">({describe(st.from)})</span>{' '}
                  <Badge id={st.from} />{' '}
                  <strong>{APPEAL_WORDS[st.relation]}</strong> <a href={`/sources/${st.to}`}>{sourceById.get(st.to)?.title ?? st.to}</a>{' '}
                  <span className="muted small">({describe(st.to)})</span> <Badge id={st.to} />
                  {st.note ? <div className="small">{st.note}</div> : null}
                </li>
              ))}
            </ol>
          </section>
        ))
      ) : (
        <p>No appeal or reference recorded{asOf ? ` by ${asOf}` : ''}.</p>
      )}
      <p className="muted small">
        Each question is answered in its own words; a cell is derived from the holdings by the rule explained, question by question, on the{' '}
        <a href="/matrix#rule">matrix page</a>.
      </p>
    </>
  );
}
