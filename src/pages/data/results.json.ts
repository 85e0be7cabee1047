import type { APIRoute } from 'astro';
import { getOpenData } from '../../results-model';

/** The published aggregates as JSON: the same figures the pages show, never more. */
export const GET: APIRoute = async () => {
  const { json } = await getOpenData();
  return new Response(json, {
    headers: { 'Content-Type': 'application/json' },
  });
};
