import { z } from 'zod';

/** A published pilot figure the tool compares with: only what the open data carries. */
export interface PublishedFigure {
  mean: number;
  n?: number | undefined;
}

/** The pilots' published averages per criterion code and per kind; anything hidden is simply absent. */
export interface PublishedAverages {
  sampleData: boolean;
  criteria: Map<string, PublishedFigure>;
  kinds: Map<string, PublishedFigure>;
}

// Only the fields the comparison reads; everything else in a row is ignored, and a hidden cell
// may carry any subset of them (or be left out), so each is optional.
const row = z
  .object({
    scope: z.string(),
    id: z.string(),
    mean: z.number().nullish(),
    n: z.number().nullish(),
    edition: z.string().optional(),
  })
  .passthrough();
const file = z
  .object({
    sampleData: z.boolean().optional(),
    currentEdition: z.string().optional(),
    rows: z.array(z.unknown()),
  })
  .passthrough();

/**
 * Reads the site's own /data/results.json: a criterion or kind row with a numeric mean is a
 * published figure; a row without one (hidden, or not published at all) is left out, so the
 * tool can never show more than the results pages do. The tool assesses the current edition, so
 * with editions only the current edition's rows count: another edition's pilots scored other
 * criteria. Undefined when the file is not readable.
 */
export function parsePublishedAverages(data: unknown): PublishedAverages | undefined {
  const parsed = file.safeParse(data);
  if (!parsed.success) return undefined;
  const criteria = new Map<string, PublishedFigure>();
  const kinds = new Map<string, PublishedFigure>();
  for (const item of parsed.data.rows) {
    const r = row.safeParse(item);
    if (!r.success || typeof r.data.mean !== 'number') continue;
    if (r.data.edition !== undefined && r.data.edition !== parsed.data.currentEdition) continue;
    const target =
      r.data.scope === 'criterion' ? criteria : r.data.scope === 'kind' ? kinds : undefined;
    target?.set(r.data.id, { mean: r.data.mean, n: r.data.n ?? undefined });
  }
  return { sampleData: parsed.data.sampleData ?? false, criteria, kinds };
}
