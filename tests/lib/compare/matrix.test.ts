import { describe, expect, it } from 'vitest';
import { validateCorpus, type LocatedHolding } from '@/lib/data/validate';
import { buildMatrix, csvField, deriveCell, matrixParams, matrixToCsv, matrixToLongCsv, parseMatrixParams } from '@/lib/compare/matrix';
import { courtIndex } from '@/lib/compare/courts';
import type { Source } from '@/lib/model/schema';
import { compareFixtureFiles } from '../../fixtures/compare';

const corpus = validateCorpus(compareFixtureFiles());
const courts = courtIndex(corpus.jurisdictions);
const sourceById = new Map(corpus.sources.map((s) => [s.id, s]));

const h = (id: string, court: string, outcome: LocatedHolding['outcome'], date: string, source = `src-${id}`): LocatedHolding => ({
  id,
  source,
  question: 'q',
  jurisdiction: courts.get(court)!.jurisdiction,
  court,
  outcome,
  date,
  summary: 'synthetic',
  adopts: [],
  rejects: [],
  operations: [],
});
const src = (id: string, appeal: Source['appeal'] = []): [string, Source] => [id, { ...corpus.sources[0]!, id, appeal }];

describe('deriveCell', () => {
  it('is empty without holdings', () => {
    expect(deriveCell([], courts, sourceById).outcome).toBe('none');
  });

  it('is open when every ruling left the question open', () => {
    const cell = deriveCell([h('a', 'de-bgh', 'open', '2022-01-01'), h('b', 'de-lg', 'open', '2021-01-01')], courts, new Map());
    expect(cell.outcome).toBe('open');
    expect(cell.deciding).toBeUndefined();
  });

  it('lets an answer outrank a higher court that left the question open', () => {
    const cell = deriveCell([h('a', 'de-bverfg', 'open', '2023-01-01'), h('b', 'de-bgh', 'excluded', '2021-01-01')], courts, new Map());
    expect(cell.outcome).toBe('excluded');
    expect(cell.deciding?.id).toBe('b');
  });

  it('takes the highest court, then its latest ruling', () => {
    const cell = deriveCell([h('a', 'de-bgh', 'excluded', '2021-01-01'), h('b', 'de-bgh', 'admitted', '2022-01-01')], courts, new Map());
    expect(cell.deciding?.id).toBe('b');
    expect(cell.rulings.map((r) => r.holding.id)).toEqual(['b', 'a']);
  });

  it('is mixed when the deciding ruling is a partial defence win', () => {
    expect(deriveCell([h('a', 'de-bgh', 'mixed', '2022-01-01'), h('b', 'de-lg', 'admitted', '2021-01-01')], courts, new Map()).outcome).toBe('mixed');
  });

  it('lets a top court settle earlier conflicting lower rulings', () => {
    const cell = deriveCell([h('top', 'de-bgh', 'admitted', '2022-03-02'), h('low', 'de-lg', 'excluded', '2021-07-01')], courts, new Map());
    expect(cell.outcome).toBe('admitted');
    expect(cell.rulings.find((r) => r.holding.id === 'low')?.role).toBe('settled-by-top-court');
  });

  it('is mixed when a lower court departs from a top court afterwards', () => {
    const cell = deriveCell([h('top', 'de-bgh', 'admitted', '2022-03-02'), h('low', 'de-lg', 'excluded', '2024-12-19')], courts, new Map());
    expect(cell.outcome).toBe('mixed');
    expect(cell.rulings.find((r) => r.holding.id === 'low')?.role).toBe('conflicting');
  });

  it('is mixed when courts below the top conflict', () => {
    expect(deriveCell([h('a', 'de-olg', 'admitted', '2023-05-05'), h('b', 'de-lg', 'excluded', '2023-01-10')], courts, new Map()).outcome).toBe('mixed');
  });

  it('drops a ruling reversed on appeal by a ruling on the same question', () => {
    const sources = new Map([src('src-low', [{ relation: 'reversed-by', target: 'src-high' }]), src('src-high')]);
    const cell = deriveCell([h('high', 'de-olg', 'admitted', '2021-08-30'), h('low', 'de-lg', 'excluded', '2021-07-01')], courts, sources);
    expect(cell.outcome).toBe('admitted');
    expect(cell.rulings.find((r) => r.holding.id === 'low')).toMatchObject({ role: 'superseded-on-appeal', supersededBy: 'high', appeal: 'reversed-by' });
  });

  it('keeps a ruling whose appeal was decided on other grounds (no holding on this question)', () => {
    const sources = new Map([src('src-low', [{ relation: 'reversed-by', target: 'src-elsewhere' }]), src('src-elsewhere'), src('src-high')]);
    expect(deriveCell([h('high', 'de-olg', 'admitted', '2021-08-30'), h('low', 'de-lg', 'excluded', '2021-07-01')], courts, sources).outcome).toBe('mixed');
  });

  it('ignores an appeal ruling that is not in the (as-of) corpus', () => {
    const sources = new Map([src('src-low', [{ relation: 'reversed-by', target: 'src-high' }])]);
    const cell = deriveCell([h('high', 'de-olg', 'admitted', '2021-08-30'), h('low', 'de-lg', 'excluded', '2021-07-01')], courts, sources);
    expect(cell.outcome).toBe('mixed');
  });

  it('does not depend on the order holdings come in', () => {
    const list = [h('a', 'de-olg', 'admitted', '2023-05-05'), h('b', 'de-lg', 'excluded', '2023-01-10'), h('c', 'de-bgh', 'open', '2024-01-01')];
    expect(deriveCell([...list].reverse(), courts, new Map())).toEqual(deriveCell(list, courts, new Map()));
  });
});

describe('buildMatrix', () => {
  it('derives every cell of the fixture from its holdings', () => {
    const m = buildMatrix(corpus);
    expect(m.rows.map((r) => r.question)).toEqual(['q-test', 'q-second']);
    expect(m.columns.map((c) => c.key)).toEqual(['EU', 'DE', 'NL']);
    expect(m.cells.map((row) => row.map((c) => c.outcome))).toEqual([
      ['admitted', 'mixed', 'none'],
      ['none', 'mixed', 'admitted'],
    ]);
    expect(m.emptyJurisdictions).toEqual(['FR']);
  });

  it('replays the matrix as of a date: the judgment of 30 April 2024 is not there the day before', () => {
    const before = buildMatrix(corpus, { asOf: '2024-04-29' });
    expect(before.columns.map((c) => c.key)).toEqual(['DE', 'NL']);
    expect(before.cells.flat().flatMap((c) => c.rulings.map((r) => r.holding.source))).not.toContain('cjeu-c670-22');
    // The lower court's departure (2024-12-19) has not happened yet, so the top court's answer stands.
    expect(before.cells[0]![0]!.outcome).toBe('admitted');
    expect(buildMatrix(corpus, { asOf: '2024-04-30' }).columns.map((c) => c.key)).toContain('EU');
  });

  it('splits columns by court level', () => {
    const m = buildMatrix(corpus, { split: true, jurisdictions: ['DE'] });
    expect(m.columns.map((c) => c.key)).toEqual(['DE/supreme', 'DE/appeal', 'DE/first-instance']);
    expect(m.cells[0]!.map((c) => c.outcome)).toEqual(['admitted', 'admitted', 'excluded']);
  });

  it('filters by operation, court level, outcome and text', () => {
    expect(buildMatrix(corpus, { operation: 'no-such-op' }).columns).toEqual([]);
    expect(buildMatrix(corpus, { levels: ['supreme'] }).columns.map((c) => c.key)).toEqual(['DE', 'NL']);
    expect(buildMatrix(corpus, { outcome: 'admitted' }).rows.map((r) => r.question)).toEqual(['q-test', 'q-second']);
    expect(buildMatrix(corpus, { outcome: 'excluded' }).rows).toEqual([]);
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
    const { options, problems } = parseMatrixParams({ jurisdiction: ['de', 'NL'], level: 'supreme,bogus', outcome: 'mixed', split: '1', sort: 'jurisdiction:DE', columns: 'name', q: ' test ' });
    expect(options).toEqual({ jurisdictions: ['DE', 'NL'], levels: ['supreme'], outcome: 'mixed', split: true, rowSort: 'jurisdiction:DE', columnSort: 'name', text: 'test' });
    expect(problems).toEqual(['unknown court level: bogus']);
    expect(parseMatrixParams(Object.fromEntries(matrixParams(options).reduce((m, [k, v]) => m.set(k, [...(m.get(k) ?? []), v]), new Map<string, string[]>()))).options).toEqual(options);
    expect(parseMatrixParams({ sort: 'drop table' }).problems).toEqual(['unknown sort "drop table"']);
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
    expect(csv.split('\r\n')).toEqual(['question_id,question,EU,DE,NL', 'q-test,Test question?,admitted,mixed,', 'q-second,Second test question?,,mixed,admitted', '']);
  });

  it('writes every ruling behind every cell in the long form', () => {
    const csv = matrixToLongCsv(buildMatrix(corpus), sourceById);
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('question_id,question,column,cell_outcome,holding_id,role,court,court_level,outcome,date,source_id,source_title,ecli,pinpoint,url');
    expect(lines).toHaveLength(1 + corpus.holdings.length);
    expect(lines.find((l) => l.includes('h-de-bgh-2022'))).toContain('deciding,Test Federal Court of Justice,supreme,admitted,2022-03-02,de-bgh-2022');
  });
});
