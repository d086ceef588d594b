import { describe, expect, it } from 'vitest';
import { validateCorpus } from '@/lib/data/validate';
import { compareFixtureFiles } from '../../fixtures/compare';
import { listRulings, parseRulingFilter } from '@/lib/compare/rulings';
import { earliestDay } from '@/lib/model/dates';

const corpus = validateCorpus(compareFixtureFiles());
const courts = new Map(corpus.jurisdictions.flatMap((j) => j.courts.map((c) => [c.id, c])));

describe('the rulings listing', () => {
  it('lists every ruling that has a holding, newest first', () => {
    const all = listRulings(corpus);
    for (const h of corpus.holdings) expect(all.map((r) => r.source.id), h.id).toContain(h.source);
    const days = all.map((r) => earliestDay(r.source.date));
    expect([...days].sort().reverse()).toEqual(days);
  });

  it('filters by court, level, date and question', () => {
    const h = corpus.holdings[0]!;
    const byCourt = listRulings(corpus, { court: h.court });
    expect(byCourt.length).toBeGreaterThan(0);
    expect(byCourt.every((r) => r.court?.id === h.court)).toBe(true);
    const level = courts.get(h.court)!.level;
    expect(listRulings(corpus, { level }).every((r) => r.court?.level === level)).toBe(true);
    const byQuestion = listRulings(corpus, { question: h.question });
    expect(byQuestion.every((r) => r.holdings.length > 0 && r.holdings.every((x) => x.question === h.question))).toBe(true);
    const year = h.date.slice(0, 4);
    const inYear = listRulings(corpus, { from: year, to: year });
    expect(inYear.length).toBeGreaterThan(0);
    expect(inYear.every((r) => r.source.date.startsWith(year))).toBe(true);
  });

  it('filters by the answer a court gave to the chosen question', () => {
    const h = corpus.holdings[0]!;
    const { filter, problems } = parseRulingFilter({ question: h.question, answer: h.answer }, corpus);
    expect(problems).toEqual([]);
    const rulings = listRulings(corpus, filter);
    expect(rulings.map((r) => r.source.id)).toContain(h.source);
    expect(rulings.every((r) => r.holdings.every((x) => x.question === h.question && x.answer === h.answer))).toBe(true);
  });

  it('names each bad filter', () => {
    const { filter, problems } = parseRulingFilter({ court: 'nope', level: 'high', from: '2024-13-01', question: 'q-none', answer: 'x' }, corpus);
    expect(filter).toEqual({});
    expect(problems.map((p) => p.field)).toEqual(['court', 'level', 'from', 'question', 'answer']);
  });
});
