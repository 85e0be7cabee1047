import type { APIRoute } from 'astro';
import { getOpenData } from '../../model';

/** The published aggregates as JSON: the same figures the pages show, never more. */
export const GET: APIRoute = async () => {
  const { site, results, rows } = await getOpenData();
  const body = {
    sampleData: site.sampleData,
    minGroupSize: results.k,
    pilotCount: results.published ? results.pilotCount : null,
    locales: site.locales,
    rows,
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
};
