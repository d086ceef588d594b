import { describe, expect, it } from 'vitest';
import { validateCorpus } from '@/lib/data/validate';
import { corpusAsOf } from '@/lib/graph/replay';
import { appealChains, courtHierarchy, rulingsOf } from '@/lib/compare/jurisdiction';
import { compareFixtureFiles } from '../../fixtures/compare';

const corpus = validateCorpus(compareFixtureFiles());

describe('jurisdiction view', () => {
  it('lists courts highest first with their rulings counted', () => {
    expect(courtHierarchy(corpus, 'DE').map((c) => [c.id, c.level, c.rulings])).toEqual([
      ['de-bverfg', 'constitutional', 0],
      ['de-bgh', 'supreme', 1],
      ['de-olg', 'appeal', 2],
      ['de-lg', 'first-instance', 4],
    ]);
    expect(courtHierarchy(corpus, 'XX')).toEqual([]);
  });

  it('lists rulings oldest first with their holdings', () => {
    const rulings = rulingsOf(corpus, 'DE');
    expect(rulings.map((r) => r.source.date)).toEqual([...rulings.map((r) => r.source.date)].sort());
    expect(rulings.find((r) => r.source.id === 'de-bgh-2022')!.holdings.map((h) => h.id)).toEqual(['h-de-bgh-2022']);
  });

  it('follows appeal chains, including a reference that leaves the jurisdiction', () => {
    expect(appealChains(corpus, 'DE')).toEqual([
      { sources: ['de-lg-2021', 'de-olg-2021'], steps: [{ from: 'de-lg-2021', relation: 'reversed-by', to: 'de-olg-2021' }] },
      { sources: ['de-lg-referral', 'cjeu-c670-22'], steps: [{ from: 'de-lg-referral', relation: 'referred-to', to: 'cjeu-c670-22', note: 'Synthetic reference.' }] },
    ]);
    expect(appealChains(corpus, 'EU').map((c) => c.sources)).toEqual([['de-lg-referral', 'cjeu-c670-22']]);
    expect(appealChains(corpus, 'FR')).toEqual([]);
  });

  it('drops links to rulings not yet given on the date', () => {
    expect(appealChains(corpusAsOf(corpus, '2024-04-29'), 'DE').map((c) => c.sources)).toEqual([['de-lg-2021', 'de-olg-2021']]);
  });
});
