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
  /** Criterion codes the file lists without a figure: hidden, so that no provider is recognised. */
  hidden: Set<string>;
  /** How many pilots the figures rest on; undefined when the file does not say. */
  pilotCount?: number | undefined;
}

// Only the fields the comparison reads; everything else in a row is ignored, and a hidden cell
// may carry any subset of them (or be left out), so each is optional.
const row = z
  .object({
    scope: z.string(),
    id: z.string(),
    mean: z.number().nullish(),
    n: z.number().nullish(),
    hidden: z.boolean().optional(),
    edition: z.string().optional(),
  })
  .passthrough();
const file = z
  .object({
    sampleData: z.boolean().optional(),
    currentEdition: z.string().optional(),
    pilotCount: z.number().nullish(),
    editions: z
      .array(z.object({ id: z.string(), pilotCount: z.number().nullish() }).passthrough())
      .optional(),
    rows: z.array(z.unknown()),
  })
  .passthrough();

/**
 * Reads the site's own /data/results.json: a criterion or kind row with a numeric mean is a
 * published figure; a row without one (hidden, or not published at all) is left out, so the
 * tool can never show more than the results pages do. With editions only the rows of `edition`
 * count (the one the results pages show, shownResults; the current one when not given): another
 * edition's pilots scored other criteria. Undefined when the file is not readable.
 */
export function parsePublishedAverages(
  data: unknown,
  edition?: string,
): PublishedAverages | undefined {
  const parsed = file.safeParse(data);
  if (!parsed.success) return undefined;
  const wanted = edition ?? parsed.data.currentEdition;
  const criteria = new Map<string, PublishedFigure>();
  const kinds = new Map<string, PublishedFigure>();
  const hidden = new Set<string>();
  for (const item of parsed.data.rows) {
    const r = row.safeParse(item);
    if (!r.success) continue;
    if (r.data.edition !== undefined && r.data.edition !== wanted) continue;
    if (typeof r.data.mean !== 'number') {
      if (r.data.scope === 'criterion' && r.data.hidden) hidden.add(r.data.id);
      continue;
    }
    const target =
      r.data.scope === 'criterion' ? criteria : r.data.scope === 'kind' ? kinds : undefined;
    target?.set(r.data.id, { mean: r.data.mean, n: r.data.n ?? undefined });
  }
  const count = parsed.data.editions
    ? parsed.data.editions.find((e) => e.id === wanted)?.pilotCount
    : parsed.data.pilotCount;
  return {
    sampleData: parsed.data.sampleData ?? false,
    criteria,
    kinds,
    hidden,
    pilotCount: count ?? undefined,
  };
}

/** What the comparison says of one criterion of the assessed edition. */
export type PilotComparison =
  | { state: 'figure'; figure: PublishedFigure; code: string }
  | { state: 'hidden'; code: string }
  | { state: 'noCounterpart' }
  | { state: 'notPublished' };

/**
 * The pilots' figure for a criterion the group assessed, through the code it has in the edition
 * the pilots assessed (`codes`, shownResults' mapping; undefined when they assessed this one):
 * a criterion that edition lacks has no counterpart, a hidden figure says so, never a number.
 */
export function pilotFigure(
  averages: PublishedAverages,
  code: string,
  codes: Readonly<Record<string, string>> | undefined,
): PilotComparison {
  const theirs = codes ? codes[code] : code;
  if (theirs === undefined) return { state: 'noCounterpart' };
  const figure = averages.criteria.get(theirs);
  if (figure) return { state: 'figure', figure, code: theirs };
  return averages.hidden.has(theirs)
    ? { state: 'hidden', code: theirs }
    : { state: 'notPublished' };
}
