import { describe, expect, it } from 'vitest';
import { isoDay, renderedDates, withAccessDate } from '@/lib/cite/accessed';

describe('access dates', () => {
  it('writes dates as the en-GB and en-US CSL locales do', () => {
    expect(renderedDates('2026-01-02', 'en-GB')[0]).toBe('2 January 2026');
    expect(renderedDates('2026-01-02', 'en-US')[0]).toBe('January 2, 2026');
  });
  it('replaces only the placeholder', () => {
    expect(withAccessDate('X (2 January 2026) accessed 31 December 1999', '2026-05-06', 'en-GB')).toBe('X (2 January 2026) accessed 6 May 2026');
    expect(withAccessDate('Accessed December 31, 1999.', '2026-05-06', 'en-US')).toBe('Accessed May 6, 2026.');
  });
  it('gives a UTC day', () => {
    expect(isoDay(new Date(Date.UTC(2026, 0, 2, 23, 59)))).toBe('2026-01-02');
  });
});
