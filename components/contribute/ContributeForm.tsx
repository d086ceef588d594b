'use client';
/**
 * The contribution form: builds the JSON the API takes, posts it, and shows the API's
 * field-by-field errors beside the inputs they name (and in a summary that takes focus).
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';

type Kind = 'position' | 'argument' | 'fact' | 'source';

export interface ContributeFormProps {
  target: { id: string; kind: string; title: string; text: string };
  /** Relations allowed for each contribution kind on this target; kinds absent here are not offered. */
  relations: Partial<Record<Kind, string[]>>;
  sources: { id: string; title: string; date: string }[];
  actors: { id: string; name: string; kind: string }[];
  jurisdictions: { code: string; name: string }[];
  actorKinds: string[];
  sourceTypes: { value: string; label: string }[];
  pinpointKinds: string[];
  limits: { title: number; text: number; sources: number };
  /** A form refused by /contribute/submit (posted without JavaScript): the fields as posted, and the errors. */
  initialValues?: [string, string][];
  initialErrors?: FieldError[];
}

interface SourceDraft {
  mode: 'existing' | 'new';
  existing: string;
  title: string;
  url: string;
  date: string;
  type: string;
  jurisdiction: string;
  pinpointKind: string;
  pinpointValue: string;
}

const KIND_LABELS: Record<Kind, string> = { position: 'A position (an answer to this question)', argument: 'An argument', fact: 'A fact', source: 'A source for this node' };
const RELATION_LABELS: Record<string, string> = {
  answers: 'answers the question',
  supports: 'supports it',
  opposes: 'opposes it',
  undercuts: 'undercuts it (attacks the reasoning, not the conclusion)',
  cites: 'is a source for it',
};

interface FieldError {
  field: string;
  message: string;
}

const blankSource = (pinpointKind: string): SourceDraft => ({ mode: 'existing', existing: '', title: '', url: '', date: '', type: '', jurisdiction: '', pinpointKind, pinpointValue: '' });

/** Input id for an API field path, so errors can link to the input they name. */
const idFor = (field: string) => 'f-' + field.replace(/[^a-zA-Z0-9]+/g, '-');

/** The form's starting state from a posted form (see initialValues); blank without one. */
function draftSources(v: Map<string, string>, pinpointKind: string): SourceDraft[] {
  const list: SourceDraft[] = [];
  for (let i = 0; v.has(`sources.${i}.mode`); i++) {
    const g = (k: string) => v.get(`sources.${i}.${k}`) ?? '';
    list.push({ mode: g('mode') === 'new' ? 'new' : 'existing', existing: g('existing'), title: g('title'), url: g('url'), date: g('date'), type: g('type'), jurisdiction: g('jurisdiction'), pinpointKind: g('pinpoint.kind') || pinpointKind, pinpointValue: g('pinpoint.value') });
  }
  return list.length ? list : [blankSource(pinpointKind)];
}

export function ContributeForm(props: ContributeFormProps) {
  const kinds = (Object.keys(props.relations) as Kind[]).filter((k) => props.relations[k]?.length);
  const v = new Map(props.initialValues ?? []);
  const initialKind = kinds.find((k) => k === v.get('kind')) ?? kinds[0] ?? 'source';
  const [kind, setKind] = useState<Kind>(initialKind);
  const [relation, setRelation] = useState(props.relations[initialKind]?.find((r) => r === v.get('relation')) ?? props.relations[initialKind]?.[0] ?? '');
  const [title, setTitle] = useState(v.get('title') ?? '');
  const [text, setText] = useState(v.get('text') ?? '');
  const [actor, setActor] = useState(v.get('advancedBy.actor') ?? '');
  const [actorName, setActorName] = useState(v.get('advancedBy.name') ?? '');
  const [actorKind, setActorKind] = useState(v.get('advancedBy.kind') ?? '');
  const [sources, setSources] = useState<SourceDraft[]>(() => draftSources(v, props.pinpointKinds[0] ?? 'paragraph'));
  const [coi, setCoi] = useState<'' | 'none' | 'declared'>(v.get('coi') === 'none' ? 'none' : v.get('coi') === 'declared' ? 'declared' : '');
  const [coiDetails, setCoiDetails] = useState(v.get('conflictOfInterest.details') ?? '');
  const [licence, setLicence] = useState(v.get('licence') === 'yes');
  const [name, setName] = useState(v.get('contributor.name') ?? '');
  const [email, setEmail] = useState(v.get('contributor.email') ?? '');
  const [website, setWebsite] = useState(v.get('website') ?? '');
  const [errors, setErrors] = useState<FieldError[]>(props.initialErrors ?? []);
  const [problem, setProblem] = useState('');
  const [sending, setSending] = useState(false);
  const [ready, setReady] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => setReady(true), []);
  useEffect(() => {
    if (errors.length || problem) summaryRef.current?.focus();
  }, [errors, problem]);

  const errorFor = (field: string) => errors.filter((e) => e.field === field || e.field.startsWith(field + '.'));
  const describe = (field: string) => (errorFor(field).length ? `${idFor(field)}-error` : undefined);
  const ErrorText = ({ field }: { field: string }) => {
    const list = errorFor(field);
    return list.length ? (
      // A span (shown as a block): it sits inside the field's <p>, where a <p> may not.
      <span className="field-error" id={`${idFor(field)}-error`}>
        {list.map((e) => e.message).join('; ')}
      </span>
    ) : null;
  };

  const chooseKind = (k: Kind) => {
    setKind(k);
    setRelation(props.relations[k]?.[0] ?? '');
  };
  const updateSource = (i: number, patch: Partial<SourceDraft>) => setSources((list) => list.map((s, j) => (j === i ? { ...s, ...patch } : s)));

  function buildBody() {
    const picked = props.actors.find((a) => a.id === actor);
    const trimmed = (s: string) => s.trim();
    return {
      target: props.target.id,
      kind,
      relation,
      ...(kind === 'source' ? {} : { title }),
      text,
      advancedBy: picked ? { kind: picked.kind, name: picked.name, actor: picked.id } : { kind: actorKind, name: actorName },
      sources: sources.map((s) => {
        const pinpoint = s.pinpointValue.trim() ? { kind: s.pinpointKind, value: trimmed(s.pinpointValue) } : undefined;
        return s.mode === 'existing'
          ? { existing: s.existing, ...(pinpoint ? { pinpoint } : {}) }
          : { title: s.title, url: trimmed(s.url), date: trimmed(s.date), type: s.type, jurisdiction: s.jurisdiction, pinpoint: pinpoint ?? { kind: s.pinpointKind, value: '' } };
      }),
      licence,
      conflictOfInterest: coi === 'declared' ? { declared: true, details: coiDetails } : { declared: coi === 'none' ? false : (null as unknown as boolean) },
      ...(name.trim() || email.trim() ? { contributor: { ...(name.trim() ? { name } : {}), ...(email.trim() ? { email: email.trim() } : {}) } } : {}),
      website,
    };
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSending(true);
    setProblem('');
    try {
      const res = await fetch('/api/contributions', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(buildBody()) });
      const body = await res.json().catch(() => ({}));
      if (res.status === 201 && typeof body.statusUrl === 'string') {
        window.location.assign(body.statusUrl);
        return;
      }
      const list: FieldError[] = Array.isArray(body.errors) ? body.errors : [];
      if (res.status === 400) setErrors(list);
      else {
        setErrors([]);
        setProblem(list[0]?.message ?? `The contribution could not be sent (HTTP ${res.status}).`);
      }
    } catch {
      setProblem('The contribution could not be sent: check your connection and try again.');
    } finally {
      setSending(false);
    }
  }

  const labelOf = (field: string) => {
    const top = field.split('.');
    if (top[0] === 'sources') return `Source ${Number(top[1] ?? 0) + 1}`;
    return { target: 'Target', kind: 'What you propose', relation: 'Relation', title: 'Title', text: 'Text', advancedBy: 'Who advances it', licence: 'Licence', conflictOfInterest: 'Conflict of interest', contributor: 'About you', website: 'Leave empty' }[top[0]!] ?? field;
  };
  const anchorFor = (field: string) => {
    const [top, index, sub] = field.split('.');
    if (top === 'sources' && index !== undefined) return idFor(`sources.${index}.${sub === 'pinpoint' ? 'pinpoint.value' : (sub ?? 'existing')}`);
    if (top === 'advancedBy') return idFor(actor ? 'advancedBy.actor' : 'advancedBy.name');
    if (top === 'conflictOfInterest') return coi === 'declared' ? idFor('conflictOfInterest.details') : 'f-coi-none';
    if (top === 'contributor') return idFor(field === 'contributor.email' ? 'contributor.email' : 'contributor.name');
    return idFor(top ?? field);
  };

  return (
    // Without JavaScript the browser posts the form itself to /contribute/submit (every input is named, and every
    // optional part is shown until the page is interactive); with it, submit() sends JSON to the API.
    <form className="contribute-form" method="post" action="/contribute/submit" onSubmit={submit} noValidate data-ready={ready ? 'true' : undefined}>
      <input type="hidden" name="form" value="contribution" />
      <input type="hidden" name="target" value={props.target.id} />
      <div ref={summaryRef} id="errors" tabIndex={-1} className={errors.length || problem ? 'error-summary' : undefined} role={errors.length || problem ? 'alert' : undefined}>
        {problem ? <p>{problem}</p> : null}
        {errors.length ? (
          <>
            <p>
              <strong>Please correct {errors.length === 1 ? 'this field' : `these ${errors.length} fields`}:</strong>
            </p>
            <ul>
              {errors.map((e, i) => (
                <li key={i}>
                  <a href={`#${anchorFor(e.field)}`}>
                    {labelOf(e.field)}: {e.message}
                  </a>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>

      <fieldset>
        <legend>What do you propose?</legend>
        {kinds.map((k) => (
          <label key={k} className="choice">
            <input type="radio" name="kind" id={k === kinds[0] ? idFor('kind') : undefined} value={k} checked={kind === k} onChange={() => chooseKind(k)} /> {KIND_LABELS[k]}
          </label>
        ))}
        <ErrorText field="kind" />
      </fieldset>

      {(props.relations[kind]?.length ?? 0) > 1 ? (
        <p>
          <label htmlFor={idFor('relation')}>How it relates to “{props.target.title}”</label>
          <select id={idFor('relation')} name="relation" value={relation} onChange={(e) => setRelation(e.target.value)} aria-describedby={describe('relation')}>
            {props.relations[kind]!.map((r) => (
              <option key={r} value={r}>
                It {RELATION_LABELS[r] ?? r}
              </option>
            ))}
          </select>
          <ErrorText field="relation" />
        </p>
      ) : (
        <p className="muted small">
          It {RELATION_LABELS[relation] ?? relation}.<input type="hidden" name="relation" value={relation} />
        </p>
      )}

      {kind !== 'source' ? (
        <p>
          <label htmlFor={idFor('title')}>Short title (as it would appear on the map)</label>
          <input id={idFor('title')} name="title" value={title} maxLength={props.limits.title} onChange={(e) => setTitle(e.target.value)} aria-describedby={describe('title')} aria-invalid={errorFor('title').length ? true : undefined} />
          <ErrorText field="title" />
        </p>
      ) : null}
      <p>
        <label htmlFor={idFor('text')}>{kind === 'source' ? 'What this source shows for the node' : 'The full statement, in your own words'}</label>
        <textarea id={idFor('text')} name="text" value={text} rows={6} maxLength={props.limits.text} onChange={(e) => setText(e.target.value)} aria-describedby={describe('text')} aria-invalid={errorFor('text').length ? true : undefined} />
        <ErrorText field="text" />
      </p>

      <fieldset>
        <legend>Who advances it</legend>
        <p>
          <label htmlFor={idFor('advancedBy.actor')}>Someone already in the map</label>
          <select id={idFor('advancedBy.actor')} name="advancedBy.actor" value={actor} onChange={(e) => setActor(e.target.value)} aria-describedby={describe('advancedBy.actor')}>
            <option value="">Someone else (describe below)</option>
            {props.actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name} ({a.kind})
              </option>
            ))}
          </select>
        </p>
        {actor === '' || !ready ? (
          <div className="row">
            <p>
              <label htmlFor={idFor('advancedBy.name')}>Name (a court, a party, an author…)</label>
              <input id={idFor('advancedBy.name')} name="advancedBy.name" value={actorName} onChange={(e) => setActorName(e.target.value)} aria-describedby={describe('advancedBy.name')} />
              <ErrorText field="advancedBy.name" />
            </p>
            <p>
              <label htmlFor={idFor('advancedBy.kind')}>Which kind</label>
              <select id={idFor('advancedBy.kind')} name="advancedBy.kind" value={actorKind} onChange={(e) => setActorKind(e.target.value)} aria-describedby={describe('advancedBy.kind')}>
                <option value="">Choose…</option>
                {props.actorKinds.map((k) => (
                  <option key={k} value={k}>
                    {k}
                  </option>
                ))}
              </select>
              <ErrorText field="advancedBy.kind" />
            </p>
          </div>
        ) : null}
        {errorFor('advancedBy').length && !errorFor('advancedBy.name').length && !errorFor('advancedBy.kind').length ? <ErrorText field="advancedBy" /> : null}
      </fieldset>

      <fieldset>
        <legend>Sources (at least one)</legend>
        <ErrorText field="sources" />
        {sources.map((s, i) => {
          const f = (sub: string) => `sources.${i}.${sub}`;
          return (
            <fieldset key={i} className="source-draft">
              <legend>Source {i + 1}</legend>
              <label className="choice">
                <input type="radio" name={f('mode')} value="existing" checked={s.mode === 'existing'} onChange={() => updateSource(i, { mode: 'existing' })} disabled={props.sources.length === 0} /> A source already in the map
              </label>
              <label className="choice">
                <input type="radio" name={f('mode')} value="new" checked={s.mode === 'new'} onChange={() => updateSource(i, { mode: 'new' })} /> A new source
              </label>
              {s.mode === 'existing' || !ready ? (
                <p>
                  <label htmlFor={idFor(f('existing'))}>Source</label>
                  <select id={idFor(f('existing'))} name={f('existing')} value={s.existing} onChange={(e) => updateSource(i, { existing: e.target.value })} aria-describedby={describe(f('existing'))}>
                    <option value="">Choose a source…</option>
                    {props.sources.map((src) => (
                      <option key={src.id} value={src.id}>
                        {src.title} ({src.date})
                      </option>
                    ))}
                  </select>
                  <ErrorText field={f('existing')} />
                </p>
              ) : null}
              {s.mode === 'new' || !ready ? (
                <>
                  <p>
                    <label htmlFor={idFor(f('title'))}>Title</label>
                    <input id={idFor(f('title'))} name={f('title')} value={s.title} onChange={(e) => updateSource(i, { title: e.target.value })} aria-describedby={describe(f('title'))} />
                    <ErrorText field={f('title')} />
                  </p>
                  <p>
                    <label htmlFor={idFor(f('url'))}>Web address (http or https)</label>
                    <input id={idFor(f('url'))} name={f('url')} type="url" inputMode="url" value={s.url} onChange={(e) => updateSource(i, { url: e.target.value })} aria-describedby={describe(f('url'))} />
                    <ErrorText field={f('url')} />
                  </p>
                  <div className="row">
                    <p>
                      <label htmlFor={idFor(f('date'))}>Date (YYYY-MM-DD, or YYYY-MM / YYYY)</label>
                      <input id={idFor(f('date'))} name={f('date')} value={s.date} placeholder="2024-04-30" onChange={(e) => updateSource(i, { date: e.target.value })} aria-describedby={describe(f('date'))} />
                      <ErrorText field={f('date')} />
                    </p>
                    <p>
                      <label htmlFor={idFor(f('type'))}>Type</label>
                      <select id={idFor(f('type'))} name={f('type')} value={s.type} onChange={(e) => updateSource(i, { type: e.target.value })} aria-describedby={describe(f('type'))}>
                        <option value="">Choose…</option>
                        {props.sourceTypes.map((t) => (
                          <option key={t.value} value={t.value}>
                            {t.label}
                          </option>
                        ))}
                      </select>
                      <ErrorText field={f('type')} />
                    </p>
                    <p>
                      <label htmlFor={idFor(f('jurisdiction'))}>Jurisdiction</label>
                      <select id={idFor(f('jurisdiction'))} name={f('jurisdiction')} value={s.jurisdiction} onChange={(e) => updateSource(i, { jurisdiction: e.target.value })} aria-describedby={describe(f('jurisdiction'))}>
                        <option value="">Choose…</option>
                        {props.jurisdictions.map((j) => (
                          <option key={j.code} value={j.code}>
                            {j.name} ({j.code})
                          </option>
                        ))}
                      </select>
                      <ErrorText field={f('jurisdiction')} />
                    </p>
                  </div>
                </>
              ) : null}
              <div className="row">
                <p>
                  <label htmlFor={idFor(f('pinpoint.kind'))}>Pinpoint{s.mode === 'existing' ? ' (optional)' : ''}</label>
                  <select id={idFor(f('pinpoint.kind'))} name={f('pinpoint.kind')} value={s.pinpointKind} onChange={(e) => updateSource(i, { pinpointKind: e.target.value })}>
                    {props.pinpointKinds.map((k) => (
                      <option key={k} value={k}>
                        {k}
                      </option>
                    ))}
                  </select>
                </p>
                <p>
                  <label htmlFor={idFor(f('pinpoint.value'))}>Number or range (e.g. 119, 71-75)</label>
                  <input id={idFor(f('pinpoint.value'))} name={f('pinpoint.value')} value={s.pinpointValue} onChange={(e) => updateSource(i, { pinpointValue: e.target.value })} aria-describedby={describe(f('pinpoint'))} />
                  <ErrorText field={f('pinpoint')} />
                </p>
              </div>
              {errors
                .filter((e) => e.field === `sources.${i}`)
                .map((e, k) => (
                  <p key={k} className="field-error">
                    {e.message}
                  </p>
                ))}
              {sources.length > 1 ? (
                <button type="button" className="secondary" onClick={() => setSources((list) => list.filter((_, j) => j !== i))}>
                  Remove source {i + 1}
                </button>
              ) : null}
            </fieldset>
          );
        })}
        {sources.length < props.limits.sources ? (
          <button type="button" className="secondary" onClick={() => setSources((list) => [...list, blankSource(props.pinpointKinds[0] ?? 'paragraph')])}>
            Add another source
          </button>
        ) : null}
      </fieldset>

      <fieldset>
        <legend>Conflict of interest</legend>
        <label className="choice">
          <input type="radio" name="coi" value="none" id="f-coi-none" checked={coi === 'none'} onChange={() => setCoi('none')} /> I have no conflict of interest
        </label>
        <label className="choice">
          <input type="radio" name="coi" value="declared" checked={coi === 'declared'} onChange={() => setCoi('declared')} /> I have one (for example: I act in a case about this)
        </label>
        {coi === 'declared' || !ready ? (
          <p>
            <label htmlFor={idFor('conflictOfInterest.details')}>What it is</label>
            <textarea id={idFor('conflictOfInterest.details')} name="conflictOfInterest.details" rows={2} value={coiDetails} onChange={(e) => setCoiDetails(e.target.value)} aria-describedby={describe('conflictOfInterest')} />
          </p>
        ) : null}
        <ErrorText field="conflictOfInterest" />
      </fieldset>

      <fieldset>
        <legend>About you (optional)</legend>
        <div className="row">
          <p>
            <label htmlFor={idFor('contributor.name')}>Your name (shown with the contribution)</label>
            <input id={idFor('contributor.name')} name="contributor.name" value={name} autoComplete="name" onChange={(e) => setName(e.target.value)} aria-describedby={describe('contributor.name')} />
            <ErrorText field="contributor.name" />
          </p>
          <p>
            <label htmlFor={idFor('contributor.email')}>Your email (never published; for moderators’ questions)</label>
            <input id={idFor('contributor.email')} name="contributor.email" type="email" value={email} autoComplete="email" onChange={(e) => setEmail(e.target.value)} aria-describedby={describe('contributor.email')} />
            <ErrorText field="contributor.email" />
          </p>
        </div>
      </fieldset>

      <p className="hp">
        <label htmlFor={idFor('website')}>Leave this field empty</label>
        <input id={idFor('website')} name="website" tabIndex={-1} autoComplete="off" value={website} onChange={(e) => setWebsite(e.target.value)} />
      </p>

      <p>
        <label className="choice">
          <input type="checkbox" id={idFor('licence')} name="licence" value="yes" checked={licence} onChange={(e) => setLicence(e.target.checked)} aria-describedby={describe('licence')} /> I agree to publish my contribution under{' '}
          <a href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0</a>, and the sources I give are real and say what I claim.
        </label>
        <ErrorText field="licence" />
      </p>
      <p>
        <button type="submit" disabled={sending}>
          {sending ? 'Sending…' : 'Send for review'}
        </button>
      </p>
    </form>
  );
}
