import { describe, expect, it } from 'vitest';
import { readAsOf, withAsOf, withoutAsOf } from '@/lib/asof';

describe('readAsOf', () => {
  it('reads a real date, treats absence as today, and names the parameter in its error', () => {
    expect(readAsOf('2023-02-01')).toEqual({ asOf: '2023-02-01' });
    expect(readAsOf(undefined)).toEqual({ asOf: undefined });
    expect(readAsOf('')).toEqual({ asOf: undefined });
    for (const bad of ['2024-02-30', '2023-2-1', 'yesterday', '2023-02-01T00:00', '<script>']) {
      expect(readAsOf(bad).error, bad).toMatch(/^asOf: ".*" is not a date in the form YYYY-MM-DD$/);
    }
  });
});

describe('withAsOf', () => {
  it('adds the date to internal links, keeping query and fragment', () => {
    expect(withAsOf('/node/pos-x', '2023-02-01')).toBe('/node/pos-x?asOf=2023-02-01');
    expect(withAsOf('/matrix?q=a#cell', '2023-02-01')).toBe('/matrix?q=a&asOf=2023-02-01#cell');
    expect(withAsOf('/map?asOf=2020-01-01', '2023-02-01')).toBe('/map?asOf=2020-01-01');
  });
  it('leaves external links, fragments, files and every link without a date alone', () => {
    expect(withAsOf('https://curia.europa.eu/x', '2023-02-01')).toBe('https://curia.europa.eu/x');
    expect(withAsOf('//evil.example/x', '2023-02-01')).toBe('//evil.example/x');
    expect(withAsOf('#positions', '2023-02-01')).toBe('#positions');
    expect(withAsOf('/icon.svg', '2023-02-01')).toBe('/icon.svg');
    expect(withAsOf('/node/x', undefined)).toBe('/node/x');
  });
  it('takes the date off for the link back to today', () => {
    expect(withoutAsOf('/questions/q?asOf=2023-02-01&x=1#a')).toBe('/questions/q?x=1#a');
  });
});
