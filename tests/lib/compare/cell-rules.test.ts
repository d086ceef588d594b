/**
 * Each question's cell rule, in its own answers: for every question of the loaded corpus (data/, or
 * ADMISSIBLE_DATA_DIR), small holdings built from that question's vocabulary go through deriveCell,
 * and the page's statement of the rule (cellRule) lists exactly that vocabulary.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR, loadCorpus } from '@/lib/data/read';
import type { LocatedHolding } from '@/lib/data/validate';
import { cellRule, deriveCell } from '@/lib/compare/matrix';
import { courtIndex } from '@/lib/compare/courts';
import type { Disposition, QuestionNode } from '@/lib/model/schema';

const corpus = loadCorpus();
const questions = corpus.nodes.filter((n): n is QuestionNode => n.kind === 'question');
const courts = courtIndex(corpus.jurisdictions);
// Any jurisdiction with a top court and a court below it serves: the rule does not depend on which.
const hierarchy = corpus.jurisdictions
  .map((j) => [...j.courts].sort((a, b) => a.rank - b.rank))
  .find((cs) => cs.length >= 2 && ['supranational', 'constitutional', 'supreme'].includes(cs[0]!.level) && cs[cs.length - 1]!.rank > cs[0]!.rank)!;
const top = hierarchy[0]!;
const low = hierarchy[hierarchy.length - 1]!;

const holding = (id: string, question: string, court: string, answer: string, date: string, disposition: Disposition = 'dismissed'): LocatedHolding => ({
  id,
  source: `src-${id}`,
  question,
  jurisdiction: courts.get(court)!.jurisdiction,
  court,
  answer,
  ...(answer === 'not-reached' ? { notReached: 'Synthetic: decided on another ground.' } : {}),
  disposition,
  date,
  summary: 'Synthetic holding for the cell-rule tests.',
  adopts: [],
  rejects: [],
  operations: [],
});

it('the loaded corpus has questions and a court hierarchy to test against', () => {
  expect(questions.length).toBeGreaterThan(0);
  expect(hierarchy, 'no jurisdiction with a top court and a lower court').toBeDefined();
  if (DEFAULT_DATA_DIR.endsWith('/data') && !process.env.ADMISSIBLE_DATA_DIR) expect(questions).toHaveLength(12);
});

describe.each(questions.map((q) => [q.id, q] as const))('%s', (_id, q) => {
  const answered = q.answers.filter((a) => a.id !== 'not-reached');
  const [first, second] = answered;
  const cell = (holdings: LocatedHolding[]) => deriveCell(holdings, courts, new Map(), q.answers);

  it('declares at least two answers and "not-reached", and its rule lists them as its legend', () => {
    expect(answered.length).toBeGreaterThanOrEqual(2);
    expect(q.answers.some((a) => a.id === 'not-reached')).toBe(true);
    const rule = cellRule(q);
    expect(rule.legend.map((a) => a.id).sort()).toEqual(q.answers.map((a) => a.id).sort());
    expect(rule.legend.at(-1)!.id).toBe('not-reached');
    for (const a of answered) expect(rule.steps.join(' ')).toContain(`“${a.label}”`);
  });

  it('a single ruling shows its answer in the question’s words', () => {
    for (const a of answered) expect(cell([holding('one', q.id, low.id, a.id, '2022-01-01')])).toMatchObject({ state: 'answered', answer: a.id, words: a.label });
  });

  it('rulings that did not reach it say what the courts pronounced, and take no side', () => {
    const c = cell([holding('inadmissible', q.id, top.id, 'not-reached', '2023-01-01', 'declared-inadmissible'), holding('referred', q.id, low.id, 'not-reached', '2022-01-01', 'referred-to-cjeu')]);
    expect(c.state).toBe('not-reached');
    expect(c.words).toBe('Not reached: declared inadmissible; referred to the Court of Justice');
    for (const a of answered) expect(c.words).not.toContain(a.label);
  });

  it('the top court decides and settles earlier lower rulings; a later departure divides the cell, naming both answers', () => {
    const earlier = holding('earlier', q.id, low.id, second!.id, '2021-01-01');
    const decided = holding('top', q.id, top.id, first!.id, '2022-01-01');
    expect(cell([earlier, decided])).toMatchObject({ state: 'answered', answer: first!.id, words: first!.label });
    const later = holding('later', q.id, low.id, second!.id, '2023-01-01');
    expect(cell([earlier, decided, later])).toMatchObject({ state: 'divided', answers: [first!.id, second!.id], words: `Different answers: ${first!.label}; ${second!.label}` });
  });

  it('an answer outranks a higher court that did not reach the question', () => {
    const c = cell([holding('top', q.id, top.id, 'not-reached', '2024-01-01', 'declared-inadmissible'), holding('low', q.id, low.id, second!.id, '2021-01-01')]);
    expect(c).toMatchObject({ state: 'answered', words: second!.label });
  });
});
