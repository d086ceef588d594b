/**
 * What a contribution must contain, and the checks against the loaded corpus.
 * Every problem is reported as { field, message } with the field as a dotted path
 * ("sources.0.url"), so the form and API clients can point at the exact input.
 * Text is plain text: it is stored as given (trimmed, NFC) and always rendered escaped.
 */
import { z } from 'zod';
import { ACTOR_KINDS, Id, JurisdictionCode, PINPOINT_KINDS, Pinpoint, SOURCE_TYPES, type NodeKind } from '@/lib/model/schema';
import { isCalendarDate } from '@/lib/model/dates';

export const CONTRIBUTION_KINDS = ['position', 'argument', 'fact', 'source'] as const;
export type ContributionKind = (typeof CONTRIBUTION_KINDS)[number];

/** The relation a contribution of each kind may take to a target of each kind ("cites" = a new source for the node). */
export const ALLOWED_RELATIONS: Record<ContributionKind, Partial<Record<NodeKind, readonly string[]>>> = {
  position: { question: ['answers'] },
  argument: { position: ['supports', 'opposes'], argument: ['supports', 'opposes', 'undercuts'] },
  fact: { position: ['supports', 'opposes'], argument: ['supports', 'opposes'] },
  source: { question: ['cites'], position: ['cites'], argument: ['cites'], fact: ['cites'] },
};

export const LIMITS = {
  title: { min: 3, max: 90 },
  text: { min: 10, max: 4000 },
  name: { max: 200 },
  coi: { max: 1000 },
  sources: { max: 5 },
  sourceTitle: { min: 3, max: 300 },
  url: { max: 2000 },
  email: { max: 254 },
  /** The largest request body the API reads, in bytes. */
  bodyBytes: 32 * 1024,
} as const;

// Control characters other than tab and newlines have no place in prose and can hide content.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * Characters that are invisible or reorder what is shown: zero-width spaces and joiners, the
 * byte-order mark, bidirectional controls and tag characters. In a name or a claim they can make
 * two texts look alike or hide words, so they are refused with the field named (not silently
 * removed: what is stored is what the contributor sent).
 */
export const INVISIBLE = /[\u061C\u115F\u1160\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFEFF\uFFA0\u{E0000}-\u{E007F}]/u;

const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'gu');

/**
 * Stored text made safe to show: rows written before these checks may hold lone surrogates or
 * invisible characters. A lone surrogate becomes U+FFFD (as the browser would show it) and the
 * invisible characters go, so server and browser render the same string.
 */
export function displayText(s: string): string {
  return s.toWellFormed().replace(INVISIBLE_ALL, '');
}

/** JSON.parse reviver applying displayText to every string of a stored record. */
export function displayReviver(_key: string, value: unknown): unknown {
  return typeof value === 'string' ? displayText(value) : value;
}

function describeInvisible(s: string): string {
  const ch = INVISIBLE.exec(s)?.[0] ?? '';
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

export function plainText(min: number, max: number, what: string) {
  return z
    .string({ error: `${what} must be text` })
    .transform((s) => s.normalize('NFC').trim())
    .pipe(
      z
        .string()
        .min(min, min <= 1 ? `${what} is required` : `${what} must be at least ${min} characters`)
        .max(max, `${what} must be at most ${max} characters`)
        .refine((s) => !CONTROL.test(s), `${what} contains control characters`)
        .refine((s) => !INVISIBLE.test(s), { error: (issue) => `${what} contains an invisible or direction-changing character (${describeInvisible(String(issue.input))}); remove it` }),
    );
}

const optionalText = (max: number, what: string) => plainText(0, max, what).optional();

/** A URL a contributor gives: one of `protocols`, with a host and without credentials. */
export function contributedUrl(protocols: readonly ('https:' | 'http:')[], example: string) {
  return z
    .string({ error: 'must be a URL' })
    .trim()
    .max(LIMITS.url.max, `URLs must be at most ${LIMITS.url.max} characters`)
    .refine((u) => {
      try {
        const parsed = new URL(u);
        return protocols.includes(parsed.protocol as 'https:' | 'http:') && parsed.hostname.length > 0 && !parsed.username && !parsed.password;
      } catch {
        return false;
      }
    }, `must be an ${example} URL such as https://example.org/page`);
}

export const WebUrl = contributedUrl(['https:', 'http:'], 'http(s)');

export const FullOrPartialDate = z.string({ error: 'date must be text' }).trim().refine(isCalendarDate, 'date must be YYYY-MM-DD (or YYYY-MM / YYYY) and exist in the calendar');

export const PinpointInput = z.strictObject(
  {
    kind: z.enum(PINPOINT_KINDS, { error: `pinpoint kind must be one of ${PINPOINT_KINDS.join(', ')}` }),
    value: z.string({ error: 'pinpoint value must be text' }).trim().max(40, 'pinpoint value must be at most 40 characters').pipe(Pinpoint.shape.value),
  },
  { error: 'pinpoint must be an object with kind and value' },
);

export const ExistingSourceRef = z.strictObject({
  existing: z.string({ error: 'choose a source from the list' }).min(1, 'choose a source from the list').pipe(Id),
  pinpoint: PinpointInput.optional(),
});

export const NewSource = z.strictObject({
  title: plainText(LIMITS.sourceTitle.min, LIMITS.sourceTitle.max, 'source title'),
  url: WebUrl,
  date: FullOrPartialDate,
  type: z.enum(SOURCE_TYPES, { error: `source type must be one of ${SOURCE_TYPES.join(', ')}` }),
  jurisdiction: JurisdictionCode,
  pinpoint: PinpointInput,
});

const SourceRef = z.union([ExistingSourceRef, NewSource], {
  error: 'a source is either { existing, pinpoint? } naming a source in the map, or a new one with title, url, date, type, jurisdiction and pinpoint',
});

export const ContributionInput = z.strictObject(
  {
    target: Id,
    kind: z.enum(CONTRIBUTION_KINDS, { error: `kind must be one of ${CONTRIBUTION_KINDS.join(', ')}` }),
    relation: z.enum(['answers', 'supports', 'opposes', 'undercuts', 'cites'], { error: 'relation must be answers, supports, opposes, undercuts or cites' }),
    /** The short label (required for positions, arguments and facts; absent for a new source). */
    title: optionalText(LIMITS.title.max, 'title'),
    text: plainText(LIMITS.text.min, LIMITS.text.max, 'text'),
    advancedBy: z.strictObject(
      {
        kind: z.enum(ACTOR_KINDS, { error: `choose which kind of actor advances it (${ACTOR_KINDS.join(', ')})` }),
        name: plainText(2, LIMITS.name.max, 'the name of who advances it'),
        /** An actor already in the map, when the contributor picked one. */
        actor: Id.optional(),
      },
      { error: 'advancedBy must be an object with kind and name' },
    ),
    sources: z
      .array(SourceRef, { error: 'sources must be a list' })
      .min(1, 'at least one source is required')
      .max(LIMITS.sources.max, `at most ${LIMITS.sources.max} sources`),
    licence: z.literal(true, { error: 'you must agree to publish your contribution under CC BY-SA 4.0' }),
    conflictOfInterest: z.strictObject(
      {
        declared: z.boolean({ error: 'say whether you have a conflict of interest (true or false)' }),
        details: optionalText(LIMITS.coi.max, 'conflict-of-interest details'),
      },
      { error: 'conflictOfInterest must be an object with declared (true or false) and details' },
    ),
    contributor: z
      .strictObject(
        {
          name: optionalText(LIMITS.name.max, 'your name'),
          email: z.email({ error: 'email must be an address such as name@example.org' }).max(LIMITS.email.max).optional().or(z.literal('')),
        },
        { error: 'contributor must be an object with optional name and email' },
      )
      .optional(),
    /** Honeypot: hidden from people, filled in by naive bots. */
    website: z.string({ error: 'leave this field empty' }).max(0, 'leave this field empty').optional(),
  },
  { error: 'the body must be a JSON object' },
);

export type ContributionInput = z.infer<typeof ContributionInput>;
export type SourceRef = z.infer<typeof SourceRef>;
export type NewSource = z.infer<typeof NewSource>;

/** The stored form: the input without the honeypot. */
export type Submission = Omit<ContributionInput, 'website'>;

export interface FieldError {
  /** Dotted path into the JSON body ("sources.0.url"); "body" for the body as a whole. */
  field: string;
  message: string;
}

/** What the rules need from the map: the nodes, sources and actors that exist. */
export interface MapLookup {
  nodeKind(id: string): NodeKind | undefined;
  hasSource(id: string): boolean;
  hasActor(id: string): boolean;
}

export function fieldName(path: ReadonlyArray<PropertyKey>): string {
  // An empty key (possible in JSON) is shown as "" so the field is never nameless.
  return path.length ? path.map((p) => (String(p) === '' ? '""' : String(p))).join('.') : 'body';
}

export type Validated = { ok: true; value: Submission } | { ok: false; errors: FieldError[] };

/**
 * Strings (values and keys) that are not well-formed UTF-16: a lone surrogate, which JSON allows
 * as an escape ("\\ud800") but which is no character. Stored, it would be shown differently by the
 * server and the browser (and break hydration), so it is refused with the field named.
 */
export function malformedText(raw: unknown, path: PropertyKey[] = [], out: FieldError[] = [], depth = 0): FieldError[] {
  if (out.length >= 20 || depth > 20) return out;
  const message = 'contains a lone surrogate (invalid Unicode): send well-formed text';
  if (typeof raw === 'string') {
    if (!raw.isWellFormed()) out.push({ field: fieldName(path), message });
  } else if (Array.isArray(raw)) {
    raw.forEach((v, i) => malformedText(v, [...path, i], out, depth + 1));
  } else if (isRecord(raw)) {
    for (const [k, v] of Object.entries(raw)) {
      if (!k.isWellFormed()) out.push({ field: fieldName([...path, k.toWellFormed()]), message: `the field name ${message}` });
      else malformedText(v, [...path, k], out, depth + 1);
    }
  }
  return out;
}

export function validateContribution(raw: unknown, map: MapLookup): Validated {
  const malformed = malformedText(raw);
  if (malformed.length) return { ok: false, errors: malformed };
  const parsed = ContributionInput.safeParse(raw);
  if (!parsed.success) {
    const errors = parsed.error.issues.flatMap(issueToErrors);
    // Report a missing title with the other problems, not only once they are fixed.
    if (isRecord(raw) && raw.kind !== 'source' && (raw.title === undefined || (typeof raw.title === 'string' && raw.title.trim() === '')) && !errors.some((e) => e.field === 'title')) {
      errors.push(missingTitle(typeof raw.kind === 'string' ? raw.kind : 'contribution'));
    }
    return { ok: false, errors: dedupe(errors) };
  }
  const { website: _honeypot, ...value } = parsed.data;
  const errors: FieldError[] = [];
  const targetKind = map.nodeKind(value.target);
  if (!targetKind) errors.push({ field: 'target', message: `there is no node "${value.target}" in the map` });
  else {
    const allowed = ALLOWED_RELATIONS[value.kind][targetKind] ?? [];
    if (allowed.length === 0) errors.push({ field: 'kind', message: `a ${value.kind} cannot be attached to a ${targetKind}` });
    else if (!allowed.includes(value.relation)) errors.push({ field: 'relation', message: `a ${value.kind} on a ${targetKind} must be one of: ${allowed.join(', ')}` });
  }
  if (value.kind !== 'source' && !value.title) errors.push(missingTitle(value.kind));
  if (value.title !== undefined && value.title.length > 0 && value.title.length < LIMITS.title.min) errors.push({ field: 'title', message: `title must be at least ${LIMITS.title.min} characters` });
  if (value.advancedBy.actor && !map.hasActor(value.advancedBy.actor)) errors.push({ field: 'advancedBy.actor', message: `there is no actor "${value.advancedBy.actor}" in the map` });
  value.sources.forEach((s, i) => {
    if ('existing' in s && !map.hasSource(s.existing)) errors.push({ field: `sources.${i}.existing`, message: `there is no source "${s.existing}" in the map` });
  });
  if (value.conflictOfInterest.declared && !value.conflictOfInterest.details) {
    errors.push({ field: 'conflictOfInterest.details', message: 'you declared a conflict of interest: say what it is (e.g. "I act in a case about this")' });
  }
  if (value.contributor?.email === '') delete value.contributor.email;
  return errors.length ? { ok: false, errors } : { ok: true, value };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function missingTitle(kind: string): FieldError {
  return { field: 'title', message: `a ${CONTRIBUTION_KINDS.includes(kind as ContributionKind) ? kind : 'contribution'} needs a short title (${LIMITS.title.min}–${LIMITS.title.max} characters)` };
}

function issueToErrors(issue: z.core.$ZodIssue): FieldError[] {
  if (issue.code === 'unrecognized_keys') return issue.keys.map((k) => ({ field: fieldName([...issue.path, k]), message: 'unknown field' }));
  return [{ field: fieldName(issue.path), message: issue.message }];
}

function dedupe(errors: FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const k = `${e.field}\u0000${e.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
