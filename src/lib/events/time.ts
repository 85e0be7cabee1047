import { intlLocale } from '../text/locale.ts';

/** Events happen in Latvia: their times are shown in Riga's time zone, whatever the reader's. */
export const EVENT_TIME_ZONE = 'Europe/Riga';

/** "24. maijs 2011, 10:00–14:00" in the reader's language, in the event's own time zone. */
export function formatEventTime(
  start: string,
  end: string | undefined,
  locale: string,
  timeZone = EVENT_TIME_ZONE,
): string {
  const date = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone });
  const time = new Intl.DateTimeFormat(intlLocale(locale), {
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    hourCycle: 'h23',
  });
  const from = new Date(start);
  if (!end) return `${date.format(from)}, ${time.format(from)}`;
  const to = new Date(end);
  return date.format(from) === date.format(to)
    ? `${date.format(from)}, ${time.format(from)}–${time.format(to)}`
    : `${date.format(from)}, ${time.format(from)} – ${date.format(to)}, ${time.format(to)}`;
}

/** The calendar day of an event in its own time zone (`2011-05-24`), for sorting and `<time>`. */
export function eventDay(start: string, timeZone = EVENT_TIME_ZONE): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(start));
}

/**
 * True once an event has ended (its start, when it names no end) at `now`, the build's time: a
 * past event's page offers no "add to calendar".
 */
export function eventIsOver(
  event: { start: string; end?: string | undefined },
  now: Date,
): boolean {
  return Date.parse(event.end ?? event.start) < now.getTime();
}
