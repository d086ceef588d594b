import { describe, expect, it } from 'vitest';
import { parseSearchRequest } from '@/lib/search/query';

const parse = (qs: string) => parseSearchRequest(new URLSearchParams(qs), new Set(['NL', 'DE', 'ECHR']));
const fields = (qs: string) => parse(qs).errors.map((e) => e.field);

describe('search parameters', () => {
  it('accepts a query with filters', () => {
    expect(parse('q=EncroChat&kind=holding,source&jurisdiction=nl&asOf=2024-01-31&limit=5').request).toEqual({
      q: 'EncroChat',
      kinds: ['holding', 'source'],
      jurisdiction: 'NL',
      asOf: '2024-01-31',
      limit: 5,
    });
  });

  it('names the parameter that is wrong', () => {
    expect(fields('q=')).toEqual(['q']);
    expect(fields('')).toEqual(['q']);
    expect(fields('q=' + 'a'.repeat(10_000))).toEqual(['q']);
    expect(fields('q=' + encodeURIComponent('w '.repeat(13)))).toEqual(['q']);
    expect(fields('q=' + encodeURIComponent('w '.repeat(12)))).toEqual([]);
    expect(fields('q=%00%01binary')).toEqual(['q']);
    expect(fields('q=%FF%FE')).toEqual(['q']);
    expect(fields('q=x&kind=ruling')).toEqual(['kind']);
    expect(fields('q=x&asOf=2024-02-30')).toEqual(['asOf']);
    expect(fields('q=x&asOf=yesterday')).toEqual(['asOf']);
    expect(fields('q=x&jurisdiction=XX')).toEqual(['jurisdiction']);
    expect(fields('q=x&limit=0')).toEqual(['limit']);
    expect(parse('q=x&kind=' + 'k'.repeat(5000)).errors[0]!.message.length).toBeLessThan(200);
  });
});
