import { connection } from 'next/server';
import type { Metadata } from 'next';
import { getCorpus } from '@/lib/data/corpus';
import { ALLOWED_RELATIONS, CONTRIBUTION_KINDS, LIMITS } from '@/lib/store/rules';
import { ACTOR_KINDS, PINPOINT_KINDS, SOURCE_TYPES } from '@/lib/model/schema';
import { SOURCE_TYPE_LABELS } from '@/lib/model/labels';
import { ContributeForm, type ContributeFormProps } from '@/components/contribute/ContributeForm';
import { ProposeRulingForm, SuggestPinpointForm, type FormValues } from '@/components/contribute/SuggestForms';
import { pinpointPlace } from '@/components/contribute/SuggestionView';
import type { LoadedCorpus } from '@/lib/data/corpus';
import type { FieldError } from '@/lib/store/rules';
import { getStore } from '@/lib/store/db';
import { loadDraft } from '@/lib/store/form-http';
import { answersOf } from '@/lib/store/community';
import { RULING_DISPOSITIONS, RULING_TYPES } from '@/lib/store/suggestions';
import { DISPOSITION_LABELS } from '@/lib/model/labels';

export const metadata: Metadata = { title: 'Contribute', description: 'Propose a sourced position, argument, fact or source for the map, a pinpoint for a citation, or a missing ruling.' };

interface SuggestPageProps {
  corpus: LoadedCorpus;
  target: string;
  values: FormValues;
  errors: FieldError[];
  /** A draft id was given but has expired. */
  expired: boolean;
}

const ExpiredNote = ({ expired }: { expired: boolean }) => (expired ? <p role="alert">That form has expired (forms are kept an hour): please fill it in again.</p> : null);

function PinpointPage({ corpus, target, citation, values, errors, expired }: SuggestPageProps & { citation?: number }) {
  const holding = citation === undefined ? corpus.holdings.find((h) => h.id === target) : undefined;
  const cited = citation !== undefined ? corpus.graph.node(target)?.citations[citation] : undefined;
  const exists = holding !== undefined || cited !== undefined;
  const pinned = holding?.pinpoint !== undefined || cited?.pinpoint !== undefined;
  return (
    <>
      <h1>Suggest a pinpoint</h1>
      <ExpiredNote expired={expired} />
      <p className="lede">
        Read the full text and found the paragraph or page this citation rests on? Give its number, the words there, and where you read them. A
        moderator checks it; once approved it is shown with the citation, marked as suggested by a reader.
      </p>
      {!exists ? (
        <p role="alert">There is no such citation or holding in the map. Use the “Suggest a pinpoint” link next to a citation or ruling that has none.</p>
      ) : pinned && errors.length === 0 ? (
        <p role="alert">That citation already has a pinpoint.</p>
      ) : (
        <SuggestPinpointForm target={target} citation={citation} place={pinpointPlace({ target, citation }, corpus).label} pinpointKinds={PINPOINT_KINDS} values={values} errors={errors} />
      )}
    </>
  );
}

function RulingPage({ corpus, target, values, errors, expired }: SuggestPageProps) {
  const question = corpus.graph.node(target);
  const questions = corpus.nodes.filter((n) => n.kind === 'question').sort((a, b) => a.title.localeCompare(b.title));
  return (
    <>
      <h1>Propose a ruling</h1>
      <ExpiredNote expired={expired} />
      <p className="lede">
        A ruling the map is missing: its court, date and identifiers, where the official text is, and what it decided on one question. A moderator
        checks it; then the editors verify it at the official source before it joins the corpus.
      </p>
      {question?.kind !== 'question' ? (
        <form method="get" action="/contribute" className="contribute-pick">
          <input type="hidden" name="suggest" value="ruling" />
          <label htmlFor="target">Which question does it decide?</label>
          <select id="target" name="target" required defaultValue="">
            <option value="" disabled>
              Choose a question
            </option>
            {questions.map((q) => (
              <option key={q.id} value={q.id}>
                {q.title}
              </option>
            ))}
          </select>
          <button type="submit">Continue</button>
        </form>
      ) : (
        <ProposeRulingForm
          question={{ id: question.id, title: question.title }}
          answers={answersOf(question)}
          courts={corpus.jurisdictions.flatMap((j) => j.courts.map((c) => ({ id: c.id, label: `${j.name}: ${c.name}` })))}
          types={RULING_TYPES}
          dispositions={RULING_DISPOSITIONS.map((d) => ({ value: d, label: DISPOSITION_LABELS[d].label, meaning: DISPOSITION_LABELS[d].meaning }))}
          values={values}
          errors={errors}
        />
      )}
    </>
  );
}

type Params = Promise<Record<string, string | string[] | undefined>>;

const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined);

export default async function ContributePage({ searchParams }: { searchParams: Params }) {
  // Rendered per request, never at build time: it reads the database.
  await connection();
  const params = await searchParams;
  const corpus = getCorpus();
  // A form refused by /contribute/submit (posted without JavaScript): shown again as typed, with its errors.
  const draftId = one(params.draft);
  const draft = draftId ? await loadDraft(await getStore(), draftId, new Date()) : undefined;
  const values: FormValues = new Map(draft?.fields ?? []);
  const errors = draft?.errors ?? [];
  const formName = draft ? values.get('form') : undefined;
  const suggest = formName === 'pinpoint' || formName === 'ruling' ? formName : one(params.suggest);
  if (suggest === 'pinpoint' || suggest === 'ruling') {
    const target = draft ? (values.get('target') ?? '') : (one(params.holding) ?? one(params.target) ?? '');
    const citationText = draft ? values.get('citation') : one(params.citation);
    const citation = citationText !== undefined && /^\d{1,4}$/.test(citationText) ? Number(citationText) : undefined;
    return suggest === 'pinpoint' ? (
      <PinpointPage corpus={corpus} target={target} citation={citation} values={values} errors={errors} expired={draftId !== undefined && !draft} />
    ) : (
      <RulingPage corpus={corpus} target={target} values={values} errors={errors} expired={draftId !== undefined && !draft} />
    );
  }
  const rawTarget = draft ? values.get('target') : one(params.target);
  const target = typeof rawTarget === 'string' ? corpus.graph.node(rawTarget) : undefined;
  if (!target) {
    const nodes = [...corpus.nodes].sort((a, b) => a.kind.localeCompare(b.kind) || a.title.localeCompare(b.title));
    return (
      <>
        <h1>Contribute</h1>
        <p className="lede">
          Know a ruling, an argument or a fact that the map is missing? Propose it with its source. A moderator reviews every
          contribution before it appears, marked as a community contribution with where it came from.
        </p>
        {typeof rawTarget === 'string' ? <p role="alert">There is no node “{rawTarget.slice(0, 80)}” in the map. Choose one below.</p> : null}
        {nodes.length === 0 ? (
          <p>The map has no nodes yet, so there is nothing to contribute to.</p>
        ) : (
          <form method="get" action="/contribute" className="contribute-pick">
            <label htmlFor="target">What do you want to contribute to?</label>
            <select id="target" name="target" required defaultValue="">
              <option value="" disabled>
                Choose a question, position, argument or fact
              </option>
              {nodes.map((n) => (
                <option key={n.id} value={n.id}>
                  {n.kind}: {n.title}
                </option>
              ))}
            </select>
            <button type="submit">Continue</button>
          </form>
        )}
        {draftId !== undefined && !draft ? <p role="alert">That form has expired (forms are kept an hour): please fill it in again.</p> : null}
        <p className="small muted">You can also use “Contribute” on any node of the map.</p>
        <h2>Supply what is missing</h2>
        <p>
          Where a citation or a ruling shows “No paragraph or page given”, use its <strong>Suggest a pinpoint</strong> link. Know a ruling the map
          lacks? <a href="/contribute?suggest=ruling">Propose a ruling</a>.
        </p>
      </>
    );
  }
  const relations: ContributeFormProps['relations'] = {};
  for (const kind of CONTRIBUTION_KINDS) {
    const allowed = ALLOWED_RELATIONS[kind][target.kind];
    if (allowed?.length) relations[kind] = [...allowed];
  }
  const props: ContributeFormProps = {
    target: { id: target.id, kind: target.kind, title: target.title, text: target.text },
    relations,
    sources: corpus.sources.map((s) => ({ id: s.id, title: s.title, date: s.date })).sort((a, b) => a.title.localeCompare(b.title)),
    actors: corpus.actors.map((a) => ({ id: a.id, name: a.name, kind: a.kind })).sort((a, b) => a.name.localeCompare(b.name)),
    jurisdictions: corpus.jurisdictions.map((j) => ({ code: j.code, name: j.name })),
    actorKinds: [...ACTOR_KINDS],
    sourceTypes: SOURCE_TYPES.map((t) => ({ value: t, label: SOURCE_TYPE_LABELS[t] })),
    pinpointKinds: [...PINPOINT_KINDS],
    limits: { title: LIMITS.title.max, text: LIMITS.text.max, sources: LIMITS.sources.max },
  };
  return (
    <>
      <h1>Contribute to this {target.kind}</h1>
      <div className="card contribute-target">
        <div className="kind-tag">{target.kind}</div>
        <p>
          <strong>{target.title}</strong>
        </p>
        <p className="small">{target.text}</p>
      </div>
      <p>
        Every contribution needs a source and says who advances it. A moderator reviews it before it joins the map, marked as a
        community contribution. Write in plain text; it is shown exactly as typed.
      </p>
      <noscript>
        <p className="notice">Without JavaScript the form takes one source; a moderator can be asked for more.</p>
      </noscript>
      <ContributeForm {...props} initialValues={draft ? draft.fields : undefined} initialErrors={errors} />
    </>
  );
}
