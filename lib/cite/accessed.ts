/**
 * Access dates in static pages. A page is built once but read on many days, so the reference is
 * formatted with a placeholder access date and the reader's browser puts today's date in its place,
 * written the way the style's locale writes dates.
 */

/** A date no real access can have, so its rendering can be found and replaced. */
export const ACCESS_DATE_PLACEHOLDER = '1999-12-31';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** How CSL's en-GB and en-US locales write a full date in long form, plus the ISO form. */
export function renderedDates(iso: string, lang: 'en-GB' | 'en-US'): string[] {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const month = MONTHS[m - 1]!;
  return [lang === 'en-GB' ? `${d} ${month} ${y}` : `${month} ${d}, ${y}`, iso];
}

/** The text with every rendering of the placeholder date replaced by `today` (YYYY-MM-DD). */
export function withAccessDate(text: string, today: string, lang: 'en-GB' | 'en-US'): string {
  const from = renderedDates(ACCESS_DATE_PLACEHOLDER, lang);
  const to = renderedDates(today, lang);
  let out = text;
  from.forEach((f, i) => (out = out.split(f).join(to[i]!)));
  return out;
}

/** Today in UTC as YYYY-MM-DD. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
