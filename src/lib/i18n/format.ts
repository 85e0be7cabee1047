/** Dates and lists as readers of each language write them: "2012. gada 1. marts", "a, b un c". */
import { intlLocale } from '../text/locale.ts';

/**
 * A content date (`YYYY-MM-DD`, or `YYYY-MM` for a month) in the locale's long form. Read as a
 * calendar day in UTC, so no time zone moves it to the day before.
 */
export function longDate(day: string, locale: string): string {
  const [year, month, date] = day.split('-').map(Number);
  const at = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, date ?? 1));
  const options: Intl.DateTimeFormatOptions =
    date === undefined
      ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
      : { dateStyle: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(intlLocale(locale), options).format(at);
}

/** Items joined the way the language joins a list: "a, b un c", "a, b and c", "a, b ir c". */
export function joinList(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(intlLocale(locale), { type: 'conjunction' }).format(items);
}

/**
 * The same list as parts, for pages that mark up each item (its own `lang`): an item's index,
 * or the words between items ("", ", ", " un ").
 */
export function listParts(
  count: number,
  locale: string,
): Array<{ item: number } | { literal: string }> {
  let item = 0;
  return new Intl.ListFormat(intlLocale(locale), { type: 'conjunction' })
    .formatToParts(Array.from({ length: count }, (_, i) => `\u0000${i}`))
    .map((part) => (part.type === 'element' ? { item: item++ } : { literal: part.value }));
}
