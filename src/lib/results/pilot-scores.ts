import { parentCode } from '../content/codes.ts';
import type { Kind, Pilot } from '../content/schemas/index.ts';
import { scoreOf } from './scores.ts';

/** The methodology as aggregation needs it: every code with the kind it has or inherits. */
export interface CodeInfo {
  code: string;
  kind: Kind;
}

/**
 * How scores roll up in a methodology, worked out once for any number of score sets: each leaf
 * with the positions of itself and its ancestors in `codes`, and of its kind in `kinds`.
 */
export interface Levels {
  /** Every code that can get a mean: the leaves and their ancestors. */
  codes: readonly string[];
  kinds: readonly Kind[];
  /** The leaves in the methodology's order. */
  leaves: ReadonlyArray<{ code: string; levels: readonly number[]; kind: number }>;
}

export function levelsOf(codes: readonly CodeInfo[], leaves: ReadonlySet<string>): Levels {
  const codeIndex = new Map<string, number>();
  const kindIndex = new Map<Kind, number>();
  const indexOf = <K>(index: Map<K, number>, key: K) => {
    let at = index.get(key);
    if (at === undefined) index.set(key, (at = index.size));
    return at;
  };
  const plan: Array<{ code: string; levels: number[]; kind: number }> = [];
  for (const { code, kind } of codes) {
    if (!leaves.has(code)) continue;
    const levels: number[] = [];
    for (let at: string | undefined = code; at; at = parentCode(at))
      levels.push(indexOf(codeIndex, at));
    plan.push({ code, levels, kind: indexOf(kindIndex, kind) });
  }
  return { codes: [...codeIndex.keys()], kinds: [...kindIndex.keys()], leaves: plan };
}

/**
 * The rule behind every average: a parent or kind is the mean of the assessed leaves below it,
 * and "not assessed" is left out, never counted as 0. From the leaves' scores (`leafScores`, in
 * the order of `levels.leaves`, NaN where not assessed) writes the means into `byCode` and
 * `byKind` (positions as in `levels`; NaN where nothing below is assessed), summing in the
 * methodology's order. `touched`, if given, receives the positions in the order they first get a
 * value. Shared by the pilots and the browser tool.
 */
export function meansAtLevels(
  leafScores: ArrayLike<number>,
  levels: Levels,
  byCode: Float64Array,
  byKind: Float64Array,
  touched?: { codes: number[]; kinds: number[] },
): void {
  const codeCounts = new Uint32Array(levels.codes.length);
  const kindCounts = new Uint32Array(levels.kinds.length);
  byCode.fill(0);
  byKind.fill(0);
  levels.leaves.forEach((leaf, l) => {
    const score = leafScores[l] ?? Number.NaN;
    if (Number.isNaN(score)) return;
    for (const at of leaf.levels) {
      if (codeCounts[at] === 0) touched?.codes.push(at);
      byCode[at] = (byCode[at] ?? 0) + score;
      codeCounts[at] = (codeCounts[at] ?? 0) + 1;
    }
    if (kindCounts[leaf.kind] === 0) touched?.kinds.push(leaf.kind);
    byKind[leaf.kind] = (byKind[leaf.kind] ?? 0) + score;
    kindCounts[leaf.kind] = (kindCounts[leaf.kind] ?? 0) + 1;
  });
  for (let at = 0; at < byCode.length; at += 1)
    byCode[at] = codeCounts[at] === 0 ? Number.NaN : (byCode[at] ?? 0) / (codeCounts[at] ?? 1);
  for (let at = 0; at < byKind.length; at += 1)
    byKind[at] = kindCounts[at] === 0 ? Number.NaN : (byKind[at] ?? 0) / (kindCounts[at] ?? 1);
}

/** A map entry, or none when the position had no key or value. */
const entry = <K, V>(key: K | undefined, value: V | undefined): Array<[K, V]> =>
  key === undefined || value === undefined ? [] : [[key, value]];

/** One set of scores at every level, as maps in the order codes and kinds first get a value. */
export function scoresByLevel(
  scores: Pilot['scores'],
  codes: readonly CodeInfo[],
  leaves: ReadonlySet<string>,
): { byCode: Map<string, number>; byKind: Map<Kind, number> } {
  const levels = levelsOf(codes, leaves);
  const byCode = new Float64Array(levels.codes.length);
  const byKind = new Float64Array(levels.kinds.length);
  const touched = { codes: [] as number[], kinds: [] as number[] };
  const leafScores = levels.leaves.map((leaf) => scoreOf(scores[leaf.code]) ?? Number.NaN);
  meansAtLevels(leafScores, levels, byCode, byKind, touched);
  return {
    byCode: new Map(touched.codes.flatMap((at) => entry(levels.codes[at], byCode[at]))),
    byKind: new Map(touched.kinds.flatMap((at) => entry(levels.kinds[at], byKind[at]))),
  };
}

/** The pilots that scored a leaf fine-tuned: their positions and dimension scores, in pilot order. */
export interface FineTuned {
  at: number[];
  parts: Array<Record<string, number>>;
}

/**
 * Every pilot's score at every level, a column per code and per kind: the value of pilot `i` is
 * at position `i`, NaN where the pilot assessed nothing below. Aggregation reads columns, so
 * 20,000 pilots cost a few typed arrays rather than a map per pilot, and each pilot's scores are
 * read once.
 */
export interface ScoreTable {
  pilots: readonly Pilot[];
  byCode: ReadonlyMap<string, Float64Array>;
  byKind: ReadonlyMap<Kind, Float64Array>;
  /** Per leaf: how many pilots scored it classically, and who scored it fine-tuned. */
  classical: ReadonlyMap<string, number>;
  fineTuned: ReadonlyMap<string, FineTuned>;
}

export function scoreTable(
  pilots: readonly Pilot[],
  codes: readonly CodeInfo[],
  leaves: ReadonlySet<string>,
): ScoreTable {
  const levels = levelsOf(codes, leaves);
  const codeColumns = levels.codes.map(() => new Float64Array(pilots.length));
  const kindColumns = levels.kinds.map(() => new Float64Array(pilots.length));
  const classical = levels.leaves.map(() => 0);
  const fineTuned = levels.leaves.map((): FineTuned => ({ at: [], parts: [] }));
  const leafScores = new Float64Array(levels.leaves.length);
  const byCode = new Float64Array(levels.codes.length);
  const byKind = new Float64Array(levels.kinds.length);
  pilots.forEach((pilot, i) => {
    levels.leaves.forEach((leaf, l) => {
      const value = pilot.scores[leaf.code];
      leafScores[l] = scoreOf(value) ?? Number.NaN;
      if (typeof value === 'number') classical[l] = (classical[l] ?? 0) + 1;
      else if (value !== null && value !== undefined) {
        fineTuned[l]?.at.push(i);
        fineTuned[l]?.parts.push(value);
      }
    });
    meansAtLevels(leafScores, levels, byCode, byKind);
    codeColumns.forEach((column, at) => (column[i] = byCode[at] ?? Number.NaN));
    kindColumns.forEach((column, at) => (column[i] = byKind[at] ?? Number.NaN));
  });
  const byLeaf = <T>(list: readonly T[]) =>
    new Map(levels.leaves.flatMap((leaf, l) => entry(leaf.code, list[l])));
  return {
    pilots,
    byCode: new Map(levels.codes.map((code, at) => [code, codeColumns[at] ?? new Float64Array()])),
    byKind: new Map(levels.kinds.map((kind, at) => [kind, kindColumns[at] ?? new Float64Array()])),
    classical: byLeaf(classical),
    fineTuned: byLeaf(fineTuned),
  };
}
/** The pilots (by position) with a value in `column`, and their values, in pilot order. */
export function assessedIn(
  column: Float64Array | undefined,
  among?: readonly number[],
): { at: number[]; values: number[] } {
  const at: number[] = [];
  const values: number[] = [];
  if (!column) return { at, values };
  const visit = (i: number) => {
    const value = column[i] ?? Number.NaN;
    if (Number.isNaN(value)) return;
    at.push(i);
    values.push(value);
  };
  if (among) for (const i of among) visit(i);
  else for (let i = 0; i < column.length; i += 1) visit(i);
  return { at, values };
}
