/**
 * What the map records about an operation, gathered from the data and never typed twice: its
 * rulings (holdings and sources tagged with it), facts, figures and events, and, for the side-by-side
 * comparison, who ran it, how the data were captured, where, when, how it was disclosed and how
 * courts answered each question. Where the record says nothing on a point, the comparison says so.
 */
import type { Corpus, LocatedHolding } from '@/lib/data/validate';
import type { FactNode, Operation, Source } from '@/lib/model/schema';
import { earliestDay } from '@/lib/model/dates';
import { groupFigures, type FigureGroup } from './figures';
import { holdingAnswer, questionAnswers } from '@/lib/compare/rulings';

export interface OperationRuling {
  source: Source;
  /** This ruling's holdings that concern the operation (tagged on the holding or on its ruling). */
  holdings: LocatedHolding[];
}

/**
 * The operation's rulings: every ruling whose source record or one of whose holdings names the
 * operation. A holding counts when it or its ruling is tagged, so a ruling tagged only on its
 * source record still lists its holdings. Newest first.
 */
export function operationRulings(corpus: Corpus, opId: string): OperationRuling[] {
  const bySource = new Map<string, LocatedHolding[]>();
  for (const h of corpus.holdings) bySource.set(h.source, [...(bySource.get(h.source) ?? []), h]);
  const out: OperationRuling[] = [];
  for (const source of corpus.sources) {
    const all = bySource.get(source.id) ?? [];
    const sourceTagged = source.operations.includes(opId);
    const holdings = all.filter((h) => sourceTagged || h.operations.includes(opId));
    const isRuling = all.length > 0 || source.type === 'judgment' || source.type === 'decision';
    if (!isRuling || (!sourceTagged && holdings.length === 0)) continue;
    out.push({ source, holdings });
  }
  return out.sort((a, b) => earliestDay(b.source.date).localeCompare(earliestDay(a.source.date)) || a.source.id.localeCompare(b.source.id));
}

export function operationFacts(corpus: Corpus, opId: string): FactNode[] {
  return corpus.nodes.filter((n): n is FactNode => n.kind === 'fact' && n.operations.includes(opId));
}

/** Where a point of the comparison comes from: an event (with its source) or a fact (with its page). */
export interface Evidence {
  label: string;
  /** An event's date. */
  date?: string;
  /** The fact's page or the event's source page. */
  href: string;
  /** For facts: established, contested or unknown. */
  status?: FactNode['status'];
}

export interface AnswerCount {
  answer: string;
  label: string;
  holdings: LocatedHolding[];
}

export interface OperationProfile {
  operation: Operation;
  /** Agencies and prosecutors named in the operation's summary, events or facts, each with where. */
  ranBy: { actor: string; name: string; where: Evidence[] }[];
  /** Facts about how the data were obtained (a fact title speaking of capture, interception, copying, an implant, servers or the method). */
  capture: Evidence[];
  /** The jurisdictions the operation record names. */
  where: { code: string; name: string }[];
  /** The first and last recorded events. */
  when: { first?: Evidence; last?: Evidence };
  /** Facts and events about disclosure: what was revealed, announced, withheld or left undisclosed. */
  disclosure: Evidence[];
  figures: FigureGroup[];
  /** Per question with rulings on this operation: the answers given, or (without recorded answers) the holdings. */
  questions: { question: string; title: string; answers: AnswerCount[]; holdings: LocatedHolding[] }[];
}

const CAPTURE = /\b(captur|intercept|implant|copied|cop(y|ies)|hack|server|update|platform|seiz|gathered|collect|method|intrusion|overcome|encryption)/i;
const DISCLOSURE = /\b(disclos\w*|undisclosed|secrecy|secret|withheld|explained|reveal(s|ed)?|announc\w*|warn(s|ed)?|publicly)\b/i;

/** The words an actor is found by: its name before any bracket, the bracketed part, and its initials ("FBI", "AFP"). */
export function actorNames(name: string): string[] {
  const head = name.replace(/\s*\(.*$/, '').trim();
  const bracket = /\(([^)]+)\)/.exec(name)?.[1];
  const initials = head
    .split(/\s+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join('');
  const names = [head];
  if (bracket && /^[A-Z]/.test(bracket) && bracket.split(/\s+/).length <= 2) names.push(bracket);
  if (initials.length >= 3) names.push(initials);
  return names;
}

export function operationProfile(corpus: Corpus, opId: string): OperationProfile | undefined {
  const operation = corpus.operations.find((o) => o.id === opId);
  if (!operation) return undefined;
  const facts = operationFacts(corpus, opId);
  const factEvidence = (f: FactNode): Evidence => ({ label: f.title, href: `/node/${f.id}`, status: f.status });
  const events = [...operation.events].sort((a, b) => earliestDay(a.date).localeCompare(earliestDay(b.date)));
  const eventEvidence = (e: Operation['events'][number]): Evidence => ({ label: e.label, date: e.date, href: `/sources/${e.citation.source}` });

  const texts: { text: string; evidence: Evidence }[] = [
    { text: operation.summary, evidence: { label: 'the operation summary', href: `/operations/${opId}` } },
    ...events.map((e) => ({ text: e.label, evidence: eventEvidence(e) })),
    ...facts.map((f) => ({ text: `${f.title} ${f.text}`, evidence: factEvidence(f) })),
  ];
  const ranBy = corpus.actors
    .filter((a) => a.kind === 'agency' || a.kind === 'prosecution')
    .map((a) => {
      const patterns = actorNames(a.name).map((n) => new RegExp(`(?<![\\p{L}])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u'));
      return { actor: a.id, name: a.name, where: texts.filter((t) => patterns.some((p) => p.test(t.text))).map((t) => t.evidence) };
    })
    .filter((a) => a.where.length > 0);

  const jurisdictionName = new Map(corpus.jurisdictions.map((j) => [j.code, j.name]));
  const questions = corpus.nodes.filter((n) => n.kind === 'question');
  const rulings = operationRulings(corpus, opId);
  const holdings = rulings.flatMap((r) => r.holdings);
  return {
    operation,
    ranBy,
    capture: facts.filter((f) => CAPTURE.test(f.title)).map(factEvidence),
    where: operation.jurisdictions.map((code) => ({ code, name: jurisdictionName.get(code) ?? code })),
    when: { ...(events[0] ? { first: eventEvidence(events[0]) } : {}), ...(events.length > 1 ? { last: eventEvidence(events[events.length - 1]!) } : {}) },
    disclosure: [...facts.filter((f) => DISCLOSURE.test(f.title)).map(factEvidence), ...events.filter((e) => DISCLOSURE.test(e.label)).map(eventEvidence)],
    figures: groupFigures(operation.figures),
    questions: questions
      .map((q) => {
        const on = holdings.filter((h) => h.question === q.id);
        const answers = questionAnswers(corpus, q.id)
          .map((a) => ({ answer: a.id, label: a.label, holdings: on.filter((h) => holdingAnswer(h) === a.id) }))
          .filter((a) => a.holdings.length > 0);
        return { question: q.id, title: q.title, answers, holdings: on };
      })
      .filter((q) => q.holdings.length > 0),
  };
}

/** The ops parameter of /operations/compare: known operation ids, at least two, each named once; unknown ids are named. */
export function parseCompareOps(raw: string | undefined, corpus: Corpus): { ops: string[]; error?: string } {
  const ids = [...new Set((raw ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean))];
  const known = new Set(corpus.operations.map((o) => o.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) return { ops: [], error: `unknown operation${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u.slice(0, 40)}"`).join(', ')} in ops; known: ${[...known].join(', ')}` };
  if (ids.length > 8) return { ops: [], error: 'ops: at most 8 operations side by side' };
  return { ops: ids };
}
