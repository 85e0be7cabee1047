import type { Kind } from '../schemas/index.ts';
import type { ProblemList } from '../problem.ts';
import { fileId } from '../collections.ts';
import type { FileEntry } from '../tree.ts';
import type { Panel } from '../schemas/index.ts';

/** Band, dimension and one-panel-per-kind rules for scoring panels. */
export function checkPanels(
  panels: FileEntry<Panel>[],
  kindsInUse: ReadonlySet<Kind>,
  problems: ProblemList,
  /** The panels' folder, named when a kind has no panel at all. */
  folder = 'scales/',
): void {
  const byKind = new Map<Kind, string>();
  for (const { file, data: panel } of panels) {
    if (panel.id !== fileId(file))
      problems.add(
        file,
        'id',
        `must equal the file name ("${fileId(file)}"), but is "${panel.id}"`,
      );
    const other = byKind.get(panel.appliesTo);
    if (other) {
      problems.add(
        file,
        'appliesTo',
        `"${panel.appliesTo}" already has a panel (${other}); there must be exactly one per kind`,
      );
    } else byKind.set(panel.appliesTo, file);

    panel.dimensions.forEach((dimension, index) => {
      if (panel.dimensions.findIndex((d) => d.id === dimension.id) !== index) {
        problems.add(file, ['dimensions', index, 'id'], `"${dimension.id}" is listed twice`);
      }
    });
    checkBands(file, panel, problems);
  }
  for (const kind of kindsInUse) {
    if (!byKind.has(kind)) {
      problems.add(
        folder,
        '',
        `there is no panel with "appliesTo": "${kind}", but criteria of that kind exist`,
      );
    }
  }
}

/** Bands must cover 0–100 exactly: start at 0, end at 100, each band starting one after the last. */
function checkBands(file: string, panel: Panel, problems: ProblemList): void {
  const order = panel.bands
    .map((band, index) => ({ band, index }))
    .sort((a, b) => a.band.min - b.band.min);
  let expected = 0;
  for (const { band, index } of order) {
    if (band.min > expected) {
      problems.add(
        file,
        ['bands', index, 'min'],
        `leaves a gap: no band covers ${expected}–${band.min - 1}`,
      );
    } else if (band.min < expected) {
      problems.add(
        file,
        ['bands', index, 'min'],
        `overlaps the previous band: ${band.min}–${expected - 1} is covered twice`,
      );
    }
    expected = Math.max(expected, band.max + 1);
  }
  if (expected <= 100) {
    problems.add(file, 'bands', `leave a gap: no band covers ${expected}–100`);
  }
}
