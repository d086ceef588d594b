import { describe, expect, it } from 'vitest';
import { validateCorpus, type LocatedHolding } from '@/lib/data/validate';
import { buildMatrix, cellRule, csvField, deriveCell, matrixParams, matrixToCsv, matrixToLongCsv, parseMatrixParams } from '@/lib/compare/matrix';
import { courtIndex } from '@/lib/compare/courts';
import type { Source } from '@/lib/model/schema';
import { compareFixtureFiles } from '../../fixtures/compare';

const corpus = validateCorpus(compareFixtureFiles());
const courts = courtIndex(corpus.jurisdictions);
const sourceById = new Map(corpus.sources.map((s) => [s.id, s]));

const ANSWERS = [
  { id: 'yes', label: 'Yes' },
  { id: 'no', label: 'No' },
  { id: 'partly', label: 'Partly' },
  { id: 'not-reached', label: 'Not reached' },
];

const h = (id: string, court: string, answer: string, date: string, extra: Partial<LocatedHolding> = {}): LocatedHolding => ({
  id,
  source: `src-${id}`,
  question: 'q',
  jurisdiction: courts.get(court)!.jurisdiction,
  court,
  answer,
  disposition: 'dismissed',
  ...(answer === 'not-reached' ? { notReached: 'Synthetic: decided on another ground.' } : {}),
  date,
  summary: 'synthetic',
  adopts: [],
  rejects: [],
  operations: [],
  ...extra,
});
const src = (id: string, appeal: Source['appeal'] = []): [string, Source] => [id, { ...corpus.sources[0]!, id, appeal }];
const cellOf = (holdings: LocatedHolding[], sources: ReadonlyMap<string, Source> = new Map()) => deriveCell(holdings, courts, sources, ANSWERS);

describe('deriveCell', () => {
  it('is empty without holdings', () => {
    expect(cellOf([])).toMatchObject({ state: 'none', words: 'Not addressed', answers: [] });
  });

  it('says "not reached" with what the courts pronounced when no ruling decided the question', () => {
    const cell = cellOf([
      h('a', 'de-bgh', 'not-reached', '2022-01-01', { disposition: 'declared-inadmissible' }),
      h('b', 'de-lg', 'not-reached', '2021-01-01', { disposition: 'other', dispositionNote: 'damages action' }),
    ]);
    expect(cell).toMatchObject({ state: 'not-reached', answer: undefined, dispositions: ['declared-inadmissible', 'other'], deciding: undefined });
    expect(cell.words).toBe('Not reached: declared inadmissible; other (damages action)');
    expect(cell.reason).toMatch(/^No ruling decided the question: the Test Federal Court of Justice \(2022-01-01\): declared inadmissible; /);
    expect(cell.rulings.map((r) => r.role)).toEqual(['not-reached', 'not-reached']);
  });

  it('never takes a side for a ruling that did not reach the question, whatever its disposition', () => {
    const cell = cellOf([h('echr', 'de-bverfg', 'not-reached', '2024-01-01', { disposition: 'declared-inadmissible' })]);
    expect(cell.words).toBe('Not reached: declared inadmissible');
    expect(cell.words).not.toMatch(/admitted|yes|no\b/i);
  });

  it('lets an answer outrank a higher court that did not reach the question', () => {
    const cell = cellOf([h('a', 'de-bverfg', 'not-reached', '2023-01-01'), h('b', 'de-bgh', 'no', '2021-01-01')]);
    expect(cell).toMatchObject({ state: 'answered', answer: 'no', words: 'No' });
    expect(cell.deciding?.id).toBe('b');
  });

  it('takes the highest court, then its latest ruling, and names its disposition in the reason', () => {
    const cell = cellOf([h('a', 'de-bgh', 'no', '2021-01-01'), h('b', 'de-bgh', 'yes', '2022-01-01', { disposition: 'quashed-and-remitted' })]);
    expect(cell.deciding?.id).toBe('b');
    expect(cell.rulings.map((r) => r.holding.id)).toEqual(['b', 'a']);
    expect(cell.reason).toContain('quashed and remitted, 2022-01-01');
  });

  it('lets a top court settle earlier departing lower rulings', () => {
    const cell = cellOf([h('top', 'de-bgh', 'yes', '2022-03-02'), h('low', 'de-lg', 'no', '2021-07-01')]);
    expect(cell).toMatchObject({ state: 'answered', words: 'Yes' });
    expect(cell.rulings.find((r) => r.holding.id === 'low')?.role).toBe('settled-by-top-court');
  });

  it('is divided, naming the answers, when a lower court departs from a top court afterwards', () => {
    const cell = cellOf([h('top', 'de-bgh', 'yes', '2022-03-02'), h('low', 'de-lg', 'no', '2024-12-19')]);
    expect(cell).toMatchObject({ state: 'divided', answer: 'yes', answers: ['yes', 'no'], words: 'Different answers: Yes; No' });
    expect(cell.reason).toMatch(/answered “Yes” .* 1 later ruling of a lower court departed from it: “No”/);
    expect(cell.rulings.find((r) => r.holding.id === 'low')?.role).toBe('conflicting');
  });

  it('is divided when courts below the top disagree, naming every answer in the question’s order', () => {
    const cell = cellOf([h('a', 'de-olg', 'partly', '2023-05-05'), h('b', 'de-lg', 'no', '2023-01-10'), h('c', 'de-lg', 'yes', '2023-02-10')]);
    expect(cell).toMatchObject({ state: 'divided', answers: ['partly', 'yes', 'no'], words: 'Different answers: Partly; Yes; No' });
    expect(cell.reason).toMatch(/^Courts are divided and no top court has answered/);
  });

  it('drops a ruling reversed on appeal by a ruling on the same question', () => {
    const sources = new Map([src('src-low', [{ relation: 'reversed-by', target: 'src-high' }]), src('src-high')]);
    const cell = cellOf([h('high', 'de-olg', 'yes', '2021-08-30'), h('low', 'de-lg', 'no', '2021-07-01')], sources);
    expect(cell.state).toBe('answered');
    expect(cell.rulings.find((r) => r.holding.id === 'low')).toMatchObject({ role: 'superseded-on-appeal', supersededBy: 'high', appeal: 'reversed-by' });
  });

  it('keeps a ruling whose appeal was decided on other grounds (no holding on this question)', () => {
    const sources = new Map([src('src-low', [{ relation: 'reversed-by', target: 'src-elsewhere' }]), src('src-elsewhere'), src('src-high')]);
    expect(cellOf([h('high', 'de-olg', 'yes', '2021-08-30'), h('low', 'de-lg', 'no', '2021-07-01')], sources).state).toBe('divided');
  });

  it('says so when the only answers were superseded by appeal rulings that did not reach the question', () => {
    const sources = new Map([src('src-low', [{ relation: 'upheld-by', target: 'src-high' }]), src('src-high')]);
    const cell = cellOf([h('high', 'de-olg', 'not-reached', '2021-08-30', { disposition: 'leave-refused' }), h('low', 'de-lg', 'no', '2021-07-01')], sources);
    expect(cell).toMatchObject({ state: 'not-reached', words: 'Not reached: leave refused' });
    expect(cell.reason).toMatch(/superseded on appeal/);
  });

  it('ignores an appeal ruling that is not in the (as-of) corpus', () => {
    const sources = new Map([src('src-low', [{ relation: 'reversed-by', target: 'src-high' }])]);
    expect(cellOf([h('high', 'de-olg', 'yes', '2021-08-30'), h('low', 'de-lg', 'no', '2021-07-01')], sources).state).toBe('divided');
  });

  it('does not depend on the order holdings come in', () => {
    const list = [h('a', 'de-olg', 'yes', '2023-05-05'), h('b', 'de-lg', 'no', '2023-01-10'), h('c', 'de-bgh', 'not-reached', '2024-01-01')];
    expect(cellOf([...list].reverse())).toEqual(cellOf(list));
  });

  it('shows an undeclared answer id as it is rather than guessing a label', () => {
    expect(deriveCell([h('a', 'de-bgh', 'odd', '2022-01-01')], courts, new Map()).words).toBe('odd');
  });
});

describe('cellRule', () => {
  it('states the rule in the question’s own answers, "not reached" last', () => {
    const rule = cellRule({
      id: 'q',
      title: 'Q?',
      answers: [
        { id: 'not-reached', label: 'Not reached', meaning: 'The ruling did not decide this question.', positions: [] },
        { id: 'in-transit', label: 'Interception in transit', meaning: 'Held to be interception.', positions: [] },
        { id: 'stored', label: 'Stored data', meaning: 'Held to be access to stored data.', positions: [] },
      ],
    });
    expect(rule.legend.map((a) => a.id)).toEqual(['in-transit', 'stored', 'not-reached']);
    expect(rule.steps.join(' ')).toContain('“Interception in transit” or “Stored data”');
    expect(rule.steps.join(' ')).toContain('“Different answers: Interception in transit; Stored data”');
    expect(rule.steps.join(' ')).toContain('“Not reached: declared inadmissible”');
  });
});

describe('buildMatrix', () => {
  it('derives every cell of the fixture from its holdings', () => {
    const m = buildMatrix(corpus);
    expect(m.rows.map((r) => r.question)).toEqual(['q-test', 'q-second']);
    expect(m.columns.map((c) => c.key)).toEqual(['EU', 'DE', 'NL']);
    expect(m.cells.map((row) => row.map((c) => c.words))).toEqual([
      ['Yes', 'Yes', 'Not addressed'],
      ['Not reached: reference answered', 'Different answers: Answer A; Answer B', 'Answer A'],
    ]);
    expect(m.cells.map((row) => row.map((c) => c.state))).toEqual([
      ['answered', 'answered', 'none'],
      ['not-reached', 'divided', 'answered'],
    ]);
    expect(m.emptyJurisdictions).toEqual(['FR']);
  });

  it('replays the matrix as of a date: the judgment of 30 April 2024 is not there the day before', () => {
    const before = buildMatrix(corpus, { asOf: '2024-04-29' });
    expect(before.columns.map((c) => c.key)).toEqual(['DE', 'NL']);
    expect(before.cells.flat().flatMap((c) => c.rulings.map((r) => r.holding.source))).not.toContain('cjeu-c670-22');
    expect(before.cells[0]![0]!.words).toBe('Yes');
    // The lower court's conviction (2024-12-19) has not happened yet: the German cell rests on the top court alone.
    expect(before.cells[0]![0]!.rulings.map((r) => r.holding.id)).not.toContain('h-de-lg-2024');
    expect(buildMatrix(corpus, { asOf: '2024-04-30' }).columns.map((c) => c.key)).toContain('EU');
  });

  it('splits columns by court level', () => {
    const m = buildMatrix(corpus, { split: true, jurisdictions: ['DE'] });
    expect(m.columns.map((c) => c.key)).toEqual(['DE/supreme', 'DE/appeal', 'DE/first-instance']);
    // The reversal by the appeal court is in another column, so the first-instance rulings divide their own cell.
    expect(m.cells[0]!.map((c) => c.words)).toEqual(['Yes', 'Yes', 'Different answers: Yes; No']);
    expect(m.cells[1]!.map((c) => c.words)).toEqual(['Not addressed', 'Answer A', 'Answer B']);
  });

  it('filters by operation, court level, cell state and text', () => {
    expect(buildMatrix(corpus, { operation: 'no-such-op' }).columns).toEqual([]);
    expect(buildMatrix(corpus, { levels: ['supreme'] }).columns.map((c) => c.key)).toEqual(['DE', 'NL']);
    expect(buildMatrix(corpus, { state: 'answered' }).rows.map((r) => r.question)).toEqual(['q-test', 'q-second']);
    expect(buildMatrix(corpus, { state: 'divided' }).rows.map((r) => r.question)).toEqual(['q-second']);
    expect(buildMatrix(corpus, { state: 'not-reached' }).rows.map((r) => r.question)).toEqual(['q-second']);
    expect(buildMatrix(corpus, { state: 'divided', jurisdictions: ['NL'] }).rows).toEqual([]);
    expect(buildMatrix(corpus, { text: 'second' }).rows.map((r) => r.question)).toEqual(['q-second']);
  });

  it('sorts rows by a jurisdiction column and columns by ruling count', () => {
    expect(buildMatrix(corpus, { rowSort: 'jurisdiction:NL' }).rows.map((r) => r.question)).toEqual(['q-second', 'q-test']);
    expect(buildMatrix(corpus, { rowSort: 'title' }).rows.map((r) => r.question)).toEqual(['q-second', 'q-test']);
    expect(buildMatrix(corpus, { columnSort: 'rulings' }).columns.map((c) => c.key)).toEqual(['DE', 'EU', 'NL']);
  });
});

describe('matrix URL parameters', () => {
  it('round-trips options and reports what it cannot read', () => {
    const { options, problems } = parseMatrixParams({ jurisdiction: ['de', 'NL'], level: 'supreme,bogus', state: 'divided', split: '1', sort: 'jurisdiction:DE', columns: 'name', q: ' test ' });
    expect(options).toEqual({ jurisdictions: ['DE', 'NL'], levels: ['supreme'], state: 'divided', split: true, rowSort: 'jurisdiction:DE', columnSort: 'name', text: 'test' });
    expect(problems).toEqual(['unknown court level: bogus']);
    expect(parseMatrixParams(Object.fromEntries(matrixParams(options).reduce((m, [k, v]) => m.set(k, [...(m.get(k) ?? []), v]), new Map<string, string[]>()))).options).toEqual(options);
    expect(parseMatrixParams({ sort: 'drop table' }).problems).toEqual(['unknown sort "drop table"']);
    expect(parseMatrixParams({ state: 'admitted' }).problems).toEqual(['unknown cell state "admitted" (one of answered, divided, not-reached, none)']);
    expect(parseMatrixParams({ outcome: 'admitted' })).toEqual({ options: {}, problems: [expect.stringMatching(/"outcome" is no longer a filter/)] });
  });
});

describe('CSV export', () => {
  it('quotes fields and neutralises formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "x"')).toBe('"say ""x"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('plain')).toBe('plain');
  });

  it('writes the matrix as shown', () => {
    const csv = matrixToCsv(buildMatrix(corpus));
    expect(csv.split('\r\n')).toEqual([
      'question_id,question,EU,DE,NL',
      'q-test,Test question?,Yes,Yes,',
      'q-second,Second test question?,Not reached: reference answered,Different answers: Answer A; Answer B,Answer A',
      '',
    ]);
  });

  it('writes every ruling behind every cell in the long form', () => {
    const csv = matrixToLongCsv(buildMatrix(corpus), sourceById);
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe(
      'question_id,question,column,cell_state,cell_answers,cell,holding_id,role,court,court_level,answer,disposition,disposition_note,evidence,date,source_id,source_title,ecli,pinpoint,url',
    );
    expect(lines).toHaveLength(1 + corpus.holdings.length);
    expect(lines.find((l) => l.includes('h-de-bgh-2022'))).toContain('answered,yes,Yes,h-de-bgh-2022,deciding,Test Federal Court of Justice,supreme,yes,dismissed,,admitted,2022-03-02,de-bgh-2022');
    expect(lines.find((l) => l.includes('h-eu-second'))).toContain('not-reached,,Not reached: reference answered,h-eu-second,not-reached,Court of Justice,supranational,not-reached,reference-answered,,,');
    expect(lines.find((l) => l.includes('h-de-lg-2023'))).toContain('divided,answer-a answer-b,Different answers: Answer A; Answer B,h-de-lg-2023,conflicting');
  });
});
