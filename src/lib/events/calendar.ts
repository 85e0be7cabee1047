import { createEvent, type DateArray, type EventAttributes } from 'ics';

export interface CalendarEvent {
  uid: string;
  title: string;
  description: string;
  start: string;
  end?: string | undefined;
  location: string;
  url: string;
}

/** A moment as the UTC date array `ics` expects; written as DTSTART:…Z, exact in every time zone. */
function utc(moment: string): DateArray {
  const d = new Date(moment);
  return [
    d.getUTCFullYear(),
    d.getUTCMonth() + 1,
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
  ];
}

/** The event as an iCalendar file a calendar application can import. */
export function eventCalendar(event: CalendarEvent): string {
  const common = {
    uid: event.uid,
    title: event.title,
    description: event.description,
    location: event.location,
    url: event.url,
    start: utc(event.start),
    startInputType: 'utc' as const,
    startOutputType: 'utc' as const,
    // DTSTAMP from the event itself, so the same content always builds the same file.
    timestamp: Date.parse(event.start),
    productId: 'metodika',
    calName: event.title,
  };
  const attributes: EventAttributes = event.end
    ? { ...common, end: utc(event.end), endInputType: 'utc', endOutputType: 'utc' }
    : { ...common, duration: { hours: 2 } };
  const { error, value } = createEvent(attributes);
  if (error || !value)
    throw new Error(`Cannot write the calendar file of ${event.uid}: ${String(error)}`);
  return value;
}
