import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { eventCalendar } from '../../../src/lib/events/calendar.ts';
import { eventDay, eventIsOver, formatEventTime } from '../../../src/lib/events/time.ts';
import { handoutsOf } from '../../../src/lib/handouts/list.ts';
import { qrSvg } from '../../../src/lib/handouts/qr.ts';

describe('event times', () => {
  it('are shown in Riga time in the reader’s language, wherever the offset was written', () => {
    expect(formatEventTime('2011-05-24T10:00:00+03:00', '2011-05-24T14:00:00+03:00', 'lv')).toBe(
      '2011. gada 24. maijs, 10:00–14:00',
    );
    expect(formatEventTime('2011-05-24T07:00:00Z', undefined, 'en')).toBe('24 May 2011, 10:00');
    expect(formatEventTime('2020-01-15T10:00:00+02:00', '2020-01-16T12:00:00+02:00', 'en')).toBe(
      '15 January 2020, 10:00 – 16 January 2020, 12:00',
    );
  });

  it('fall on the calendar day of Riga, not of UTC', () => {
    expect(eventDay('2011-05-24T01:30:00+03:00')).toBe('2011-05-24');
  });
});

describe('past events', () => {
  it('are over once they end, or once they start when they name no end', () => {
    const now = new Date('2026-12-04T12:00:00Z');
    const event = { start: '2026-12-04T10:00:00+02:00', end: '2026-12-04T15:00:00+02:00' };
    expect(eventIsOver(event, now)).toBe(false);
    expect(eventIsOver({ start: event.start }, now)).toBe(true);
    expect(eventIsOver(event, new Date('2026-12-04T13:00:01Z'))).toBe(true);
  });
});

describe('calendar files', () => {
  const ics = eventCalendar({
    uid: 'kurzeme@example.lv',
    title: 'Informatīvais pasākums Kurzemē',
    description: 'Metodikas prezentācija',
    start: '2011-05-24T10:00:00+03:00',
    end: '2011-05-24T14:00:00+03:00',
    location: 'Liepāja',
    url: 'https://example.lv/events/2011-kurzeme/',
  });

  it('parse back to the same moments and title', () => {
    const event = new ICAL.Event(
      new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent') ?? undefined,
    );
    expect(event.startDate.toJSDate().toISOString()).toBe('2011-05-24T07:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2011-05-24T11:00:00.000Z');
    expect(event.summary).toBe('Informatīvais pasākums Kurzemē');
  });

  it('are the same file every build', () => {
    expect(ics).toContain('DTSTAMP:20110524T070000Z');
  });
});

describe('handouts', () => {
  it('are the built-in ones and then every report', () => {
    expect(handoutsOf(['pilot-outcomes']).map((h) => `${h.kind}:${h.id}`)).toEqual([
      'methodology-summary:methodology-summary',
      'worksheet:worksheet',
      'pilot-summary:pilot-summary',
      'report:pilot-outcomes',
    ]);
  });

  it('carry a QR code as SVG without script or inline style', async () => {
    const svg = await qrSvg('https://example.lv/handouts/worksheet/');
    expect(svg).toMatch(/^<svg[^>]*viewBox/);
    expect(svg).not.toMatch(/<script|style=/);
  });
});
