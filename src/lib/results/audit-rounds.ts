/**
 * The audit loop of publishing: the disclosure audit names the quantities an attacker narrows and
 * the figures they rest on; the least informative of those is hidden, the suppression is run
 * again, and the audit repeats until nothing fails, and then the hidden figures are audited too.
 */
import type { Kind, Panel } from '../content/schemas/index.ts';
import { audit, type Statistic } from '../anonymity/audit.ts';
import { auditHiddenCells, type HiddenCell } from '../anonymity/hidden-cells.ts';
import { fingerprint, recorded, shapeOf, subjectKey, valuesOf } from '../anonymity/release.ts';
import { parseFigureId, parseTarget } from '../anonymity/targets.ts';
import { cellId } from './figures.ts';
import type { AuditReport, Figure, ResultsInput } from './published.ts';

/** Lower ranks are hidden first: the least informative figures. */
function informativeness(id: string, leaves: ReadonlySet<string>): number {
  const figure = parseFigureId(id);
  if (figure?.of === 'dimensions') return 0;
  if (figure?.of === 'kind') return 4;
  if (figure?.of === 'code') return leaves.has(figure.code) ? 2 : 3;
  return 1;
}

/** The figure whose pilot count stands for a figure: a leaf's for its dimension means. */
function countedAs(id: string): string {
  const figure = parseFigureId(id);
  return figure?.of === 'dimensions' ? cellId.code(figure.code) : id;
}

/** Audits, hides the least informative figure behind every failure, and audits again until none fails. */
export async function auditUntilSafe(context: {
  input: ResultsInput;
  width: number;
  leaves: ReadonlySet<string>;
  kindOf: ReadonlyMap<string, Kind>;
  panelOf: (kind: Kind | undefined) => Panel | undefined;
  figures: ReadonlyMap<string, Figure>;
  statistics: () => Statistic[];
  hideFigure: (id: string) => void;
  suppress: () => void;
  /** Figures hidden by a primary rule, members by pilot id. */
  primaryCells: readonly HiddenCell[];
}): Promise<AuditReport> {
  const { input, leaves, kindOf, panelOf } = context;
  const started = performance.now();
  const earlier = recorded(input.releases ?? []);
  // A pilot is told from its versions in recorded releases by a fingerprint of what it publishes;
  // a pilot no release recorded has no other version, and its id is its key.
  const recordedIds = new Set(earlier.subjects.map((s) => s.key.split('#')[0]));
  const current = input.pilots.map((pilot) => ({
    key: recordedIds.has(pilot.id) ? subjectKey(pilot.id, fingerprint(pilot)) : pilot.id,
    shape: shapeOf(pilot, leaves),
    values: valuesOf(pilot, leaves),
  }));
  const keyOf = new Map(input.pilots.map((p, i) => [p.id, current[i]?.key ?? p.id]));
  const renamed = [...keyOf].some(([id, key]) => id !== key);
  const currentKeys = new Set(current.map((c) => c.key));
  const subjects = [...current, ...earlier.subjects.filter((s) => !currentKeys.has(s.key))];
  const leafKinds = new Map([...leaves].map((leaf) => [leaf, kindOf.get(leaf) ?? '']));
  const bandsOf = (target: string) => {
    const of = parseTarget(target);
    const kind = of?.of === 'kind' ? of.kind : kindOf.get(of?.code ?? '');
    return panelOf(kind as Kind)?.bands;
  };
  const hidden: string[] = [];
  let rounds = 0;
  let solves = 0;
  let solverSeconds = 0;
  let quantities = 0;
  let solved = 0;
  let exposedByEarlier = 0;
  let hiddenCells = 0;
  let hiddenCellsSolved = 0;
  let only: Set<string> | undefined;
  for (;;) {
    rounds += 1;
    const statistics = renamed
      ? context
          .statistics()
          .map((s) => ({ ...s, members: s.members.map((m) => keyOf.get(m) ?? m) }))
      : context.statistics();
    const outcome = await audit({
      subjects,
      statistics,
      earlier: earlier.statistics,
      leafKinds,
      bandsOf,
      width: context.width,
      ...(only ? { only } : {}),
    });
    only = new Set(outcome.failures.map((f) => `${f.subject} ${f.target}`));
    solves += outcome.solves;
    solverSeconds += outcome.seconds;
    if (rounds === 1) {
      quantities = outcome.quantities;
      solved = outcome.solved;
    }
    const rank = (id: string) => informativeness(id, leaves);
    const n = (id: string) => context.figures.get(countedAs(id))?.n ?? 0;
    const toHide = new Set<string>();
    exposedByEarlier = 0;
    for (const failure of outcome.failures) {
      const candidate = [...failure.figures].sort(
        (a, b) => rank(a) - rank(b) || n(a) - n(b) || a.localeCompare(b),
      )[0];
      if (candidate) toHide.add(candidate);
      else exposedByEarlier += 1;
    }
    if (toHide.size === 0) {
      // No pilot's score is narrowed: now no hidden figure may be recomputed either.
      const cells = await auditHiddenCells({
        subjects,
        statistics,
        earlier: earlier.statistics,
        cells: context.primaryCells.map((c) => ({
          ...c,
          members: c.members.map((m) => keyOf.get(m) ?? m),
        })),
        leafKinds,
        bandsOf,
        width: context.width,
      });
      solves += cells.solves;
      solverSeconds += cells.seconds;
      if (hiddenCells === 0) {
        hiddenCells = cells.cells;
        hiddenCellsSolved = cells.solved;
      }
      const targets = new Map(statistics.map((s) => [s.figure, s.target]));
      for (const exposed of cells.exposed) {
        // Least informative first, among the figures of the same target before the others.
        const related = (id: string) => (targets.get(id) === exposed.target ? 0 : 1);
        const candidate = [...new Set(exposed.figures)].sort(
          (a, b) =>
            related(a) - related(b) || rank(a) - rank(b) || n(a) - n(b) || a.localeCompare(b),
        )[0];
        if (candidate) toHide.add(candidate);
        else exposedByEarlier += 1;
      }
      if (toHide.size === 0) break;
    }
    for (const id of toHide) {
      context.hideFigure(id);
      hidden.push(id);
    }
    context.suppress();
  }
  return {
    seconds: (performance.now() - started) / 1000,
    solverSeconds,
    solves,
    quantities,
    solved,
    rounds,
    hidden: hidden.sort(),
    exposedByEarlier,
    hiddenCells,
    hiddenCellsSolved,
    releases: input.releases?.length ?? 0,
  };
}
