import { describe, expect, it } from 'vitest';
import { parseAsOf, queryString } from '@/lib/compare/query';

describe('asOf parameter', () => {
  it('accepts a calendar date and refuses anything else with a reason', () => {
    expect(parseAsOf({ asOf: '2024-04-29' })).toEqual({ asOf: '2024-04-29', problem: undefined });
    expect(parseAsOf({ asOf: ['2024-04-29', 'x'] }).asOf).toBe('2024-04-29');
    expect(parseAsOf({})).toEqual({ asOf: undefined, problem: undefined });
    expect(parseAsOf({ asOf: '2024-02-30' }).problem).toMatch(/not a date/);
    expect(parseAsOf({ asOf: '2024' }).asOf).toBeUndefined();
  });

  it('builds query strings without empty values', () => {
    expect(queryString([['asOf', '2024-04-29'], ['operation', undefined], ['jurisdiction', 'DE']])).toBe('?asOf=2024-04-29&jurisdiction=DE');
    expect(queryString([['asOf', '']])).toBe('');
  });
});
