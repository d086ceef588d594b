/**
 * The shared base of every synthetic corpus: record builders for sources, questions (with their
 * answer set), positions, arguments and holdings in the shape data/ uses, so the seeded size
 * generator (generate.ts) and the hand-shaped test scenarios (tests/fixtures/synthetic.ts and
 * tests/fixtures/compare.ts) build records one way. Every record says it is synthetic; URLs point
 * at example.org. The result is checked by lib/data/validate.ts like any corpus.
 */
import type { RawFile } from '@/lib/data/validate';

/** The example.org address every synthetic record points at. */
export const syntheticUrl = (path: string): string => `https://example.org/${path}`;

export interface SyntheticSourceFields {
  id: string;
  type: string;
  title: string;
  issuer: string;
  jurisdiction: string;
  date: string;
  authority: string;
  summary: string;
  court?: string;
  /** The source's address; example.org/<id> unless given. */
  url?: string;
  verification?: { status: string; notes?: string };
}

/** A source file at data/sources/<jurisdiction>/<id>.json; `extra` adds identifiers, appeal, operations and the like. */
export function sourceFile(fields: SyntheticSourceFields, extra: Record<string, unknown> = {}): RawFile {
  const { id, type, title, issuer, court, jurisdiction, date, authority, summary } = fields;
  const url = fields.url ?? syntheticUrl(id);
  const { status, notes } = fields.verification ?? { status: 'verified' };
  return {
    path: `data/sources/${jurisdiction.toLowerCase()}/${id}.json`,
    data: {
      id,
      type,
      title,
      issuer,
      ...(court ? { court } : {}),
      jurisdiction,
      date,
      url,
      language: 'en',
      authority,
      verification: { status, seenAt: [url], ...(notes ? { notes } : {}) },
      summary,
      ...extra,
    },
  };
}

export interface SyntheticAnswer {
  id: string;
  label: string;
  meaning: string;
  positions: string[];
}

/** The answers of a question followed by "not-reached", the answer every question carries. */
export function answerSet(answers: SyntheticAnswer[]): SyntheticAnswer[] {
  return [...answers, { id: 'not-reached', label: 'Not reached', meaning: 'The ruling did not decide this question.', positions: [] }];
}

export interface SyntheticNodeFields {
  id: string;
  title: string;
  text: string;
  firstStated: string;
}

type Link = { relation: string; target: string; via?: string };

/** A question record; `extra` adds operations, jurisdictions and links. */
export function questionRecord(fields: SyntheticNodeFields, answers: SyntheticAnswer[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...fields, ...extra, kind: 'question', answers: answerSet(answers) };
}

/** A position answering `question`; `extra` adds operations, jurisdictions and the like. */
export function positionRecord(fields: SyntheticNodeFields, question: string, advancedBy: string[], citations: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...fields, ...extra, kind: 'position', links: [{ relation: 'answers', target: question }], advancedBy, citations };
}

/** An argument with its links (supports, opposes, undercuts, relies-on-fact). */
export function argumentRecord(fields: SyntheticNodeFields, links: Link[], advancedBy: string[], citations: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...fields, ...extra, kind: 'argument', links, advancedBy, citations };
}

/** A question file: the question with its positions and arguments. */
export function questionFile(path: string, question: Record<string, unknown>, positions: Record<string, unknown>[], args: Record<string, unknown>[]): RawFile {
  return { path, data: { question, positions, arguments: args } };
}

export interface SyntheticHoldingFields {
  id: string;
  source: string;
  question: string;
  jurisdiction: string;
  court: string;
  /** The id of one of the question's answers, "not-reached" included. */
  answer: string;
  disposition: string;
  summary: string;
}

/** A holding in the holding model; `extra` adds evidence, notReached, pinpoint, adopts, rejects and the like. */
export function holdingRecord(fields: SyntheticHoldingFields, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...fields, ...extra };
}
