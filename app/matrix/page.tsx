import type { Metadata } from 'next';
import { getCorpus } from '@/lib/data/corpus';
import { answersByQuestion, buildMatrix, cellRule, CELL_STATE_LABELS, CELL_STATES, matrixParams, parseMatrixParams } from '@/lib/compare/matrix';
import { matrixView } from '@/lib/compare/matrix-view';
import { COURT_LEVEL_LABELS } from '@/lib/compare/courts';
import { firstParam, parseAsOf, queryString, type SearchParams } from '@/lib/compare/query';
import { COURT_LEVELS, DISPOSITIONS, EVIDENCE_EFFECTS } from '@/lib/model/schema';
import { DISPOSITION_LABELS, EVIDENCE_LABELS } from '@/lib/model/labels';
import { AsOfForm } from '@/components/compare/AsOfForm';
import { MatrixTable } from '@/components/compare/MatrixTable';
import { CellWords } from '@/components/compare/CellWords';
import { SelectFilter } from '@/components/SelectFilter';

export const metadata: Metadata = {
  title: 'Matrix: how each jurisdiction answered',
  description: 'Questions × jurisdictions: how courts answered each question on encrypted-phone evidence, derived from their rulings, with pinpoints.',
};

export default async function MatrixPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const corpus = getCorpus();
  const { asOf, problem } = parseAsOf(params);
  const { options, problems } = parseMatrixParams(params);
  const matrix = buildMatrix(corpus, { ...options, ...(asOf ? { asOf } : {}) });
  const answers = answersByQuestion(corpus.nodes);
  const view = matrixView(matrix, corpus.sourceById, answers);
  const rules = corpus.nodes.flatMap((n) => (n.kind === 'question' ? [cellRule(n)] : []));
  const keep = matrixParams(options);
  const withDate = (pairs: [string, string][]): [string, string | undefined][] => [...pairs, ['asOf', asOf]];
  const query = queryString(withDate(keep));
  const sortHref = (sort: string) => '/matrix' + queryString(withDate([...matrixParams({ ...options, rowSort: undefined }), ['sort', sort]]));
  const requestedCell = firstParam(params.cell);
  const initialCell = requestedCell && view.cells.flat().some((c) => c.key === requestedCell && c.state !== 'none') ? requestedCell : undefined;
  // The table is a client component, so every cell's rulings would travel in the page twice (markup
  // and payload), over the HTML budget: only the open cell's rulings come in full; the others carry
  // their holding and source (for the count), and open by their link.
  const compactView = {
    ...view,
    cells: view.cells.map((row) =>
      row.map((c) => (c.key === initialCell ? c : { ...c, rulings: c.rulings.map((r) => ({ ...r, court: '', level: '', answer: '', notReached: undefined, disposition: '', evidence: undefined, sourceTitle: '', ecli: undefined, pinpoint: undefined, unpinned: undefined, summary: '', role: '' })) })),
    ),
  };
  const jurisdictionNames = new Map(corpus.jurisdictions.map((j) => [j.code, j.name]));
  const checked = (list: readonly string[] | undefined, v: string) => list?.includes(v) ?? false;

  return (
    <>
      <h1>How each jurisdiction answered</h1>
      <p className="lede">
        Each cell is how that jurisdiction’s courts answered the question, in the question’s own words, derived from the rulings recorded in
        the corpus and never typed by hand; under it, what the deciding court pronounced and its level. Open a cell to see every ruling
        behind it, with its court, date, disposition and pinpoint. Each question’s answers and rule are <a href="#rule">listed below</a>.
      </p>
      <p className="matrix-legend" aria-label="Legend">
        <span>
          <CellWords state="answered" words="An answer" /> (in the question’s words)
        </span>
        <span>
          <CellWords state="divided" words="Different answers" /> (courts gave different answers, which need not conflict; the cell names them)
        </span>
        <span>
          <CellWords state="not-reached" words="Not reached" /> (no ruling decided the question; the cell says what the courts did)
        </span>
        <span>
          <CellWords state="none" words={CELL_STATE_LABELS.none} /> (no ruling in the corpus)
        </span>
      </p>

      <AsOfForm action="/matrix" asOf={asOf} keep={keep} problem={problem} />

      <details className="filters" open={keep.length > 0}>
        <summary>Filter and sort{keep.length ? ` (${keep.length} active)` : ''}</summary>
        <form method="get" action="/matrix" className="filter-form">
          {asOf ? <input type="hidden" name="asOf" value={asOf} /> : null}
          <SelectFilter label="Operation" name="operation" value={options.operation} allLabel="All operations" options={corpus.operations.map((x) => ({ value: x.id, label: x.name }))} />
          <label>
            Questions containing
            <input type="search" name="q" defaultValue={options.text ?? ''} />
          </label>
          <SelectFilter label="Show questions with at least one cell" name="state" value={options.state} allLabel="in any state" options={CELL_STATES.map((x) => ({ value: x, label: CELL_STATE_LABELS[x] }))} />
          <label>
            Order questions by
            <select name="sort" defaultValue={options.rowSort?.startsWith('jurisdiction:') ? '' : (options.rowSort ?? '')}>
              <option value="">the corpus order</option>
              <option value="title">title</option>
              <option value="rulings">number of rulings</option>
              <option value="divergence">how differently courts answered</option>
            </select>
          </label>
          <label>
            Order columns by
            <select name="columns" defaultValue={options.columnSort ?? ''}>
              <option value="">the corpus order</option>
              <option value="name">name</option>
              <option value="rulings">number of rulings</option>
            </select>
          </label>
          <label className="inline">
            <input type="checkbox" name="split" value="1" defaultChecked={options.split ?? false} /> One column per court level
          </label>
          <fieldset>
            <legend>Court levels (none ticked: all)</legend>
            {COURT_LEVELS.map((l) => (
              <label key={l} className="inline">
                <input type="checkbox" name="level" value={l} defaultChecked={checked(options.levels, l)} /> {COURT_LEVEL_LABELS[l]}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>Jurisdictions (none ticked: all)</legend>
            {corpus.jurisdictions.map((j) => (
              <label key={j.code} className="inline">
                <input type="checkbox" name="jurisdiction" value={j.code} defaultChecked={checked(options.jurisdictions, j.code)} /> {j.name}
              </label>
            ))}
          </fieldset>
          <div>
            <button type="submit">Apply</button> <a href={'/matrix' + queryString([['asOf', asOf]])}>Clear filters</a>
          </div>
        </form>
      </details>
      {problems.length ? (
        <p role="alert" className="asof-problem">
          Ignored: {problems.join('; ')}.
        </p>
      ) : null}

      <MatrixTable
        view={compactView}
        initialCell={initialCell}
        query={query}
        sortHrefs={{ title: sortHref('title'), columns: Object.fromEntries(view.columns.map((c) => [c.key, sortHref(`jurisdiction:${c.key}`)])) }}
        activeSort={options.rowSort ?? 'order'}
        completeCell={initialCell ?? ''}
      />

      <p className="downloads">
        Download this matrix (with these filters and date) as CSV: <a href={`/matrix.csv${query}`}>one row per question</a> ·{' '}
        <a href={`/matrix.csv${queryString([...withDate(keep), ['shape', 'long']])}`}>one row per ruling, with its role in the cell</a>.
      </p>
      {matrix.emptyJurisdictions.length ? (
        <p className="muted small">
          No ruling {options.operation || options.levels?.length ? 'matching these filters ' : ''}in the corpus{asOf ? ` by ${asOf}` : ''} for:{' '}
          {matrix.emptyJurisdictions.map((c) => jurisdictionNames.get(c) ?? c).join(', ')}.
        </p>
      ) : null}

      <h2 id="rule">How a cell is decided</h2>
      <p>
        Every question has its own answers, and a cell shows one of them, never a verdict on the evidence borrowed from another question.
        When a jurisdiction’s courts have ruled on a question more than once, the cell is derived by the same steps for every question:
      </p>
      <ol>
        <li>
          A ruling that did not decide the question (“Not reached”) does not answer it. If no ruling answered it, the cell says so with what the
          courts pronounced instead, e.g. “Not reached: declared inadmissible”.
        </li>
        <li>
          A ruling reversed or upheld on appeal no longer counts when the appeal court itself ruled on the same question; the appeal ruling
          counts instead. An appeal decided on other grounds changes nothing.
        </li>
        <li>Of the rulings left, the highest-ranked court’s latest ruling decides, and the cell shows its answer.</li>
        <li>
          If another remaining ruling gave a different answer, the cell says "Different answers" and names the answers. A top court (supranational,
          constitutional or supreme) settles the question, so lower-court rulings given before it no longer divide the cell; those that depart
          from it afterwards still do.
        </li>
      </ol>
      <p>
        Under each answer the cell names what the deciding court pronounced (its disposition) and the court’s level, so an answer given in an
        admissibility decision or a preliminary ruling never reads as evidence admitted. Open a cell to see every ruling and what it does in the
        cell. With “one column per court level”, each level is derived on its own. The same rule is applied in the CSV export. The argument
        structure behind the positions courts adopted can be explored on the <a href={`/evaluation${queryString([['asOf', asOf]])}`}>evaluation page</a>, and
        the rulings in time on the <a href={`/timeline${queryString([['asOf', asOf]])}`}>timeline</a>.
      </p>

      <h3 id="rules-by-question">Each question’s answers and rule</h3>
      {rules.map((rule) => (
        <section key={rule.question} id={`rule-${rule.question}`} className="card question-rule" data-question={rule.question}>
          <h4>
            <a href={`/questions/${rule.question}`}>{rule.title}</a>
          </h4>
          <dl className="rule-legend">
            {rule.legend.map((a) => (
              <div key={a.id} data-answer={a.id}>
                <dt>{a.label}</dt>
                <dd>{a.meaning}</dd>
              </div>
            ))}
          </dl>
          <ol className="small">
            {rule.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </section>
      ))}

      <h3 id="dispositions">What a court pronounced</h3>
      <dl className="rule-legend">
        {DISPOSITIONS.map((d) => (
          <div key={d} data-disposition={d}>
            <dt>{DISPOSITION_LABELS[d].label}</dt>
            <dd>{DISPOSITION_LABELS[d].meaning}</dd>
          </div>
        ))}
      </dl>
      <h3 id="evidence-effects">Effect on the evidence</h3>
      <p>
        Recorded only where the ruling itself had an effect on the evidence in its case; an admissibility decision, a preliminary ruling, a
        referral, a conformity decision or an opinion never has one.
      </p>
      <dl className="rule-legend">
        {EVIDENCE_EFFECTS.map((e) => (
          <div key={e} data-evidence={e}>
            <dt>{EVIDENCE_LABELS[e].label}</dt>
            <dd>{EVIDENCE_LABELS[e].meaning}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
