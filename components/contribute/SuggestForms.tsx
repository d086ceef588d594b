/**
 * The "suggest a pinpoint" and "propose a ruling" forms: plain HTML forms posted to
 * /contribute/submit, so they work with or without JavaScript. After a refused post they are shown
 * again with what was typed (`values`) and each error beside its field, plus a summary at the top
 * linking to the fields. Everything typed is rendered as text.
 */
import type { FieldError } from '@/lib/store/rules';
import type { ReactNode } from 'react';
import { fieldId } from '@/lib/store/form-http';

export type FormValues = ReadonlyMap<string, string>;

const errorsFor = (errors: FieldError[], field: string) => errors.filter((e) => e.field === field || e.field.startsWith(field + '.'));

/** Props for an input: its id, name, kept value, and the error it is described by. */
function bind(field: string, values: FormValues, errors: FieldError[]) {
  const invalid = errorsFor(errors, field).length > 0;
  return {
    id: fieldId(field),
    name: field,
    defaultValue: values.get(field) ?? '',
    'aria-describedby': invalid ? `${fieldId(field)}-error` : undefined,
    'aria-invalid': invalid ? true : undefined,
  };
}

export function FieldErrorText({ field, errors }: { field: string; errors: FieldError[] }) {
  const list = errorsFor(errors, field);
  return list.length ? (
    // A span (shown as a block): it sits inside the field's <p>, where a <p> may not.
    <span className="field-error" id={`${fieldId(field)}-error`}>
      {list.map((e) => e.message).join('; ')}
    </span>
  ) : null;
}

type FieldControl =
  | { control?: 'input'; type?: 'url' | 'email'; inputMode?: 'url'; placeholder?: string; maxLength?: number; autoComplete?: string }
  | { control: 'textarea'; rows: number }
  | { control: 'select'; options: readonly { value: string; label: string }[]; choose?: boolean; defaultValue?: string };

/**
 * One labelled field of a posted form: the label, the input (text, textarea or select) bound to its
 * kept value and error, and the error beside it. Every row of these forms is one of these.
 */
function Field({ name, label, values, errors, ...control }: { name: string; label: ReactNode; values: FormValues; errors: FieldError[] } & FieldControl) {
  const bound = bind(name, values, errors);
  let input: ReactNode;
  if (control.control === 'textarea') input = <textarea rows={control.rows} {...bound} />;
  else if (control.control === 'select')
    input = (
      <select {...bound} {...(control.defaultValue !== undefined ? { defaultValue: values.get(name) ?? control.defaultValue } : {})}>
        {control.choose === false ? null : <option value="">Choose…</option>}
        {control.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  else {
    const { control: _input, ...attributes } = control;
    input = <input {...attributes} {...bound} />;
  }
  return (
    <p>
      <label htmlFor={fieldId(name)}>{label}</label>
      {input}
      <FieldErrorText field={name} errors={errors} />
    </p>
  );
}

/** The errors at the top of a form, each linking to its field. `anchor` maps an error's field to the input that shows it. */
export function ErrorSummary({ errors, labels, anchor = (f) => f }: { errors: FieldError[]; labels: Record<string, string>; anchor?: (field: string) => string }) {
  if (!errors.length) return null;
  return (
    <div className="error-summary" id="errors" role="alert" tabIndex={-1}>
      <p>
        <strong>Please correct {errors.length === 1 ? 'this field' : `these ${errors.length} fields`}:</strong>
      </p>
      <ul>
        {errors.map((e, i) => (
          <li key={i}>
            <a href={`#${fieldId(anchor(e.field))}`}>
              {labels[e.field] ?? labels[e.field.split('.')[0]!] ?? e.field}: {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

const aboutLabels = { licence: 'Licence', conflictOfInterest: 'Conflict of interest', 'conflictOfInterest.declared': 'Conflict of interest', 'conflictOfInterest.details': 'Conflict of interest', 'contributor.name': 'Your name', 'contributor.email': 'Your email', website: 'Leave empty' };

const aboutAnchor = (field: string) => (field === 'conflictOfInterest' || field === 'conflictOfInterest.declared' ? 'coi-none' : field === 'contributor' ? 'contributor.name' : field);

/** Conflict of interest, who you are, the honeypot and the licence: the same in every form. */
function AboutYou({ values, errors }: { values: FormValues; errors: FieldError[] }) {
  const coi = values.get('coi');
  const coiInvalid = errorsFor(errors, 'conflictOfInterest').length > 0;
  return (
    <>
      <fieldset aria-describedby={coiInvalid ? `${fieldId('conflictOfInterest')}-error` : undefined}>
        <legend>Conflict of interest</legend>
        <label className="choice">
          <input type="radio" name="coi" id={fieldId('coi-none')} value="none" defaultChecked={coi === 'none'} /> I have no conflict of interest
        </label>
        <label className="choice">
          <input type="radio" name="coi" value="declared" defaultChecked={coi === 'declared'} /> I have one (for example: I act in a case about this)
        </label>
        <p>
          <label htmlFor={fieldId('conflictOfInterest.details')}>If you have one, what it is</label>
          <textarea rows={2} {...bind('conflictOfInterest.details', values, errors)} />
        </p>
        <FieldErrorText field="conflictOfInterest" errors={errors} />
      </fieldset>
      <fieldset>
        <legend>About you (optional)</legend>
        <div className="row">
          <Field name="contributor.name" label="Your name (shown with the contribution)" autoComplete="name" values={values} errors={errors} />
          <Field name="contributor.email" label="Your email (never published; for moderators’ questions)" type="email" autoComplete="email" values={values} errors={errors} />
        </div>
      </fieldset>
      <p className="hp">
        <label htmlFor={fieldId('website')}>Leave this field empty</label>
        <input tabIndex={-1} autoComplete="off" {...bind('website', values, errors)} />
      </p>
      <p>
        <label className="choice">
          <input type="checkbox" id={fieldId('licence')} name="licence" value="yes" defaultChecked={values.get('licence') === 'yes'} aria-describedby={errorsFor(errors, 'licence').length ? `${fieldId('licence')}-error` : undefined} /> I agree
          to publish my contribution under <a href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0</a>, and what I give is real and says what I claim.
        </label>
        <FieldErrorText field="licence" errors={errors} />
      </p>
    </>
  );
}

export interface PinpointFormProps {
  /** The node (with `citation`) or the holding the pinpoint is for. */
  target: string;
  citation?: number;
  /** Where it goes, in words: "citation 2 (Source title) on Node title", or the holding's ruling. */
  place: string;
  pinpointKinds: readonly string[];
  values?: FormValues;
  errors?: FieldError[];
}

export function SuggestPinpointForm({ target, citation, place, pinpointKinds, values = new Map(), errors = [] }: PinpointFormProps) {
  const labels = { ...aboutLabels, target: 'Where it goes', citation: 'Citation', pinpoint: 'Pinpoint', 'pinpoint.kind': 'Pinpoint kind', 'pinpoint.value': 'Paragraph or page', excerpt: 'The words it points at', seenAt: 'Where you read them' };
  return (
    <form method="post" action="/contribute/submit" className="contribute-form" noValidate>
      <ErrorSummary errors={errors} labels={labels} anchor={(f) => (f === 'pinpoint' ? 'pinpoint.value' : f === 'target' || f === 'citation' ? 'pinpoint.kind' : aboutAnchor(f))} />
      {errors.some((e) => e.field === 'target' || e.field === 'citation') ? (
        <p className="field-error">{errors.filter((e) => e.field === 'target' || e.field === 'citation').map((e) => e.message).join('; ')}</p>
      ) : null}
      <input type="hidden" name="form" value="pinpoint" />
      <input type="hidden" name="target" value={target} />
      {citation !== undefined ? <input type="hidden" name="citation" value={String(citation)} /> : null}
      <p>
        For <span className="user-text">{place}</span>.
      </p>
      <div className="row">
        <Field name="pinpoint.kind" label="Paragraph or page" control="select" choose={false} defaultValue="paragraph" options={pinpointKinds.map((k) => ({ value: k, label: k }))} values={values} errors={errors} />
        <p>
          <label htmlFor={fieldId('pinpoint.value')}>Number or range (e.g. 119, 71-75)</label>
          <input {...bind('pinpoint.value', values, errors)} maxLength={40} />
          <FieldErrorText field="pinpoint.value" errors={errors} />
          {errors.some((e) => e.field === 'pinpoint') ? <FieldErrorText field="pinpoint" errors={errors.filter((e) => e.field === 'pinpoint')} /> : null}
        </p>
      </div>
      <Field name="excerpt" label="The words it points at, exactly as written there (at most 40 words, in the source’s language)" control="textarea" rows={3} values={values} errors={errors} />
      <Field name="seenAt" label="Where you read them (an https web address: the judgment, or a faithful full-text copy)" type="url" inputMode="url" values={values} errors={errors} />
      <AboutYou values={values} errors={errors} />
      <p>
        <button type="submit">Send for review</button>
      </p>
    </form>
  );
}

export interface RulingFormProps {
  question: { id: string; title: string };
  answers: { id: string; label: string; meaning?: string }[];
  courts: { id: string; label: string }[];
  types: readonly string[];
  dispositions: { value: string; label: string; meaning: string }[];
  values?: FormValues;
  errors?: FieldError[];
}

export function ProposeRulingForm({ question, answers, courts, types, dispositions, values = new Map(), errors = [] }: RulingFormProps) {
  const labels = {
    ...aboutLabels,
    target: 'Question',
    court: 'Court',
    type: 'Kind of ruling',
    date: 'Date',
    identifiers: 'Identifiers',
    'identifiers.ecli': 'ECLI',
    'identifiers.caseNumbers': 'Case numbers',
    'identifiers.neutralCitation': 'Neutral citation',
    url: 'Official web address',
    answer: 'Answer',
    notReached: 'Why not reached',
    disposition: 'What the court pronounced',
    dispositionNote: 'What the court did',
    summary: 'Summary',
  };
  const anchor = (f: string) => (f === 'identifiers' ? 'identifiers.ecli' : f.startsWith('identifiers.caseNumbers') ? 'identifiers.caseNumbers' : f === 'target' ? 'answer' : aboutAnchor(f));
  return (
    <form method="post" action="/contribute/submit" className="contribute-form" noValidate>
      <ErrorSummary errors={errors} labels={labels} anchor={anchor} />
      <input type="hidden" name="form" value="ruling" />
      <input type="hidden" name="target" value={question.id} />
      <FieldErrorText field="target" errors={errors} />
      <div className="row">
        <Field name="court" label="Court" control="select" options={courts.map((c) => ({ value: c.id, label: c.label }))} values={values} errors={errors} />
        <Field name="type" label="Kind of ruling" control="select" options={types.map((t) => ({ value: t, label: t }))} values={values} errors={errors} />
        <Field name="date" label="Date (YYYY-MM-DD)" placeholder="2024-04-30" values={values} errors={errors} />
      </div>
      <fieldset aria-describedby={errors.some((e) => e.field === 'identifiers') ? `${fieldId('identifiers')}-error` : undefined}>
        <legend>Identifiers (at least one)</legend>
        {errors.some((e) => e.field === 'identifiers') ? <FieldErrorText field="identifiers" errors={errors.filter((e) => e.field === 'identifiers')} /> : null}
        <Field name="identifiers.ecli" label="ECLI (e.g. ECLI:EU:C:2024:372)" values={values} errors={errors} />
        <Field name="identifiers.caseNumbers" label="Case numbers, one per line" control="textarea" rows={2} values={values} errors={errors} />
        <Field name="identifiers.neutralCitation" label="Neutral citation (e.g. [2021] EWCA Crim 128)" values={values} errors={errors} />
      </fieldset>
      <Field name="url" label="Official web address of the ruling (https)" type="url" inputMode="url" values={values} errors={errors} />
      <Field name="answer" label={`Its answer to “${question.title}”`} control="select" options={answers.map((a) => ({ value: a.id, label: a.meaning ? `${a.label} — ${a.meaning}` : a.label }))} values={values} errors={errors} />
      <Field name="notReached" label="If it did not decide the question: why not" control="textarea" rows={2} values={values} errors={errors} />
      <div className="row">
        <Field name="disposition" label="What the court pronounced" control="select" options={dispositions.map((d) => ({ value: d.value, label: `${d.label} — ${d.meaning}` }))} values={values} errors={errors} />
        <Field name="dispositionNote" label="With “other”: what the court did" values={values} errors={errors} />
      </div>
      <Field name="summary" label="What it decided on this question, in your own words" control="textarea" rows={5} values={values} errors={errors} />
      <AboutYou values={values} errors={errors} />
      <p>
        <button type="submit">Send for review</button>
      </p>
    </form>
  );
}
