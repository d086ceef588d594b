/**
 * The contribution forms posted as plain HTML forms (application/x-www-form-urlencoded), so that
 * contributing works without JavaScript. The form becomes the same JSON body the API takes and is
 * checked by the same rules. On success: 303 to the status page. On errors: the form and its errors
 * are kept for an hour under a random id (form_drafts) and the browser is sent back (303) to
 * /contribute?draft=<id>, which shows the form again as typed with each error beside its field;
 * nothing typed ever goes into a URL. Checks in the API's order: origin (403), content type (415),
 * rate limit (429, the API's own buckets), size (413), encoding (400).
 */
import type { Store } from './db';
import { BodyTooLarge, hitSubmitLimits, readBody, type SubmitConfig } from './http';
import { isSameOrigin } from './origin';
import { submitContribution, newContributionId } from './contributions';
import type { FieldError, MapLookup } from './rules';
import { validateAnySubmission, type SuggestionLookup } from './suggestions';

/** Which form was posted (the hidden `form` field). */
export type FormName = 'contribution' | 'pinpoint' | 'ruling';

export interface FormDraft {
  /** The posted fields as [name, value] pairs, in order. */
  fields: [string, string][];
  errors: FieldError[];
}

const DRAFT_TTL_MS = 60 * 60 * 1000;
export const DRAFT_ID = /^[0-9a-f]{24}$/;

/** Input id for a field path, shared by every contribution form so an error can link to its input. */
export const fieldId = (field: string) => 'f-' + field.replace(/[^a-zA-Z0-9]+/g, '-');

function plain(status: number, message: string, headers: Record<string, string> = {}): Response {
  return new Response(message + '\n', { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers } });
}

function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { location, 'cache-control': 'no-store' } });
}

/** A form value, or undefined when absent or blank (for optional fields). */
function optional(form: URLSearchParams, key: string): string | undefined {
  const v = form.get(key);
  return v === null || v.trim() === '' ? undefined : v;
}

function common(form: URLSearchParams) {
  const coi = form.get('coi');
  const name = optional(form, 'contributor.name');
  const email = optional(form, 'contributor.email');
  return {
    licence: form.get('licence') === 'yes',
    // No choice made: `declared` is left out, so the rules name conflictOfInterest.declared.
    conflictOfInterest: coi === 'declared' ? { declared: true, details: optional(form, 'conflictOfInterest.details') } : coi === 'none' ? { declared: false } : {},
    ...(name || email ? { contributor: { ...(name ? { name } : {}), ...(email ? { email: email.trim() } : {}) } } : {}),
    website: form.get('website') ?? '',
  };
}

const pinpointOf = (form: URLSearchParams, prefix: string) => ({ kind: form.get(`${prefix}pinpoint.kind`) ?? '', value: form.get(`${prefix}pinpoint.value`) ?? '' });

/** The JSON body (as the API takes it) that a posted form stands for. */
export function formToBody(form: URLSearchParams, actorOf: (id: string) => { kind: string; name: string } | undefined = () => undefined): unknown {
  const which = form.get('form');
  const target = form.get('target') ?? '';
  if (which === 'pinpoint') {
    const citation = optional(form, 'citation');
    return {
      kind: 'pinpoint',
      target,
      ...(citation !== undefined ? { citation: /^\d{1,4}$/.test(citation) ? Number(citation) : citation } : {}),
      pinpoint: pinpointOf(form, ''),
      excerpt: form.get('excerpt') ?? '',
      seenAt: form.get('seenAt') ?? '',
      ...common(form),
    };
  }
  if (which === 'ruling') {
    const caseNumbers = (form.get('identifiers.caseNumbers') ?? '')
      .split(/\r?\n/)
      .map((s) => s.trim())
      .filter(Boolean);
    const ecli = optional(form, 'identifiers.ecli');
    const neutral = optional(form, 'identifiers.neutralCitation');
    return {
      kind: 'ruling',
      target,
      court: form.get('court') ?? '',
      type: form.get('type') ?? '',
      date: form.get('date') ?? '',
      identifiers: { ...(ecli ? { ecli } : {}), ...(caseNumbers.length ? { caseNumbers } : {}), ...(neutral ? { neutralCitation: neutral } : {}) },
      url: form.get('url') ?? '',
      answer: form.get('answer') ?? '',
      ...(optional(form, 'notReached') ? { notReached: form.get('notReached') } : {}),
      disposition: form.get('disposition') ?? '',
      ...(optional(form, 'dispositionNote') ? { dispositionNote: form.get('dispositionNote') } : {}),
      summary: form.get('summary') ?? '',
      ...common(form),
    };
  }
  // The contribution form: one source without JavaScript (more can be added with it).
  const kind = form.get('kind') ?? '';
  const actor = optional(form, 'advancedBy.actor');
  const sources: unknown[] = [];
  for (let i = 0; form.has(`sources.${i}.mode`); i++) {
    const pinpoint = pinpointOf(form, `sources.${i}.`);
    if (form.get(`sources.${i}.mode`) === 'new') {
      sources.push({
        title: form.get(`sources.${i}.title`) ?? '',
        url: form.get(`sources.${i}.url`) ?? '',
        date: form.get(`sources.${i}.date`) ?? '',
        type: form.get(`sources.${i}.type`) ?? '',
        jurisdiction: form.get(`sources.${i}.jurisdiction`) ?? '',
        pinpoint,
      });
    } else {
      sources.push({ existing: form.get(`sources.${i}.existing`) ?? '', ...(pinpoint.value.trim() ? { pinpoint } : {}) });
    }
  }
  return {
    target,
    kind,
    relation: form.get('relation') ?? '',
    ...(kind === 'source' && !optional(form, 'title') ? {} : { title: form.get('title') ?? '' }),
    text: form.get('text') ?? '',
    advancedBy: actor ? { kind: actorOf(actor)?.kind ?? '', name: actorOf(actor)?.name ?? '', actor } : { kind: form.get('advancedBy.kind') ?? '', name: form.get('advancedBy.name') ?? '' },
    sources,
    ...common(form),
  };
}

export async function saveDraft(store: Store, draft: FormDraft, now: Date): Promise<string> {
  const id = newContributionId();
  await store.db.deleteFrom('form_drafts').where('expires_at', '<', now.toISOString()).execute();
  await store.db
    .insertInto('form_drafts')
    .values({ id, created_at: now.toISOString(), expires_at: new Date(now.getTime() + DRAFT_TTL_MS).toISOString(), data: JSON.stringify(draft) })
    .execute();
  return id;
}

export async function loadDraft(store: Store, id: string, now: Date): Promise<FormDraft | undefined> {
  if (!DRAFT_ID.test(id)) return undefined;
  const row = await store.db.selectFrom('form_drafts').select('data').where('id', '=', id).where('expires_at', '>', now.toISOString()).executeTakeFirst();
  return row ? (JSON.parse(row.data) as FormDraft) : undefined;
}

/** POST /contribute/submit: a contribution form of any kind, posted without JavaScript. */
export async function handleContributionForm(request: Request, deps: { store: Store; map: MapLookup & SuggestionLookup; config: SubmitConfig; now?: () => Date; actorOf?: (id: string) => { kind: string; name: string } | undefined }): Promise<Response> {
  const now = (deps.now ?? (() => new Date()))();
  // A form post always carries Origin (or Sec-Fetch-Site) in a browser: one without either is refused.
  if (!isSameOrigin(request, { allowedOrigins: deps.config.allowedOrigins })) return plain(403, 'contributions must be posted from this site (cross-origin request refused)');
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') return plain(415, 'send the form as application/x-www-form-urlencoded');
  const decision = await hitSubmitLimits(request, deps.store, deps.config, now.getTime());
  if (!decision.allowed) return plain(429, `too many contributions: try again in ${decision.retryAfter} s`, { 'retry-after': String(decision.retryAfter) });
  let form: URLSearchParams;
  try {
    form = new URLSearchParams(new TextDecoder('utf-8', { fatal: true }).decode(await readBody(request, deps.config.maxBodyBytes)));
  } catch (e) {
    if (e instanceof BodyTooLarge) return plain(413, `the form is larger than ${deps.config.maxBodyBytes} bytes`);
    return plain(400, 'the form could not be read as UTF-8');
  }
  const result = validateAnySubmission(formToBody(form, deps.actorOf), deps.map);
  if (!result.ok) {
    const id = await saveDraft(deps.store, { fields: [...form.entries()], errors: result.errors }, now);
    return seeOther(`/contribute?draft=${id}#errors`);
  }
  const saved = await submitContribution(deps.store, result.value, now);
  return seeOther(`/contributions/${saved.id}`);
}
