import type { APIRoute } from 'astro';
import { toCsv } from '../../lib/results/open-data';
import { getOpenData } from '../../model';

/** The published aggregates as CSV, one label column per locale. */
export const GET: APIRoute = async () => {
  const { site, rows } = await getOpenData();
  return new Response(toCsv(rows, site.locales), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
