import type { APIRoute } from 'astro';
import { eventCalendar } from '../../../lib/events/calendar';
import { type SiteModel } from '../../../model';
import { entryPaths, type EntryProps } from '../../../paths';

export async function getStaticPaths() {
  return entryPaths('slug', (model) => model.events);
}

/** The event as an iCalendar file (`/events/<slug>.ics`, per locale). */
export const GET: APIRoute = async ({ props, site }) => {
  const { id, entry: event } = props as EntryProps<SiteModel['events'][number]>;
  const { start, end, venue, address, description } = event.entry.data;
  const body = eventCalendar({
    uid: `${id}@${site?.host ?? 'metodika'}`,
    title: event.title,
    description: description ?? event.title,
    start,
    end,
    location: `${venue}, ${address}`,
    url: new URL(event.href, site).href,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
