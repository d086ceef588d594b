import { describe, expect, it } from 'vitest';
import { earliestDay, isCalendarDate, isOnOrBefore, latestDay } from '@/lib/model/dates';

describe('partial dates', () => {
  it('accepts real calendar dates at day, month and year precision', () => {
    for (const d of ['2024-04-30', '2024-02-29', '2024-04', '2024']) expect(isCalendarDate(d), d).toBe(true);
    for (const d of ['2023-02-29', '2024-13', '2024-04-31', '24-04-30', '2024-4-30', '']) expect(isCalendarDate(d), d).toBe(false);
  });

  it('replays a partial date from the end of its period, never before it can have existed', () => {
    expect(latestDay('2024')).toBe('2024-12-31');
    expect(latestDay('2024-02')).toBe('2024-02-29');
    expect(earliestDay('2024-02')).toBe('2024-02-01');
    expect(isOnOrBefore('2024-04-30', '2024-04-29')).toBe(false);
    expect(isOnOrBefore('2024-04-30', '2024-04-30')).toBe(true);
    expect(isOnOrBefore('2024', '2024-06-01')).toBe(false);
  });
});
