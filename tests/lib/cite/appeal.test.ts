import { describe, expect, it } from 'vitest';
import { validateCorpus } from '@/lib/data/validate';
import { appealChain } from '@/lib/cite/appeal';
import { syntheticFiles } from '../../fixtures/synthetic';

const sources = validateCorpus(syntheticFiles()).sources;

describe('appealChain', () => {
  it('orders the chain from the first ruling, from either end', () => {
    const want = [
      { id: 'syn-uk-first', rel: 'upheld-by' },
      { id: 'syn-uk-appeal', rel: undefined },
    ];
    for (const start of ['syn-uk-first', 'syn-uk-appeal']) {
      expect(appealChain(start, sources).map((s) => ({ id: s.source.id, rel: s.relationToNext }))).toEqual(want);
    }
  });
  it('is empty for a ruling with no appeal, and survives a cycle', () => {
    expect(appealChain('src-judgment', sources)).toEqual([]);
    const cyclic = sources.map((s) => (s.id === 'syn-uk-appeal' ? { ...s, appeal: [{ relation: 'reversed-by' as const, target: 'syn-uk-first' }] } : s));
    expect(appealChain('syn-uk-first', cyclic).length).toBe(2);
  });
});
