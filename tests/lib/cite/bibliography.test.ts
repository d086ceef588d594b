import { describe, expect, it } from 'vitest';
import { validateCorpus } from '@/lib/data/validate';
import { bibliography, filterToQuery, parseFilter } from '@/lib/cite/bibliography';
import { syntheticFiles } from '../../fixtures/synthetic';

const corpus = validateCorpus(syntheticFiles());

describe('bibliography', () => {
  it('filters by jurisdiction, court, type and operation', () => {
    expect(bibliography(corpus.sources, { jurisdiction: 'GB' }).map((s) => s.id)).toEqual(['syn-uk-appeal', 'syn-uk-first']);
    expect(bibliography(corpus.sources, { court: 'cjeu' }).map((s) => s.id)).toEqual(['src-judgment']);
    expect(bibliography(corpus.sources, { type: 'legislation' }).map((s) => s.id)).toEqual(['syn-directive']);
    expect(bibliography(corpus.sources, { operation: 'op-test' }).map((s) => s.id)).toEqual(['src-judgment']);
    expect(bibliography(corpus.sources)).toHaveLength(corpus.sources.length);
  });
  it('reads and writes the filter as a query string', () => {
    const f = parseFilter(new URLSearchParams('jurisdiction=GB&type=judgment&court=&x=1'));
    expect(f).toEqual({ jurisdiction: 'GB', type: 'judgment' });
    expect(filterToQuery(f)).toBe('?jurisdiction=GB&type=judgment');
    expect(() => parseFilter(new URLSearchParams('type=book'))).toThrow(/unknown source type "book"/);
  });
});
