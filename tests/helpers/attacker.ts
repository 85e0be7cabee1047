/**
 * An attacker written independently of src/lib/anonymity: it reads only what a reader sees (the
 * published figures) and what it may know besides (the participant list: each pilot's region,
 * type, staff band and which sub-criteria it assessed, classical or fine-tuned), writes one LP in
 * CPLEX LP format, and asks HiGHS (its one-shot text API) for the smallest and largest value of
 * each pilot's scores. No code is shared with the audit.
 */
import loadHighs from 'highs';
import type { Pilot } from '../../src/lib/content/schemas/index.ts';
import type { PublishedResults } from '../../src/lib/results/publish.ts';
import type { CodeInfo } from '../../src/lib/results/pilot-scores.ts';

let runtime: ReturnType<typeof loadHighs> | undefined;

const isLeaf = (code: string, codes: readonly CodeInfo[]) =>
  !codes.some((c) => c.code.startsWith(`${code}.`));
const within = (leaf: string, code: string) => leaf === code || leaf.startsWith(`${code}.`);
const name = (id: string, leaf: string, dim?: string) =>
  `x_${id}_${leaf.replaceAll('.', '_')}${dim ? `_${dim}` : ''}`;

/** The pilot's value of a code or kind as [variable, weight] pairs, from what the participant list tells. */
function expression(
  p: Pilot,
  leaves: readonly string[],
  dim?: string,
): Array<[string, number]> | undefined {
  if (dim) {
    const v = p.scores[leaves[0] ?? ''];
    return v && typeof v === 'object' && dim in v
      ? [[name(p.id, leaves[0] ?? '', dim), 1]]
      : undefined;
  }
  const assessed = leaves.filter((l) => {
    const v = p.scores[l];
    return v !== null && v !== undefined && (typeof v === 'number' || Object.keys(v).length > 0);
  });
  if (assessed.length === 0) return undefined;
  return assessed.flatMap((l): Array<[string, number]> => {
    const v = p.scores[l];
    if (typeof v === 'number') return [[name(p.id, l), 1 / assessed.length]];
    const dims = Object.keys(v ?? {});
    return dims.map((d): [string, number] => [name(p.id, l, d), 1 / assessed.length / dims.length]);
  });
}

export interface Narrowed {
  pilot: string;
  quantity: string;
  min: number;
  max: number;
}

/**
 * Every (pilot, quantity) the attacker pins into an interval narrower than `width` or inside one
 * band. `insider` (a pilot id) adds what that pilot knows: its own scores.
 */
export async function attack(
  results: PublishedResults,
  pilots: readonly Pilot[],
  codes: readonly CodeInfo[],
  width: number,
  bandEdges: readonly number[],
  insider?: string,
): Promise<Narrowed[]> {
  const { rows, bounds, leavesOf, leavesOfKind } = knownTo(results, pilots, codes, insider);
  const own = pilots.find((p) => p.id === insider);
  const quantities = [
    ...codes.map((c) => ({ id: `code:${c.code}`, leaves: leavesOf(c.code), dim: undefined })),
    ...[...new Set(codes.map((c) => c.kind))].map((k) => ({
      id: `kind:${k}`,
      leaves: leavesOfKind(k),
      dim: undefined,
    })),
  ];
  const narrowed: Narrowed[] = [];
  if (rows.length === 0) return narrowed;
  const solve = await solver(rows, bounds);
  const bandOf = (v: number) => bandEdges.filter((e) => v > e + 1e-9).length;
  for (const p of pilots) {
    if (p === own) continue;
    for (const q of quantities) {
      const terms = expression(p, q.leaves, q.dim);
      if (!terms) continue;
      const objective = terms.map(([v, w]) => `+ ${w} ${v}`).join(' ');
      const min = solve('Minimize', objective);
      const max = solve('Maximize', objective);
      if (!(max - min >= width - 1e-6) || bandOf(min) === bandOf(max))
        narrowed.push({ pilot: p.id, quantity: q.id, min, max });
    }
  }
  return narrowed;
}

/** A hidden figure: the mean of a code or kind over some pilots, which the page does not show. */
export interface HiddenFigure {
  /** `criterion 1.1`, `kind enabler`, `region riga enabler`. */
  figure: string;
  /** The pilots whose value of it the figure averages (those that assessed it). */
  members: Pilot[];
  leaves: string[];
}

/** Every figure the published results hide, with the pilots and leaves it is over, as a reader works them out. */
export function hiddenFigures(
  results: PublishedResults,
  pilots: readonly Pilot[],
  codes: readonly CodeInfo[],
): HiddenFigure[] {
  const { leavesOf, leavesOfKind } = knownTo(results, pilots, codes);
  const over = (members: readonly Pilot[], leaves: string[]) =>
    members.filter((p) => expression(p, leaves));
  const found: HiddenFigure[] = [];
  for (const [code, f] of Object.entries(results.criteria))
    if (f.mean === undefined)
      found.push({
        figure: `criterion ${code}`,
        members: over(pilots, leavesOf(code)),
        leaves: leavesOf(code),
      });
  for (const [kind, f] of Object.entries(results.kinds))
    if (f?.mean === undefined)
      found.push({
        figure: `kind ${kind}`,
        members: over(pilots, leavesOfKind(kind)),
        leaves: leavesOfKind(kind),
      });
  for (const { field, id, members, values } of groups(results, pilots))
    for (const [kind, f] of Object.entries(values))
      if (f?.mean === undefined)
        found.push({
          figure: `${field} ${id} ${kind}`,
          members: over(members, leavesOfKind(kind)),
          leaves: leavesOfKind(kind),
        });
  return found.filter((h) => h.members.length > 0);
}

/**
 * The smallest and largest value an outsider can give the mean of each of `figures` from the
 * published results (its feasibility interval, as tau-Argus computes it for a suppressed cell).
 */
export async function hiddenIntervals(
  results: PublishedResults,
  pilots: readonly Pilot[],
  codes: readonly CodeInfo[],
  figures: readonly HiddenFigure[],
): Promise<Array<{ figure: string; min: number; max: number }>> {
  const { rows, bounds } = knownTo(results, pilots, codes);
  const solve = await solver(rows, bounds);
  return figures.map((h) => {
    const terms = h.members.flatMap((p) => expression(p, h.leaves) ?? []);
    const objective = terms.map(([v, w]) => `+ ${w / h.members.length} ${v}`).join(' ');
    if (rows.length === 0) return { figure: h.figure, min: 0, max: 100 };
    return {
      figure: h.figure,
      min: solve('Minimize', objective),
      max: solve('Maximize', objective),
    };
  });
}

/** Every group of every breakdown with its pilots, as the participant list tells them. */
function groups(results: PublishedResults, pilots: readonly Pilot[]) {
  return results.breakdowns.flatMap((b) => {
    const named = new Set(b.rows.map((r) => r.id));
    return b.rows.map((row) => ({
      field: b.field,
      id: row.id,
      values: row.values,
      members: pilots.filter((p) =>
        row.id === '_other' ? !named.has(p[b.field]) : p[b.field] === row.id,
      ),
    }));
  });
}

/** The published figures as LP rows, and every unknown's bounds (an insider's own scores fixed). */
function knownTo(
  results: PublishedResults,
  pilots: readonly Pilot[],
  codes: readonly CodeInfo[],
  insider?: string,
) {
  const leavesOf = (code: string) =>
    codes.filter((c) => isLeaf(c.code, codes) && within(c.code, code)).map((c) => c.code);
  const leavesOfKind = (kind: string) =>
    codes.filter((c) => isLeaf(c.code, codes) && c.kind === kind).map((c) => c.code);
  const rows: string[] = [];
  const published = (members: readonly Pilot[], leaves: string[], mean: number, dim?: string) => {
    const terms = members.flatMap((p) => expression(p, leaves, dim) ?? []);
    const n = members.filter((p) => expression(p, leaves, dim)).length;
    if (n === 0) return;
    const lhs = terms.map(([v, w]) => `+ ${w} ${v}`).join(' ');
    rows.push(`${lhs} >= ${n * (mean - 0.05)}`, `${lhs} <= ${n * (mean + 0.05)}`);
  };
  for (const [code, f] of Object.entries(results.criteria)) {
    if (f.mean !== undefined) published(pilots, leavesOf(code), f.mean);
    for (const [d, mean] of Object.entries(f.dimensions?.means ?? {}))
      published(pilots, [code], mean, d);
  }
  for (const [kind, f] of Object.entries(results.kinds))
    if (f?.mean !== undefined) published(pilots, leavesOfKind(kind), f.mean);
  for (const { members, values } of groups(results, pilots))
    for (const [kind, f] of Object.entries(values))
      if (f?.mean !== undefined) published(members, leavesOfKind(kind), f.mean);
  const own = pilots.find((p) => p.id === insider);
  const bounds = pilots.flatMap((p) =>
    codes
      .filter((c) => isLeaf(c.code, codes))
      .flatMap((c) => {
        const v = p.scores[c.code];
        if (v === null || v === undefined) return [];
        const known = (value: number, variable: string) =>
          p === own ? `${variable} = ${value}` : `0 <= ${variable} <= 100`;
        return typeof v === 'number'
          ? [known(v, name(p.id, c.code))]
          : Object.entries(v).map(([d, x]) => known(x, name(p.id, c.code, d)));
      }),
  );
  return { rows, bounds, leavesOf, leavesOfKind };
}

/** Solves one LP per objective over the same rows and bounds (HiGHS, CPLEX LP text). */
async function solver(rows: readonly string[], bounds: readonly string[]) {
  runtime ??= loadHighs();
  const highs = await runtime;
  return (sense: string, objective: string) => {
    const lp = `${sense}\n obj: ${objective}\nSubject To\n${rows.map((r, i) => ` c${i}: ${r}`).join('\n')}\nBounds\n${bounds.map((b) => ` ${b}`).join('\n')}\nEnd`;
    const solution = highs.solve(lp, { output_flag: false });
    return solution.Status === 'Optimal' ? solution.ObjectiveValue : Number.NaN;
  };
}
