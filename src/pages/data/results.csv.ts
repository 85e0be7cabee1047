import type { APIRoute } from 'astro';
import { getOpenData } from '../../results-model';

/** The published aggregates as CSV, one label column per locale. */
export const GET: APIRoute = async () => {
  const { csv } = await getOpenData();
  return new Response(csv, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
