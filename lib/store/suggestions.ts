/**
 * Two more kinds of contribution, where readers supply what the corpus is missing, through the same
 * table, moderation queue, audit log and status pages as the others:
 * - "pinpoint": the paragraph or page a citation or holding points at, the words found there and
 *   where they were read (for citations and holdings that have an "unpinned" reason instead);
 * - "ruling": a ruling the corpus lacks, with its court, date, identifiers, official URL and what it
 *   decided on one question (an answer from that question's vocabulary), for curators to promote.
 * Errors are { field, message } with dotted paths, as for the other kinds (rules.ts).
 */
import { z } from 'zod';
import { DISPOSITIONS, ECLI_PATTERN, Id, NOT_REACHED } from '@/lib/model/schema';
import { isCalendarDate } from '@/lib/model/dates';
import { CONTRIBUTION_KINDS, ContributionInput, contributedUrl, PinpointInput, fieldName, malformedText, plainText, validateContribution, type FieldError, type MapLookup, type Submission, type Validated } from './rules';

/** What a ruling's court pronounced: the holding model's vocabulary. */
export const RULING_DISPOSITIONS = DISPOSITIONS;

/** The source types a ruling can have. */
export const RULING_TYPES = ['judgment', 'decision', 'opinion'] as const;

/** Why an approved proposal's holding has no pinpoint yet: nobody on the editing side has read it. */
export const PROPOSED_UNPINNED = 'proposed by a reader; pinpoint not yet checked';

export const SUGGESTION_LIMITS = {
  excerptWords: 40,
  excerptChars: 400,
  summary: { min: 10, max: 2000 },
  caseNumber: { max: 100 },
  caseNumbers: 5,
  note: { max: 200 },
  notReached: { min: 10, max: 500 },
} as const;

const HttpsOnly = contributedUrl(['https:'], 'https://');

const shared = {
  licence: ContributionInput.shape.licence,
  conflictOfInterest: ContributionInput.shape.conflictOfInterest,
  contributor: ContributionInput.shape.contributor,
  website: ContributionInput.shape.website,
};

export const PinpointSuggestionInput = z.strictObject(
  {
    kind: z.literal('pinpoint'),
    /** The node whose citation it is (with `citation`), or the holding (without). */
    target: Id,
    /** Index of the citation in the node's citations, counted from 0. */
    citation: z.number({ error: 'citation must be the number of a citation on the node' }).int('citation must be a whole number').min(0, 'citation must be 0 or more').optional(),
    pinpoint: PinpointInput,
    /** The words at that place, as read: a short verbatim excerpt. */
    excerpt: plainText(1, SUGGESTION_LIMITS.excerptChars, 'the words it points at').refine(
      (t) => t.split(/\s+/).length <= SUGGESTION_LIMITS.excerptWords,
      `the words it points at must be at most ${SUGGESTION_LIMITS.excerptWords} words`,
    ),
    /** Where the reader read them. */
    seenAt: HttpsOnly,
    ...shared,
  },
  { error: 'the body must be a JSON object' },
);
export type PinpointSuggestion = Omit<z.infer<typeof PinpointSuggestionInput>, 'website'>;

const FullDate = z
  .string({ error: 'date must be text' })
  .trim()
  .refine((d) => /^\d{4}-\d{2}-\d{2}$/.test(d) && isCalendarDate(d), 'date must be the day of the ruling, YYYY-MM-DD, and exist in the calendar');

export const RulingProposalInput = z.strictObject(
  {
    kind: z.literal('ruling'),
    /** The question the ruling decides (or declines to decide). */
    target: Id,
    /** A court in data/jurisdictions.json. */
    court: z.string({ error: 'choose the court' }).min(1, 'choose the court').pipe(Id),
    type: z.enum(RULING_TYPES, { error: `type must be one of ${RULING_TYPES.join(', ')}` }),
    date: FullDate,
    identifiers: z.strictObject(
      {
        ecli: z.string({ error: 'ECLI must be text' }).trim().regex(ECLI_PATTERN, 'malformed ECLI: expected ECLI:CC:COURT:YYYY:NUMBER, e.g. ECLI:EU:C:2024:372').optional(),
        caseNumbers: z
          .array(plainText(1, SUGGESTION_LIMITS.caseNumber.max, 'case number'), { error: 'caseNumbers must be a list' })
          .max(SUGGESTION_LIMITS.caseNumbers, `at most ${SUGGESTION_LIMITS.caseNumbers} case numbers`)
          .optional(),
        neutralCitation: plainText(3, SUGGESTION_LIMITS.caseNumber.max, 'neutral citation').optional(),
      },
      { error: 'identifiers must be an object with ecli, caseNumbers and neutralCitation' },
    ),
    /** The ruling on the court's (or the official publisher's) site. */
    url: HttpsOnly,
    /** An answer id from the question's vocabulary. */
    answer: z.string({ error: 'choose the answer the ruling gives' }).min(1, 'choose the answer the ruling gives').pipe(Id),
    /** Why the ruling did not decide the question: required with the answer "not-reached", refused otherwise. */
    notReached: plainText(SUGGESTION_LIMITS.notReached.min, SUGGESTION_LIMITS.notReached.max, 'why the question was not reached').optional(),
    disposition: z.enum(RULING_DISPOSITIONS, { error: `disposition must be one of ${RULING_DISPOSITIONS.join(', ')}` }),
    /** Required with the disposition "other": what the court did. */
    dispositionNote: plainText(3, SUGGESTION_LIMITS.note.max, 'what the court did').optional(),
    summary: plainText(SUGGESTION_LIMITS.summary.min, SUGGESTION_LIMITS.summary.max, 'summary'),
    ...shared,
  },
  { error: 'the body must be a JSON object' },
);
export type RulingProposal = Omit<z.infer<typeof RulingProposalInput>, 'website'>;

/** Every kind of stored submission. */
export type AnySubmission = Submission | PinpointSuggestion | RulingProposal;
export type SuggestionKind = 'pinpoint' | 'ruling';
export const SUGGESTION_RELATIONS = { pinpoint: 'pinpoints', ruling: 'proposes' } as const;

export function isNodeSubmission(s: AnySubmission): s is Submission {
  return s.kind !== 'pinpoint' && s.kind !== 'ruling';
}

/** What the suggestion rules need from the map, beyond MapLookup. */
export interface SuggestionLookup {
  /** The node's citation at that index: undefined when there is no such node or citation. */
  citation(nodeId: string, index: number): { source: string; pinned: boolean } | undefined;
  holding(id: string): { source: string; question: string; pinned: boolean } | undefined;
  /** The question's answer ids; undefined when `id` is not a question. */
  questionAnswers(id: string): readonly string[] | undefined;
  court(id: string): { name: string; jurisdiction: string } | undefined;
}

export type AnyValidated = { ok: true; value: AnySubmission } | { ok: false; errors: FieldError[] };

function issuesToErrors(error: z.ZodError): FieldError[] {
  const seen = new Set<string>();
  return error.issues
    .flatMap((issue) => (issue.code === 'unrecognized_keys' ? issue.keys.map((k) => ({ field: fieldName([...issue.path, k]), message: 'unknown field' })) : [{ field: fieldName(issue.path), message: issue.message }]))
    .filter((e) => {
      const k = `${e.field}\u0000${e.message}`;
      return seen.has(k) ? false : (seen.add(k), true);
    });
}

function coiError(value: { conflictOfInterest: { declared: boolean; details?: string } }): FieldError[] {
  return value.conflictOfInterest.declared && !value.conflictOfInterest.details
    ? [{ field: 'conflictOfInterest.details', message: 'you declared a conflict of interest: say what it is (e.g. "I act in a case about this")' }]
    : [];
}

function withoutHoneypot<T extends { website?: string; contributor?: { name?: string; email?: string } }>(data: T): Omit<T, 'website'> {
  const { website: _honeypot, ...value } = data;
  if (value.contributor?.email === '') delete value.contributor.email;
  return value;
}

export function validatePinpointSuggestion(raw: unknown, map: SuggestionLookup): AnyValidated {
  const parsed = PinpointSuggestionInput.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: issuesToErrors(parsed.error) };
  const value = withoutHoneypot(parsed.data);
  const errors: FieldError[] = [];
  if (value.citation !== undefined) {
    const cited = map.citation(value.target, value.citation);
    if (!cited) errors.push({ field: 'citation', message: `node "${value.target}" has no citation number ${value.citation}` });
    else if (cited.pinned) errors.push({ field: 'citation', message: 'that citation already has a pinpoint' });
  } else {
    const held = map.holding(value.target);
    if (!held) errors.push({ field: 'target', message: `there is no holding "${value.target}" (for a citation on a node, give its number as citation)` });
    else if (held.pinned) errors.push({ field: 'target', message: 'that holding already has a pinpoint' });
  }
  errors.push(...coiError(value));
  return errors.length ? { ok: false, errors } : { ok: true, value };
}

export function validateRulingProposal(raw: unknown, map: SuggestionLookup): AnyValidated {
  const parsed = RulingProposalInput.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: issuesToErrors(parsed.error) };
  const value = withoutHoneypot(parsed.data);
  const errors: FieldError[] = [];
  const answers = map.questionAnswers(value.target);
  if (!answers) errors.push({ field: 'target', message: `there is no question "${value.target}" in the map` });
  else if (!answers.includes(value.answer)) {
    errors.push({ field: 'answer', message: answers.length ? `the answer must be one of this question's: ${answers.join(', ')}` : 'this question has no answers to choose from yet' });
  }
  if (!map.court(value.court)) errors.push({ field: 'court', message: `there is no court "${value.court}" in the map's list of courts` });
  const ids = value.identifiers;
  if (!ids.ecli && !ids.caseNumbers?.length && !ids.neutralCitation) errors.push({ field: 'identifiers', message: 'give at least one identifier: the ECLI, a case number or the neutral citation' });
  if (value.answer === NOT_REACHED && !value.notReached) errors.push({ field: 'notReached', message: 'say why the ruling did not decide the question' });
  if (value.answer !== NOT_REACHED && value.notReached) errors.push({ field: 'notReached', message: 'only a ruling that did not decide the question says why it did not' });
  if (value.disposition === 'other' && !value.dispositionNote) errors.push({ field: 'dispositionNote', message: 'with the disposition "other", say in a few words what the court did' });
  errors.push(...coiError(value));
  return errors.length ? { ok: false, errors } : { ok: true, value };
}

/** Validates a submission of any kind, choosing the rules by its `kind`. */
export function validateAnySubmission(raw: unknown, map: MapLookup & SuggestionLookup): AnyValidated | Validated {
  // Text that is not well-formed Unicode is refused, field by field, whatever the kind.
  const malformed = malformedText(raw);
  if (malformed.length) return { ok: false, errors: malformed };
  const kind = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as { kind?: unknown }).kind : undefined;
  if (kind === 'pinpoint') return validatePinpointSuggestion(raw, map);
  if (kind === 'ruling') return validateRulingProposal(raw, map);
  const result = validateContribution(raw, map);
  if (result.ok) return result;
  // The node rules know only their own four kinds; a client that got the kind wrong should hear of all six.
  const kinds = [...CONTRIBUTION_KINDS, 'pinpoint', 'ruling'].join(', ');
  return { ok: false, errors: result.errors.map((e) => (e.field === 'kind' && e.message.startsWith('kind must be one of') ? { ...e, message: `kind must be one of ${kinds}` } : e)) };
}
