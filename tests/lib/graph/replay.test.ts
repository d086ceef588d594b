import { describe, expect, it } from 'vitest';
import { validateCorpus } from '@/lib/data/validate';
import { corpusAsOf, isReplayDate } from '@/lib/graph/replay';
import { fixtureFiles } from '../../fixtures/corpus';

const corpus = validateCorpus(fixtureFiles());
const ids = (c: { nodes: { id: string }[] }) => c.nodes.map((n) => n.id).sort();

describe('corpusAsOf', () => {
  it('returns the corpus unchanged without a date', () => {
    expect(corpusAsOf(corpus, undefined)).toBe(corpus);
  });

  it('drops what was not yet stated, including a ruling and its holdings', () => {
    const before = corpusAsOf(corpus, '2024-04-29');
    expect(ids(before)).toEqual(['arg-against-yes', 'pos-no', 'q-test']);
    expect(before.holdings).toEqual([]);
    expect(before.sources.map((s) => s.id)).toEqual(['src-article']);
  });

  it('shows a node dated only by year from the end of that year', () => {
    expect(ids(corpusAsOf(corpus, '2023-12-30'))).toEqual(['q-test']);
    expect(ids(corpusAsOf(corpus, '2023-12-31'))).toEqual(['arg-against-yes', 'pos-no', 'q-test']);
  });

  it('keeps only links whose targets are present', () => {
    const before = corpusAsOf(corpus, '2024-04-29');
    expect(before.nodes.find((n) => n.id === 'arg-against-yes')!.links.map((l) => l.target)).toEqual(['pos-no']);
  });

  it('removes a node while nothing it points at is present yet', () => {
    const files = fixtureFiles();
    const q = files.find((f) => f.path.endsWith('q01-test.json'))!.data as any;
    q.arguments[0].firstStated = '2020-01-01'; // arg-for-yes predates pos-yes, its only target
    const asOf = corpusAsOf(validateCorpus(files), '2024-04-29');
    expect(asOf.nodes.some((n) => n.id === 'arg-for-yes')).toBe(false);
    expect(corpusAsOf(validateCorpus(files), '2024-04-30').nodes.some((n) => n.id === 'arg-for-yes')).toBe(true);
  });

  it('drops citations to sources not yet published that day, keeping the node', () => {
    const files = fixtureFiles();
    const q = files.find((f) => f.path.endsWith('q01-test.json'))!.data as any;
    q.positions[1].citations.push({ source: 'src-judgment' }); // pos-no (2023) also cites the 2024 judgment
    const asOf = corpusAsOf(validateCorpus(files), '2024-01-01');
    expect(asOf.nodes.find((n) => n.id === 'pos-no')!.citations.map((c) => c.source)).toEqual(['src-article']);
    expect(corpusAsOf(validateCorpus(files), '2024-04-30').nodes.find((n) => n.id === 'pos-no')!.citations.map((c) => c.source)).toEqual(['src-article', 'src-judgment']);
  });

  it('shows everything on and after the last date', () => {
    expect(ids(corpusAsOf(corpus, '2030-01-01'))).toEqual(ids(corpus));
  });

  it('refuses a malformed date', () => {
    expect(() => corpusAsOf(corpus, '2024-02-30')).toThrow(/YYYY-MM-DD/);
    expect(isReplayDate('2024-02-29')).toBe(true);
  });
});
