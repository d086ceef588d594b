/**
 * The debate model: every kind of record the corpus holds, as zod schemas.
 * Types are inferred from the schemas so data, loader and views can never disagree,
 * and the JSON Schema for editors (data/schema/) is generated from the same source.
 */
import { z } from 'zod';
import { isCalendarDate } from './dates';
import { DISPOSITIONS, EVIDENCE_EFFECTS, NON_EVIDENCE_DISPOSITIONS, NOT_REACHED } from './holding-terms';

/** Ids are lower-case slugs so they are safe in URLs and stable as permalinks. */
const ID_PATTERN = /^[a-z0-9][a-z0-9-]*[a-z0-9]$/;
export const Id = z
  .string()
  .regex(ID_PATTERN, 'ids are lower-case letters, digits and hyphens (e.g. "pos-art31-protects-users")');

/** A full date (YYYY-MM-DD) or, where only that is known, a month (YYYY-MM) or a year (YYYY). */
export const PartialDate = z
  .string()
  .refine(isCalendarDate, 'dates are YYYY-MM-DD (or YYYY-MM / YYYY when only that is known) and must exist in the calendar');

export const HttpsUrl = z
  .url({ message: 'must be a URL' })
  .refine((u) => u.startsWith('https://'), 'URLs must use https://')
  // Exports promise RFC 3986 URIs, which reference managers and JSON Schema's "uri" format expect.
  .refine((u) => /^[\x21-\x7e]+$/.test(u), 'URLs must be ASCII: percent-encode other characters (e.g. "–" as %E2%80%93)');

/**
 * ECLI per Council conclusions 2011/C 127/01: ECLI:country:court:year:ordinal.
 * Country is two letters (EU for the Union courts, CE for the ECtHR), court up to 7, ordinal up to 25.
 * Court and ordinal keep the case the court itself publishes: the Federal Constitutional Court's are
 * mixed case (ECLI:DE:BVerfG:2023:rk20230809.2bvr055822), and an upper-cased copy is not its ECLI.
 */
export const ECLI_PATTERN = /^ECLI:[A-Z]{2}:[A-Za-z0-9]{1,7}:\d{4}:[A-Za-z0-9.]{1,25}$/;
export const Ecli = z.string().regex(ECLI_PATTERN, 'malformed ECLI: expected ECLI:CC:COURT:YYYY:NUMBER, e.g. ECLI:EU:C:2024:372');
export const Celex = z.string().regex(/^[0-9CE][0-9]{4}[A-Z]{1,2}[0-9A-Z()_]+$/, 'malformed CELEX number, e.g. 62022CJ0670');

/** Jurisdictions: ISO 3166 codes, plus EU (the Union and its courts) and ECHR (Council of Europe). */
export const JurisdictionCode = z.string().regex(/^(?:[A-Z]{2}|EU|ECHR)$/, 'jurisdiction codes are ISO 3166 alpha-2, EU or ECHR');

export const NODE_KINDS = ['question', 'position', 'argument', 'fact'] as const;
export const NodeKind = z.enum(NODE_KINDS);
export type NodeKind = z.infer<typeof NodeKind>;

export const RELATIONS = ['answers', 'supports', 'opposes', 'undercuts', 'subquestion-of', 'relies-on-fact'] as const;
export const Relation = z.enum(RELATIONS);
export type Relation = z.infer<typeof Relation>;

export const ACTOR_KINDS = [
  'court',
  'prosecution',
  'defence',
  'advocate-general',
  'government',
  'agency',
  'scholar',
  'ngo',
  'press',
] as const;
export const ActorKind = z.enum(ACTOR_KINDS);
export type ActorKind = z.infer<typeof ActorKind>;

export const SOURCE_TYPES = ['judgment', 'decision', 'opinion', 'legislation', 'press-release', 'report', 'article', 'news'] as const;
export const SourceType = z.enum(SOURCE_TYPES);
export type SourceType = z.infer<typeof SourceType>;

/** Authority levels, strongest first: the order is used for sorting and filtering. */
export const AUTHORITY_LEVELS = ['primary-law', 'court', 'official', 'scholarship', 'ngo', 'press'] as const;
export const AuthorityLevel = z.enum(AUTHORITY_LEVELS);
export type AuthorityLevel = z.infer<typeof AuthorityLevel>;

/**
 * verified: seen on the page(s) in seenAt (the source's own page or a faithful full-text copy).
 * secondary: seen only in a report, summary or excerpt of the source.
 * partial: the source exists but some element (e.g. its outcome) was not seen. unverified: a lead only.
 */
export const VERIFICATION_STATUSES = ['verified', 'secondary', 'partial', 'unverified'] as const;
export const VerificationStatus = z.enum(VERIFICATION_STATUSES);
export type VerificationStatus = z.infer<typeof VerificationStatus>;

export { DISPOSITIONS, EVIDENCE_EFFECTS, NON_EVIDENCE_DISPOSITIONS, NOT_REACHED } from './holding-terms';
export const Disposition = z.enum(DISPOSITIONS, {
  error: (iss) =>
    iss.input === undefined
      ? `missing "disposition": what the court pronounced (one of ${DISPOSITIONS.join(', ')})`
      : `unknown disposition ${JSON.stringify(iss.input)} (one of ${DISPOSITIONS.join(', ')})`,
});
export type Disposition = z.infer<typeof Disposition>;
export const EvidenceEffect = z.enum(EVIDENCE_EFFECTS, { error: (iss) => `unknown evidence effect ${JSON.stringify(iss.input)} (one of ${EVIDENCE_EFFECTS.join(', ')})` });
export type EvidenceEffect = z.infer<typeof EvidenceEffect>;

export const COURT_LEVELS = ['supranational', 'constitutional', 'supreme', 'appeal', 'first-instance', 'tribunal', 'investigating'] as const;
export const CourtLevel = z.enum(COURT_LEVELS);
export type CourtLevel = z.infer<typeof CourtLevel>;

export const APPEAL_RELATIONS = ['reversed-by', 'upheld-by', 'referred-to', 'answered-by'] as const;
export const AppealRelation = z.enum(APPEAL_RELATIONS);

export const PINPOINT_KINDS = ['paragraph', 'page', 'section', 'article', 'point', 'recital'] as const;

/** Where in a source: "para 119", "pp 12-14", "art 31(1)". */
export const Pinpoint = z.strictObject({
  kind: z.enum(PINPOINT_KINDS),
  value: z.string().regex(/^[0-9A-Za-z().]+(?:\s*[-–,]\s*[0-9A-Za-z().]+)*$/, 'pinpoint values are numbers or ranges such as "119", "71-75" or "31(1)"'),
  /**
   * Where the number was read, when that was not the source's own URL: a faithful full-text
   * reproduction, or another court citing the paragraph. Readers can check the number there.
   */
  seenAt: HttpsUrl.optional(),
});
export type Pinpoint = z.infer<typeof Pinpoint>;

export const Quote = z.strictObject({
  /** The words exactly as seen in the source, in its language; 40 words at most. */
  text: z.string().min(1).refine((t) => t.trim().split(/\s+/).length <= 40, 'quotes are 40 words at most'),
  /** BCP 47 language of the quoted words, e.g. "de", "nl", "en". */
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, 'language must be a BCP 47 tag such as "de" or "en-GB"'),
  /** Where the words were seen verbatim, when that was not the source's own URL (e.g. a reproduction). */
  seenAt: HttpsUrl.optional(),
  translation: z
    .strictObject({
      text: z.string().min(1),
      official: z.boolean(),
      /** Who translated: "Admissible editors", or the body that published an official version. */
      by: z.string().min(1),
    })
    .optional(),
});
export type Quote = z.infer<typeof Quote>;

export const Citation = z
  .strictObject({
    source: Id,
    pinpoint: Pinpoint.optional(),
    /**
     * Why this citation has no pinpoint although the source may be numbered (e.g. only the head
     * of the judgment could be read). Shown to readers, so a missing pinpoint is never silent.
     */
    unpinned: z.string().min(10).optional(),
    quote: Quote.optional(),
    /** What this source shows for the node, in the editors' own words. */
    note: z.string().optional(),
  })
  .refine((c) => !(c.pinpoint && c.unpinned), { message: 'a citation has either a pinpoint or an "unpinned" reason, not both', path: ['unpinned'] });
export type Citation = z.infer<typeof Citation>;

export const Link = z.strictObject({
  relation: Relation,
  /** The node this one points at (its parent in the map). */
  target: Id,
  /**
   * For "undercuts" only: the node that the target argument supports or opposes,
   * naming the inference (target → via) that this argument attacks.
   */
  via: Id.optional(),
});
export type Link = z.infer<typeof Link>;

const nodeBase = {
  id: Id,
  /** A short label for the map (≤ 90 characters). */
  title: z.string().min(3).max(90),
  /** The full statement, neutral, in the editors' own words. */
  text: z.string().min(10),
  /** The day it was first publicly stated (judgment date, filing, publication). */
  firstStated: PartialDate,
  operations: z.array(Id).default([]),
  jurisdictions: z.array(JurisdictionCode).default([]),
};

/**
 * One answer a ruling can give to a question, in the question's own terms. Rules checked across
 * the file (lib/data/validate.ts): ids unique, at least three answers, one of them "not-reached"
 * with no positions, and a position under at most one answer.
 */
export const Answer = z.strictObject({
  id: Id,
  /** Short and neutral: what the matrix shows (≤ 60 characters). */
  label: z.string().min(2).max(60),
  /** One line: what a ruling giving this answer decided (≤ 200 characters). */
  meaning: z
    .string()
    .min(10)
    .max(200)
    .refine((m) => !/[\r\n]/.test(m), 'a meaning is one line'),
  /** The question's positions this answer corresponds to (a holding giving it adopts none of another answer's). */
  positions: z.array(Id).default([]),
});
export type Answer = z.infer<typeof Answer>;

export const QuestionNode = z.strictObject({
  ...nodeBase,
  kind: z.literal('question'),
  /** Questions may be sub-questions of others. */
  links: z.array(Link).default([]),
  advancedBy: z.array(Id).default([]),
  citations: z.array(Citation).default([]),
  /** The answers a ruling can give; required in data/questions (see QuestionFile). */
  answers: z.array(Answer).default([]),
});

export const PositionNode = z.strictObject({
  ...nodeBase,
  kind: z.literal('position'),
  links: z.array(Link).min(1, 'a position answers at least one question'),
  advancedBy: z.array(Id).min(1, 'every position names who advances it (an actor id)'),
  citations: z.array(Citation).min(1, 'every position cites at least one source'),
});

export const ArgumentNode = z.strictObject({
  ...nodeBase,
  kind: z.literal('argument'),
  links: z.array(Link).min(1, 'an argument supports, opposes or undercuts something'),
  advancedBy: z.array(Id).min(1, 'every argument names who advances it (an actor id)'),
  citations: z.array(Citation).min(1, 'every argument cites at least one source'),
});

export const FACT_STATUSES = ['established', 'contested', 'unknown'] as const;
export const FactNode = z.strictObject({
  ...nodeBase,
  kind: z.literal('fact'),
  status: z.enum(FACT_STATUSES),
  /** For "established": which court(s) found it (actor ids). */
  establishedBy: z.array(Id).default([]),
  links: z.array(Link).default([]),
  advancedBy: z.array(Id).default([]),
  citations: z.array(Citation).min(1, 'every fact cites at least one source'),
});

export const DebateNode = z.discriminatedUnion('kind', [QuestionNode, PositionNode, ArgumentNode, FactNode]);
export type DebateNode = z.infer<typeof DebateNode>;
export type QuestionNode = z.infer<typeof QuestionNode>;
export type PositionNode = z.infer<typeof PositionNode>;
export type ArgumentNode = z.infer<typeof ArgumentNode>;
export type FactNode = z.infer<typeof FactNode>;

export const Actor = z.strictObject({
  id: Id,
  kind: ActorKind,
  name: z.string().min(2),
  jurisdiction: JurisdictionCode,
  /** For courts: the court id in data/jurisdictions.json. */
  court: Id.optional(),
  url: HttpsUrl.optional(),
});
export type Actor = z.infer<typeof Actor>;

export const Holding = z
  .strictObject({
    id: Id,
    /** The ruling (a judgment or decision in data/sources/) that holds this. */
    source: Id,
    question: Id,
    jurisdiction: JurisdictionCode,
    /** The court id in data/jurisdictions.json; its level places the holding in the hierarchy. */
    court: Id,
    /** The answer this ruling gives to its question: an answer id of that question ("not-reached" if it did not decide it). */
    answer: z
      .string({ error: (iss) => (iss.input === undefined ? 'missing "answer": an answer id of this holding\'s question ("not-reached" if the ruling did not decide it)' : undefined) })
      .regex(ID_PATTERN, 'answer ids are lower-case letters, digits and hyphens (e.g. "not-reached")')
      .describe('An answer id of this holding\'s question (its "answers"); "not-reached" if the ruling did not decide the question.'),
    /** Why the ruling did not decide the question: required with answer "not-reached", never otherwise. */
    notReached: z.string().min(10).describe('Why the ruling did not decide the question. Required with answer "not-reached", forbidden otherwise.').optional(),
    /** What the court pronounced, in the ruling's own terms. */
    disposition: Disposition.describe('What the court pronounced, in its own terms (see data/README.md, "Dispositions").'),
    /** A few words adding what the disposition was about (e.g. "damages action"); required with "other". */
    dispositionNote: z.string().min(3).max(120).describe('A few words adding what the disposition was about; required with disposition "other".').optional(),
    /** The ruling's effect on the evidence in its case, only where it had one. */
    evidence: EvidenceEffect.describe('The ruling\'s effect on the evidence in its case, only where it had one. Never with declared-inadmissible, referred-to-cjeu, reference-answered, declared-in-conformity, declared-unconstitutional or opinion-delivered.').optional(),
    /** What the court decided on this question, in the editors' own words. */
    summary: z.string().min(10),
    pinpoint: Pinpoint.optional(),
    /** Why there is no pinpoint (e.g. the reasoning could not be read); shown to readers. Never with a pinpoint. */
    unpinned: z.string().min(10).optional(),
    quote: Quote.optional(),
    /** Positions this holding adopts (or rejects), so a node can list the rulings that touch it. */
    adopts: z.array(Id).default([]),
    rejects: z.array(Id).default([]),
    operations: z.array(Id).default([]),
  })
  .refine((h) => !(h.pinpoint && h.unpinned), { message: 'a holding has either a pinpoint or an "unpinned" reason, not both', path: ['unpinned'] })
  .refine((h) => h.answer !== NOT_REACHED || h.notReached !== undefined, {
    message: 'answer "not-reached" needs "notReached": why the ruling did not decide the question',
    path: ['notReached'],
  })
  .refine((h) => h.answer === NOT_REACHED || h.notReached === undefined, {
    message: '"notReached" is only for answer "not-reached"',
    path: ['notReached'],
  })
  // A ruling that did not decide the question takes no side on it: it adopts and rejects nothing there.
  .refine((h) => h.answer !== NOT_REACHED || h.adopts.length + h.rejects.length === 0, {
    message: 'a holding with answer "not-reached" adopts and rejects no position on its question',
    path: ['adopts'],
  })
  .refine((h) => h.disposition !== 'other' || h.dispositionNote !== undefined, {
    message: 'disposition "other" needs "dispositionNote" saying what the court did',
    path: ['dispositionNote'],
  })
  .refine((h) => h.evidence === undefined || !NON_EVIDENCE_DISPOSITIONS.has(h.disposition), {
    message: 'a ruling with this disposition decided no question of using evidence, so it has no "evidence" effect',
    path: ['evidence'],
  });
export type Holding = z.infer<typeof Holding>;

export const AppealLink = z.strictObject({
  relation: AppealRelation,
  target: Id,
  note: z.string().optional(),
});

export const Person = z.union([
  z.strictObject({ family: z.string().min(1), given: z.string().min(1) }),
  z.strictObject({ literal: z.string().min(1) }),
]);

/**
 * Where a link leads: the court's, legislator's or an official portal's own copy ("official"), a
 * free legal-information institute ("open"), or anything else ("secondary": commercial databases,
 * law-firm, news and blog pages, summaries), which readers see labelled as secondary.
 */
export const LinkStanding = z.enum(['official', 'open', 'secondary']);
export type LinkStanding = z.infer<typeof LinkStanding>;

export const Source = z.strictObject({
  id: Id,
  type: SourceType,
  /** The site's label for the source: the document's own title, unless `ownTitle` says otherwise. */
  title: z.string().min(3),
  /**
   * The document's own title, where `title` is not it. Absent: `title` is the document's own title.
   * A string: the title as the document was published, where `title` adds the editors' annotations
   * ("… (Team Justitie, 15 december 2023)", "… (copy of a WIRED article)"). null: the document's own
   * title was not seen (only reports of it were), and `title` is the editors' description of it;
   * citations then print it as a description, in square brackets and not as a quoted title.
   */
  ownTitle: z
    .string()
    .regex(/\S/, 'ownTitle is the document\'s own title: not empty (use null where it was not seen)')
    .nullable()
    .optional()
    .describe(
      'The document\'s own title where "title" is not it: a string (the title as published, where "title" adds the editors\' annotations) or null (the document\'s own title was not seen and "title" is the editors\' description). Leave out where "title" is the document\'s own title. A string must differ from "title".',
    ),
  /** The court or body that issued it (for courts, the court id gives the hierarchy). */
  issuer: z.string().min(2),
  court: Id.optional(),
  authors: z.array(Person).default([]),
  /** For articles: the journal, blog or outlet. */
  container: z.string().optional(),
  jurisdiction: JurisdictionCode,
  date: PartialDate,
  identifiers: z
    .strictObject({
      ecli: Ecli.optional(),
      caseNumbers: z.array(z.string().min(1)).default([]),
      neutralCitation: z.string().optional(),
      celex: Celex.optional(),
      other: z.array(z.string().min(1)).default([]),
    })
    .default({ caseNumbers: [], other: [] }),
  url: HttpsUrl,
  additionalUrls: z.array(z.strictObject({ url: HttpsUrl, label: z.string().min(2), kind: LinkStanding.optional() })).default([]),
  language: z.string().regex(/^[a-z]{2,3}$/, 'language is an ISO 639 code such as "de"'),
  authority: AuthorityLevel,
  verification: z.strictObject({
    status: VerificationStatus,
    /** The pages where the facts in this record were seen. */
    seenAt: z.array(HttpsUrl).min(1, 'say where the record was verified (or where the lead came from)'),
    /** What was and was not seen; shown to readers. */
    notes: z.string().default(''),
  }),
  operations: z.array(Id).default([]),
  /** In the editors' own words. */
  summary: z.string().min(10),
  /** Where this ruling went next: reversed or upheld on appeal, a reference to the CJEU and its answer. */
  appeal: z.array(AppealLink).default([]),
});
export type Source = z.infer<typeof Source>;

export const Court = z.strictObject({
  id: Id,
  name: z.string().min(2),
  level: CourtLevel,
  /** Smaller is higher in the hierarchy (1 = apex). */
  rank: z.number().int().min(1),
});
export type Court = z.infer<typeof Court>;

export const Jurisdiction = z.strictObject({
  code: JurisdictionCode,
  name: z.string().min(2),
  courts: z.array(Court).default([]),
});
export type Jurisdiction = z.infer<typeof Jurisdiction>;

export const Figure = z.strictObject({
  id: Id,
  /** What is counted, e.g. "arrests in the Netherlands announced on 2 July 2020". */
  label: z.string().min(3),
  value: z.string().min(1),
  citation: Citation,
  /** True where sources give different numbers for the same thing; the group shows them side by side. */
  disputed: z.boolean().default(false),
  /** Figures with the same group key count the same thing and are compared. */
  group: z.string().optional(),
  note: z.string().optional(),
});

export const OperationEvent = z.strictObject({
  date: PartialDate,
  label: z.string().min(3),
  citation: Citation,
});

export const Operation = z.strictObject({
  id: Id,
  name: z.string().min(2),
  aliases: z.array(z.string()).default([]),
  summary: z.string().min(10),
  jurisdictions: z.array(JurisdictionCode).default([]),
  figures: z.array(Figure).default([]),
  events: z.array(OperationEvent).default([]),
});
export type Operation = z.infer<typeof Operation>;

/** data/questions/*.json: one question with its positions and arguments. */
export const QuestionFile = z.strictObject({
  $schema: z.string().optional(),
  question: QuestionNode.extend({
    answers: z
      .array(Answer, { error: (iss) => (iss.input === undefined ? 'missing "answers": the answers a ruling can give to this question, "not-reached" among them (see data/README.md)' : undefined) })
      .min(3, 'a question has at least three answers, one of them "not-reached"')
      .describe('The answers a ruling can give to this question: at least three, one of them "not-reached" (positions: []); a position under at most one answer.'),
  }),
  positions: z.array(PositionNode).default([]),
  arguments: z.array(ArgumentNode).default([]),
});
/** data/holdings/*.json: the rulings on one question (one file per question). */
export const HoldingFile = z.strictObject({ $schema: z.string().optional(), holdings: z.array(Holding) });
/** data/facts/*.json */
export const FactFile = z.strictObject({ $schema: z.string().optional(), facts: z.array(FactNode) });
/** data/sources/<jurisdiction>/<id>.json */
export const SourceFile = Source.extend({ $schema: z.string().optional() });
/** data/actors/<id>.json */
export const ActorFile = Actor.extend({ $schema: z.string().optional() });
/** data/operations/<id>.json */
export const OperationFile = Operation.extend({ $schema: z.string().optional() });
/**
 * A node taken out of the curated map (wrongly attributed, say). Its id stays reserved and its
 * permalink says what became of it, instead of a bare 404.
 */
export const WithdrawnNode = z.strictObject({
  id: Id,
  kind: z.enum(NODE_KINDS),
  title: z.string().min(3),
  withdrawn: PartialDate.describe('When it left the map (YYYY-MM-DD).'),
  reason: z.string().min(10).describe('Why, in the editors\' words: shown on its permalink.'),
});
export type WithdrawnNode = z.infer<typeof WithdrawnNode>;
/** data/withdrawn.json: nodes taken out of the map, whose ids are never reused. */
export const WithdrawnFile = z.strictObject({ $schema: z.string().optional(), nodes: z.array(WithdrawnNode) });
/** data/jurisdictions.json */
export const JurisdictionsFile = z.strictObject({ $schema: z.string().optional(), jurisdictions: z.array(Jurisdiction) });
