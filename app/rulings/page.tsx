import type { Metadata } from 'next';
import { getCorpus } from '@/lib/data/corpus';
import { COURT_LEVELS } from '@/lib/model/schema';
import { COURT_LEVEL_LABELS } from '@/lib/compare/courts';
import { firstParam, type SearchParams } from '@/lib/compare/query';
import { listRulings, parseRulingFilter, questionAnswers } from '@/lib/compare/rulings';
import { holdingWords } from '@/lib/model/labels';
import { HoldingTerms } from '@/components/HoldingTerms';
import { SelectFilter } from '@/components/SelectFilter';
import { VerificationBadge } from '@/components/VerificationBadge';

export const metadata: Metadata = {
  title: 'Rulings',
  description: 'Every ruling in the map, newest first, filtered by court, court level, date, question and the answer the court gave.',
};

export default async function RulingsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const corpus = getCorpus();
  const { filter, problems } = parseRulingFilter(params, corpus);
  const rulings = listRulings(corpus, filter);
  const questions = corpus.nodes.filter((n) => n.kind === 'question');
  const questionTitle = new Map(questions.map((q) => [q.id, q.title]));
  const answers = filter.question ? questionAnswers(corpus, filter.question) : [];
  const answersOf = new Map(questions.map((q) => [q.id, questionAnswers(corpus, q.id)]));
  const usedCourts = new Set(corpus.holdings.map((h) => h.court).concat(corpus.sources.flatMap((s) => (s.court ? [s.court] : []))));
  const courtOptions = corpus.jurisdictions.flatMap((j) => j.courts.filter((c) => usedCourts.has(c.id)).map((c) => ({ value: c.id, label: `${c.name} (${j.code})` })));
  return (
    <>
      <h1>Rulings</h1>
      <p className="lede">
        Every judgment, decision and opinion in the map, newest first, with what each held on the questions. Filter by court, level, date, question and the
        answer given.
      </p>
      <form method="get" action="/rulings" className="search-form" aria-label="Filter the rulings">
        <SelectFilter label="Court" name="court" value={filter.court} allLabel="All courts" options={courtOptions} />
        <SelectFilter label="Level" name="level" value={filter.level} allLabel="All levels" options={COURT_LEVELS.map((l) => ({ value: l, label: COURT_LEVEL_LABELS[l] }))} />
        <label>
          From
          <input type="text" name="from" defaultValue={firstParam(params.from) ?? ''} placeholder="YYYY-MM-DD" inputMode="numeric" size={10} />
        </label>
        <label>
          To
          <input type="text" name="to" defaultValue={firstParam(params.to) ?? ''} placeholder="YYYY-MM-DD" inputMode="numeric" size={10} />
        </label>
        <SelectFilter label="Question" name="question" value={filter.question} allLabel="All questions" options={questions.map((q) => ({ value: q.id, label: q.title }))} />
        {answers.length > 0 ? <SelectFilter label="Answer" name="answer" value={filter.answer} allLabel="Any answer" options={answers.map((a) => ({ value: a.id, label: a.label }))} /> : null}
        <button type="submit">Filter</button>
      </form>
      {!filter.question ? <p className="muted small">Choose a question (then Filter) to filter by the answer the court gave to it.</p> : null}
      {problems.length > 0 ? (
        <div role="alert" className="card">
          <p>Some filters were not applied:</p>
          <ul>
            {problems.map((p) => (
              <li key={p.field}>
                <code>{p.field}</code>: {p.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p aria-live="polite">
        {rulings.length} ruling{rulings.length === 1 ? '' : 's'}
      </p>
      <ol className="ruling-list">
        {rulings.map(({ source, court, holdings }) => (
          <li key={source.id} className="card">
            <div className="kind-tag">
              <time dateTime={source.date}>{source.date}</time> · {court ? `${court.name} (${COURT_LEVEL_LABELS[court.level].toLowerCase()})` : source.issuer}
            </div>
            <a href={`/sources/${source.id}`}>{source.title}</a>
            {source.identifiers.ecli ? <span className="muted small break"> {source.identifiers.ecli}</span> : null}
            {!source.identifiers.ecli && source.identifiers.caseNumbers[0] ? <span className="muted small break"> {source.identifiers.caseNumbers.join(', ')}</span> : null}{' '}
            <VerificationBadge status={source.verification.status} />
            {holdings.length ? (
              <ul className="small">
                {holdings.map((h) => (
                  <li key={h.id}>
                    On <a href={`/questions/${h.question}#${h.id}`}>{questionTitle.get(h.question) ?? h.question}</a>:{' '}
                    <HoldingTerms words={holdingWords(h, answersOf.get(h.question) ?? [])} showReason={false} />
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted small">No holding recorded from this ruling yet.</p>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
