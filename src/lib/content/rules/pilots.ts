import { leafCodes } from '../codes.ts';
import { panelFor } from '../methodology.ts';
import type { ProblemList } from '../problem.ts';
import {
  QUASI_IDENTIFIERS,
  type Kind,
  type Panel,
  type Pilot,
  type Taxonomies,
} from '../schemas/index.ts';
import type { FileEntry } from '../tree.ts';
import { fileId } from '../collections.ts';
import { namedValues, type RareValue } from '../../anonymity/free-text.ts';
import { findPersonalData } from '../../pii/detectors.ts';

/** What a pilot is checked against: the edition of the methodology it assessed. */
export interface EditionRules {
  /** The kind of every code of the default locale (criterionKinds). */
  kinds: ReadonlyMap<string, Kind>;
  /** All codes of the default locale; undefined when site.json is too broken to tell. */
  codes: ReadonlySet<string> | undefined;
  panels: readonly Panel[];
}

/** What the pilot rules need to know about the rest of the tree. */
export interface PilotContext {
  /** The rules of each edition by id; a tree without editions has one, under "". */
  editions: ReadonlyMap<string, EditionRules>;
  /** The id of the edition a pilot assessed when it names none. */
  current: string;
  taxonomies: Taxonomies | undefined;
  denylist: readonly RegExp[];
  /** site.json anonymity.minGroupSize, when site.json could be read. */
  k?: number | undefined;
}

/** Taxonomy ids, score keys and values and criterion references in pilots (personal data: personal-data.ts). */
export function checkPilots(
  pilots: FileEntry<Pilot>[],
  context: PilotContext,
  problems: ProblemList,
): void {
  const ids = pilots.map(({ file }) => fileId(file));
  const files = new Map(pilots.map(({ file }, index) => [ids[index], file]));
  // What scoring in each edition needs, worked out once rather than once per pilot or score.
  const scoringOf = new Map(
    [...context.editions].map(([id, rules]) => [id, editionScoring(rules)] as const),
  );
  pilots.forEach(({ file, data: pilot }, index) => {
    // File names are unique, so a duplicate id is always also an id that is not its file name.
    const id = ids[index];
    if (pilot.id !== id) {
      const other = files.get(pilot.id);
      problems.add(
        file,
        'id',
        `must equal the file name ("${id}"), but is "${pilot.id}"${other ? `, which ${other} already uses` : ''}`,
      );
    }

    if (context.taxonomies) {
      for (const { field, taxonomy } of QUASI_IDENTIFIERS) {
        const known = context.taxonomies[taxonomy];
        if (!Object.hasOwn(known, pilot[field])) {
          problems.add(
            file,
            field,
            `"${pilot[field]}" is not an id in taxonomies.json ${taxonomy} (${Object.keys(known).join(', ')})`,
          );
        }
      }
    }
    const edition = pilot.edition ?? context.current;
    const scoring = scoringOf.get(edition);
    const codes = scoring?.codes;
    if (!scoring) {
      const declared = [...context.editions.keys()].filter(Boolean);
      problems.add(
        file,
        'edition',
        `"${edition}" is not an edition in site.json editions (${declared.join(', ') || 'none declared'})`,
      );
    } else if (codes) {
      const unknown = (code: string) =>
        `"${code}" is not a criterion code of ${edition === context.current ? 'this methodology' : `edition "${edition}"`}${elsewhere(code, edition, context)}`;
      for (const [code, value] of Object.entries(pilot.scores)) {
        if (!codes.has(code)) problems.add(file, ['scores', code], unknown(code));
        else checkScore(file, code, value, scoring, context.denylist, problems);
      }
      for (const list of ['strengths', 'improvements', 'actions'] as const) {
        pilot[list].forEach((note, index) => {
          if (!codes.has(note.criterion))
            problems.add(file, [list, index, 'criterion'], unknown(note.criterion));
        });
      }
    }
  });
  // Each edition's results are published on their own, so a name is rare among its pilots.
  const byEdition = new Map<string, FileEntry<Pilot>[]>();
  for (const pilot of pilots) {
    const edition = pilot.data.edition ?? context.current;
    const group = byEdition.get(edition);
    if (group) group.push(pilot);
    else byEdition.set(edition, [pilot]);
  }
  // An edition with fewer than k pilots publishes nothing, so none of its texts is published.
  for (const group of byEdition.values())
    if (!context.k || group.length >= context.k) checkRareNames(group, context, problems);
}

/**
 * A published text (strengths, areas for improvement) that names a region, service type or staff
 * band fewer than k pilots hold points at those pilots, unless an editor marked it reviewed.
 * `pilots` are one edition's: the pilots whose results are published together.
 */
function checkRareNames(
  pilots: FileEntry<Pilot>[],
  context: PilotContext,
  problems: ProblemList,
): void {
  const { taxonomies, k } = context;
  if (!taxonomies || !k) return;
  const rare: RareValue[] = [];
  for (const { field, taxonomy } of QUASI_IDENTIFIERS) {
    for (const [id, labels] of Object.entries(taxonomies[taxonomy])) {
      const holders = pilots.filter((p) => p.data[field] === id).length;
      if (holders > 0 && holders < k) rare.push({ field, id, labels });
    }
  }
  if (rare.length === 0) return;
  for (const { file, data: pilot } of pilots) {
    for (const list of ['strengths', 'improvements'] as const) {
      pilot[list].forEach((note, index) => {
        if (note.reviewed) return;
        for (const [locale, text] of Object.entries(note.text)) {
          for (const value of rare) {
            for (const match of namedValues(text, [value])) {
              problems.add(
                file,
                [list, index, 'text', locale],
                `names "${match.label}", which fewer than ${k} pilots share; rewrite it without the name, or mark the note "reviewed": true if it is published on purpose`,
              );
            }
          }
        }
      });
    }
  }
}

/** Where a code unknown to the pilot's edition does exist, so the editor knows to name that edition. */
function elsewhere(code: string, edition: string, context: PilotContext): string {
  const others = [...context.editions]
    .filter(([id, rules]) => id !== edition && rules.codes?.has(code))
    .map(([id]) => `"${id}"`);
  return others.length > 0
    ? ` (it is one of edition ${others.join(', ')}: name that edition in "edition")`
    : '';
}

/** An edition's rules as scoring checks them: its leaves, and the panel of each code as met. */
interface EditionScoring extends EditionRules {
  leaves: ReadonlySet<string>;
  /** The panel of a code and its dimension ids; filled as codes come up. */
  panelOf: Map<string, { panel: Panel; expected: string[]; known: Set<string> } | undefined>;
}

function editionScoring(rules: EditionRules): EditionScoring {
  return { ...rules, leaves: leafCodes(rules.codes ?? []), panelOf: new Map() };
}

function checkScore(
  file: string,
  code: string,
  value: Pilot['scores'][string],
  scoring: EditionScoring,
  denylist: readonly RegExp[],
  problems: ProblemList,
): void {
  if (!scoring.leaves.has(code)) {
    problems.add(
      file,
      ['scores', code],
      `"${code}" has sub-criteria; score its sub-criteria instead`,
    );
    return;
  }
  if (value === null) return;
  if (typeof value === 'number') {
    if (value < 0 || value > 100)
      problems.add(file, ['scores', code], `must be from 0 to 100, but is ${value}`);
    return;
  }
  let dimensions = scoring.panelOf.get(code);
  if (!scoring.panelOf.has(code)) {
    const panel = panelFor(scoring.panels, scoring.kinds.get(code));
    const expected = panel?.dimensions.map((d) => d.id) ?? [];
    dimensions = panel && { panel, expected, known: new Set(expected) };
    scoring.panelOf.set(code, dimensions);
  }
  if (!dimensions) return; // reported by the panel rules
  const { panel, expected, known } = dimensions;
  // A key that is personal data is the personal-data rule's one problem, told masked there.
  const personal = (id: string) => !known.has(id) && findPersonalData(id, denylist).length > 0;
  const given = Object.keys(value).filter((id) => !personal(id));
  // Exactly the panel's dimensions, each once: the common case, told without listing anything.
  if (given.length !== expected.length || !given.every((id) => known.has(id))) {
    const missing = expected.filter((id) => !Object.hasOwn(value, id));
    const extra = given.filter((id) => !expected.includes(id));
    if (missing.length > 0 || extra.length > 0) {
      problems.add(
        file,
        ['scores', code],
        `must have exactly the dimensions of the "${panel.id}" panel (${expected.join(', ')})` +
          (missing.length ? `; missing ${missing.join(', ')}` : '') +
          (extra.length ? `; not in the panel: ${extra.map((id) => `"${id}"`).join(', ')}` : ''),
      );
    }
  }
  for (const [dimension, part] of Object.entries(value)) {
    if (personal(dimension)) continue;
    if (part < 0 || part > 100)
      problems.add(file, ['scores', code, dimension], `must be from 0 to 100, but is ${part}`);
  }
}
