/**
 * The rulings listing (/rulings): every judgment, decision and opinion of a court, with its
 * holdings, filtered by court, court level, date range, question and the answer given to it.
 * Filters come from GET parameters; each bad value is reported by its parameter name.
 */
import type { Corpus, LocatedHolding } from '@/lib/data/validate';
import type { CourtLevel, Source } from '@/lib/model/schema';
import { COURT_LEVELS } from '@/lib/model/schema';
import { earliestDay, isCalendarDate, latestDay } from '@/lib/model/dates';
import { courtIndex, UNKNOWN_RANK, type CourtInfo } from './courts';
import { firstParam, type SearchParams } from './query';

export interface RulingFilter {
  court?: string;
  level?: CourtLevel;
  /** Inclusive bounds, YYYY[-MM[-DD]]: a partial date covers its whole period. */
  from?: string;
  to?: string;
  question?: string;
  /** An answer id of the chosen question (the holding model's "answers"). */
  answer?: string;
}

export interface Ruling {
  source: Source;
  court?: CourtInfo;
  /** The holdings that meet the question and answer filters (all of them when neither is set). */
  holdings: LocatedHolding[];
}

export interface QuestionAnswer {
  id: string;
  label: string;
}

/** A question's declared answers (the question's "answers"). */
export function questionAnswers(corpus: Corpus, questionId: string): QuestionAnswer[] {
  const q = corpus.nodes.find((n) => n.id === questionId && n.kind === 'question');
  return q?.kind === 'question' ? q.answers.map(({ id, label }) => ({ id, label })) : [];
}

/** The answer a holding gives to its question. */
export function holdingAnswer(h: LocatedHolding): string {
  return h.answer;
}

export function parseRulingFilter(params: SearchParams, corpus: Corpus): { filter: RulingFilter; problems: { field: string; message: string }[] } {
  const filter: RulingFilter = {};
  const problems: { field: string; message: string }[] = [];
  const courts = courtIndex(corpus.jurisdictions);
  const get = (k: string) => firstParam(params[k])?.trim() || undefined;
  const court = get('court');
  if (court) {
    if (courts.has(court)) filter.court = court;
    else problems.push({ field: 'court', message: `no court "${court.slice(0, 60)}" in the map` });
  }
  const level = get('level');
  if (level) {
    if ((COURT_LEVELS as readonly string[]).includes(level)) filter.level = level as CourtLevel;
    else problems.push({ field: 'level', message: `unknown court level "${level.slice(0, 40)}"; one of ${COURT_LEVELS.join(', ')}` });
  }
  for (const key of ['from', 'to'] as const) {
    const v = get(key);
    if (!v) continue;
    if (isCalendarDate(v)) filter[key] = v;
    else problems.push({ field: key, message: `"${v.slice(0, 40)}" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)` });
  }
  const question = get('question');
  if (question) {
    if (corpus.nodes.some((n) => n.id === question && n.kind === 'question')) filter.question = question;
    else problems.push({ field: 'question', message: `no question "${question.slice(0, 60)}" in the map` });
  }
  const answer = get('answer');
  if (answer) {
    if (!filter.question) problems.push({ field: 'answer', message: 'choose a question first: answers belong to a question' });
    else if (questionAnswers(corpus, filter.question).some((a) => a.id === answer)) filter.answer = answer;
    else problems.push({ field: 'answer', message: `"${answer.slice(0, 60)}" is not an answer of this question` });
  }
  return { filter, problems };
}

export function listRulings(corpus: Corpus, filter: RulingFilter = {}): Ruling[] {
  const courts = courtIndex(corpus.jurisdictions);
  const bySource = new Map<string, LocatedHolding[]>();
  for (const h of corpus.holdings) bySource.set(h.source, [...(bySource.get(h.source) ?? []), h]);
  const out: Ruling[] = [];
  for (const source of corpus.sources) {
    const all = bySource.get(source.id) ?? [];
    const isRuling = source.type === 'judgment' || source.type === 'decision' || (source.type === 'opinion' && !!source.court) || all.length > 0;
    if (!isRuling) continue;
    const courtId = source.court ?? all[0]?.court;
    const court = courtId ? courts.get(courtId) : undefined;
    if (filter.court && courtId !== filter.court) continue;
    if (filter.level && court?.level !== filter.level) continue;
    if (filter.from && latestDay(source.date) < earliestDay(filter.from)) continue;
    if (filter.to && earliestDay(source.date) > latestDay(filter.to)) continue;
    const holdings = all.filter((h) => (!filter.question || h.question === filter.question) && (!filter.answer || holdingAnswer(h) === filter.answer));
    if ((filter.question || filter.answer) && holdings.length === 0) continue;
    out.push({ source, ...(court ? { court } : {}), holdings });
  }
  return out.sort(
    (a, b) =>
      earliestDay(b.source.date).localeCompare(earliestDay(a.source.date)) ||
      (a.court?.rank ?? UNKNOWN_RANK) - (b.court?.rank ?? UNKNOWN_RANK) ||
      a.source.id.localeCompare(b.source.id),
  );
}
