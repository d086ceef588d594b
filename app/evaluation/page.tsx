import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { getCorpus } from '@/lib/data/corpus';
import { corpusAsOf } from '@/lib/graph/replay';
import { buildGraph } from '@/lib/graph/graph';
import { evaluateCorpus, explainLabel, LABEL_WORDS } from '@/lib/evaluation/corpus';
import { countLabels, type Label } from '@/lib/evaluation/grounded';
import { firstParam, parseAsOf, queryString, type SearchParams } from '@/lib/compare/query';
import { AsOfForm } from '@/components/compare/AsOfForm';

export const metadata: Metadata = {
  title: 'Argument evaluation',
  description: 'A grounded labelling (Dung, Caminada) of the positions and arguments in the map from its attack relations, with the reason for each label. A formal property of the map, not a legal verdict.',
};

const LABEL_ICONS: Record<Label, string> = { in: '✓', out: '✕', undecided: '?' };
const RELATION_WORDS: Record<string, string> = { answers: 'Answer', supports: 'Supports', opposes: 'Opposes', undercuts: 'Undercuts', 'relies-on-fact': 'Relies on' };

function LabelBadge({ label }: { label: Label }) {
  return (
    <span className={`eval-label ${label}`}>
      <span aria-hidden="true">{LABEL_ICONS[label]}</span> {LABEL_WORDS[label]}
    </span>
  );
}

export default async function EvaluationPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const { asOf, problem } = parseAsOf(params);
  const full = getCorpus();
  const corpus = corpusAsOf(full, asOf);
  const requested = firstParam(params.jurisdiction)?.toUpperCase() || undefined;
  const jurisdiction = requested ? corpus.jurisdictions.find((j) => j.code === requested) : undefined;
  const evaluation = evaluateCorpus(corpus, jurisdiction ? { jurisdiction: jurisdiction.code } : {});
  const graph = buildGraph(corpus.nodes);
  const title = (id: string) => graph.node(id)?.title;
  const counts = countLabels(evaluation.labelling, evaluation.nodeIds);
  const shown = new Set<string>();

  const renderNode = (id: string, relation: string | undefined, depth: number, path: Set<string>): ReactNode => {
    const node = graph.node(id);
    if (!node) return null;
    const label = evaluation.labelling.labels.get(id);
    const repeat = shown.has(id);
    shown.add(id);
    const children = repeat || path.has(id) || depth > 12 ? [] : graph.children(id).filter((e) => e.relation !== 'subquestion-of');
    const next = new Set(path).add(id);
    return (
      <li key={`${id}-${relation ?? ''}`} id={repeat ? undefined : `eval-${id}`} data-node-id={id} data-label={label}>
        <div className="eval-line">
          {label ? <LabelBadge label={label} /> : <span className="kind-tag">Question</span>}{' '}
          {relation && RELATION_WORDS[relation] ? <span className={`stance ${relation}`}>{RELATION_WORDS[relation]}:</span> : null}{' '}
          <a href={`/node/${id}`}>{node.title}</a> <span className="kind-tag">{node.kind}</span>
          {repeat ? (
            <a className="small" href={`#eval-${id}`}>
              {' '}
              (shown above)
            </a>
          ) : null}
        </div>
        {label && !repeat ? <p className="eval-why small">{explainLabel(evaluation, id, title, jurisdiction?.name)}</p> : null}
        {children.length ? <ul className="eval-tree">{children.map((e) => renderNode(e.from, e.relation, depth + 1, next))}</ul> : null}
      </li>
    );
  };

  // One part per question (and one for whatever hangs under none), shown one at a time: the whole
  // labelled map is several hundred kilobytes of HTML, too much for one page on a phone.
  const under = (root: string) => {
    const seen = new Set<string>();
    const walk = (id: string, depth: number) => {
      if (seen.has(id) || depth > 12 || !graph.node(id)) return;
      seen.add(id);
      for (const e of graph.children(id)) if (e.relation !== 'subquestion-of') walk(e.from, depth + 1);
    };
    walk(root, 0);
    return seen;
  };
  const partRoots = [...graph.roots, ...corpus.nodes.filter((n) => n.kind === 'question' && !graph.roots.includes(n.id)).map((n) => n.id)].filter((id) => graph.node(id)?.kind === 'question');
  const covered = new Set<string>();
  const parts = partRoots.map((id) => {
    const ids = under(id);
    for (const x of ids) covered.add(x);
    return { id, title: graph.node(id)!.title, ids };
  });
  const restIds = evaluation.nodeIds.filter((id) => !covered.has(id));
  if (restIds.length) parts.push({ id: 'rest', title: 'Not under any question', ids: new Set(restIds) });
  const requestedPart = firstParam(params.part);
  const part = parts.find((p) => p.id === requestedPart) ?? parts[0];
  const partCounts = (ids: Set<string>) => countLabels(evaluation.labelling, [...ids].filter((id) => evaluation.labelling.labels.has(id)));
  const shownPart = part ? (part.id === 'rest' ? restIds.map((id) => renderNode(id, undefined, 0, new Set())) : [renderNode(part.id, undefined, 0, new Set())]) : [];
  const keep: [string, string][] = [...(jurisdiction ? [['jurisdiction', jurisdiction.code] as [string, string]] : []), ...(part ? [['part', part.id] as [string, string]] : [])];
  const partHref = (id: string) => `/evaluation${queryString([['part', id], ['jurisdiction', jurisdiction?.code], ['asOf', asOf]])}`;

  return (
    <>
      <h1>Argument evaluation</h1>
      <p className="notice" role="note">
        <strong>A formal property of the map, not a legal verdict.</strong> The labels below say only what follows from the attacks recorded
        in this map under one well-known formal semantics. They do not say which side is right, what any court should decide, or how strong an
        argument is, and they change whenever an editor adds an argument.
      </p>
      <AsOfForm action="/evaluation" asOf={asOf} keep={keep} problem={problem} />
      <form method="get" action="/evaluation" className="filter-form inline-form">
        {asOf ? <input type="hidden" name="asOf" value={asOf} /> : null}
        {part ? <input type="hidden" name="part" value={part.id} /> : null}
        <label>
          View
          <select name="jurisdiction" defaultValue={jurisdiction?.code ?? ''}>
            <option value="">The whole map, no ruling taken as settled</option>
            {corpus.jurisdictions.map((j) => (
              <option key={j.code} value={j.code}>
                {j.name}: its rulings taken as settled
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Show</button>
      </form>
      {requested && !jurisdiction ? <p role="alert">Unknown jurisdiction “{requested}”; showing the whole map.</p> : null}

      <p className="eval-summary" role="status">
        {jurisdiction ? `${jurisdiction.name}, its rulings taken as settled` : 'The whole map'}
        {asOf ? `, as of ${asOf}` : ''}: {evaluation.nodeIds.length} positions, arguments and facts — <LabelBadge label="in" /> {counts.in} ·{' '}
        <LabelBadge label="out" /> {counts.out} · <LabelBadge label="undecided" /> {counts.undecided}
        {jurisdiction ? ` · ${evaluation.settled.size} position${evaluation.settled.size === 1 ? '' : 's'} fixed by its rulings` : ''}.
      </p>

      <h2 id="outline">The map, labelled</h2>
      {evaluation.nodeIds.length === 0 ? <p>Nothing to evaluate yet{asOf ? ` on ${asOf}` : ''}.</p> : null}
      {parts.length ? (
        <nav aria-label="Questions" className="toc eval-parts">
          <ol>
            {parts.map((p) => {
              const c = partCounts(p.ids);
              return (
                <li key={p.id}>
                  <a href={partHref(p.id)} aria-current={p === part ? 'page' : undefined}>
                    {p.title}
                  </a>{' '}
                  <span className="muted small">
                    ({c.in} in · {c.out} out · {c.undecided} undecided)
                  </span>
                </li>
              );
            })}
          </ol>
        </nav>
      ) : null}
      {part ? (
        <section aria-labelledby="eval-part-title">
          <h3 id="eval-part-title">{part.title}</h3>
          <ul className="eval-tree eval-root">{shownPart}</ul>
        </section>
      ) : null}

      <h2 id="method">How the labels are computed</h2>
      <p>
        The map is read as an abstract argumentation framework (Dung, 1995): its positions, arguments and facts are the arguments, and some of
        its links are attacks. The labelling is the <em>grounded</em> one (Caminada, 2006): an argument is <strong>in</strong> when every
        argument attacking it is out (so an argument nothing attacks is in); it is <strong>out</strong> when some argument attacking it is in;
        and whatever cannot be settled this way, step by step from the unattacked arguments, is <strong>undecided</strong>. This is the most
        cautious labelling: it accepts only what survives every attack, and two arguments that attack each other with nothing to break the tie
        stay undecided.
      </p>
      <ul>
        <li>An argument or fact that <strong>opposes</strong> a position or argument attacks it.</li>
        <li>
          An argument that <strong>undercuts</strong> another attacks it: it denies the inference by which that argument bears on its target,
          and in an abstract framework that is an attack on the argument.
        </li>
        <li>
          <strong>Supports</strong> and <strong>relies on</strong> links are not attacks. Support does not add strength here: an argument is
          in or out only through the attacks on it.
        </li>
        <li>
          <strong>Positions answering the same question do not attack each other.</strong> Answers are often compatible (a court may hold that
          a notification rule protects users and that usability is for national law), so a conflict is counted only where an editor recorded an
          “opposes” link.
        </li>
        <li>Questions are what is argued about, not arguments, so they take no label.</li>
      </ul>
      <p>
        <strong>A jurisdiction’s view</strong> takes its rulings as settled. For each position its rulings adopted or rejected, the ruling of
        the highest court (its latest, if it ruled more than once) counts. That ruling enters as an argument nothing attacks: it attacks a
        position it rejected, and it attacks every argument attacking a position it adopted. The grounded labelling then shows what follows in
        that jurisdiction, formally, from its courts’ answers.
      </p>
      <p className="muted small">
        The same labels are available as JSON for the map’s overlay at <a href={`/api/evaluation${queryString([['jurisdiction', jurisdiction?.code], ['asOf', asOf]])}`}>/api/evaluation</a>.
      </p>
    </>
  );
}
