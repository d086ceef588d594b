import type { Metadata } from 'next';
import { getCorpus } from '@/lib/data/corpus';
import { COURT_LEVELS } from '@/lib/model/schema';
import { COURT_LEVEL_LABELS } from '@/lib/compare/courts';
import { firstParam, queryString, type SearchParams } from '@/lib/compare/query';
import { listRulings, parseRulingFilter, questionAnswers } from '@/lib/compare/rulings';
import { holdingWords } from '@/lib/model/labels';
import { HoldingTerms } from '@/components/HoldingTerms';
import { SelectFilter } from '@/components/SelectFilter';
import { VerificationBadge } from '@/components/VerificationBadge';

export const metadata: Metadata = {
  title: 'Rulings',
  description: 'Every ruling in the map, newest first, filtered by court, court level, date, question and the answer the court gave.',
};

const PER_PAGE = 40;
const FILTER_KEYS = ['court', 'level', 'from', 'to', 'question', 'answer'] as const;

export default async function RulingsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const corpus = getCorpus();
  const { filter, problems } = parseRulingFilter(params, corpus);
  const all = listRulings(corpus, filter);
  // Pages of PER_PAGE rulings keep each page's HTML small (every holding carries its answer and disposition).
  const pages = Math.max(1, Math.ceil(all.length / PER_PAGE));
  const rawPage = firstParam(params.page)?.trim();
  const pageProblem = rawPage && !(/^\d{1,4}$/.test(rawPage) && Number(rawPage) >= 1 && Number(rawPage) <= pages) ? { field: 'page', message: `"${rawPage.slice(0, 20)}" is not a page from 1 to ${pages}` } : undefined;
  const current = rawPage && !pageProblem ? Number(rawPage) : 1;
  const rulings = all.slice((current - 1) * PER_PAGE, current * PER_PAGE);
  const pageLink = (n: number) => queryString([...FILTER_KEYS.map((k) => [k, filter[k]] as const), ['page', n > 1 ? String(n) : undefined]]);
  const allProblems = pageProblem ? [...problems, pageProblem] : problems;
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
      {allProblems.length > 0 ? (
        <div role="alert" className="card">
          <p>Some filters were not applied:</p>
          <ul>
            {allProblems.map((p) => (
              <li key={p.field}>
                <code>{p.field}</code>: {p.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p aria-live="polite">
        {all.length} ruling{all.length === 1 ? '' : 's'}
        {pages > 1 ? `; page ${current} of ${pages}` : ''}
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
      {pages > 1 ? (
        <nav aria-label="Pages of rulings" className="pager">
          {current > 1 ? <a href={`/rulings${pageLink(current - 1)}`} rel="prev">← Newer</a> : null}
          {Array.from({ length: pages }, (_, i) => i + 1).map((n) =>
            n === current ? (
              <span key={n} aria-current="page">
                {' '}
                {n}{' '}
              </span>
            ) : (
              <a key={n} href={`/rulings${pageLink(n)}`}>
                {' '}
                {n}{' '}
              </a>
            ),
          )}
          {current < pages ? <a href={`/rulings${pageLink(current + 1)}`} rel="next">Older →</a> : null}
        </nav>
      ) : null}
    </>
  );
}
