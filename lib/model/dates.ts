/** Partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD): validation and the bounds used by "as of" replay. */

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function isCalendarDate(value: string): boolean {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  return day >= 1 && day <= daysInMonth(Number(y), month);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The last day a partial date can mean. Replay uses it so that a node dated only "2024"
 * never appears before it can have existed.
 */
export function latestDay(value: string): string {
  const m = PARTIAL_DATE.exec(value);
  if (!m) throw new Error(`not a date: "${value}"`);
  const [, y, mo, d] = m;
  if (d !== undefined) return value;
  if (mo !== undefined) return `${y}-${mo}-${String(daysInMonth(Number(y), Number(mo))).padStart(2, '0')}`;
  return `${y}-12-31`;
}

/** The first day a partial date can mean, for sorting on a time axis. */
export function earliestDay(value: string): string {
  const m = PARTIAL_DATE.exec(value);
  if (!m) throw new Error(`not a date: "${value}"`);
  const [, y, mo, d] = m;
  return `${y}-${mo ?? '01'}-${d ?? '01'}`;
}

/** True when something dated `value` had certainly happened by `asOf` (a full YYYY-MM-DD). */
export function isOnOrBefore(value: string, asOf: string): boolean {
  return latestDay(value) <= asOf;
}
