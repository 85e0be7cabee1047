/**
 * The change list between two editions, worked out from their files: criteria matched across a
 * renumbering, methodology chapters by file name, panels by the kind they apply to.
 */
import { compareCodes } from '../content/codes.ts';
import { panelFor } from '../content/methodology.ts';
import type { Panel } from '../content/schemas/index.ts';
import { byId, fileTexts, localizedTexts, type Tally } from './changes-texts.ts';
import type {
  BandChange,
  ChangesInput,
  ChapterChange,
  ChapterFile,
  CriterionChange,
  CriterionFile,
  DimensionChange,
  EditionChanges,
  PanelChange,
  TextField,
} from './changes-types.ts';
import { matchCriteria } from './match.ts';

export type {
  CriterionFile,
  ChapterFile,
  EditionSide,
  ChangesInput,
  TextField,
  TextChange,
  TableChange,
  RowChange,
  TranslationChange,
  CriterionChange,
  ChapterChange,
  BandChange,
  DimensionChange,
  PanelChange,
  EditionChanges,
} from './changes-types.ts';

// Lists show one item a line, so an added question reads as a line of its own.
const list = (items: readonly string[] | undefined) => (items ?? []).join('\n');
const CRITERION_TEXTS: ReadonlyArray<[TextField, (file: CriterionFile) => string]> = [
  ['title', (f) => f.data.title],
  ['summary', (f) => f.data.summary],
  ['kind', (f) => f.data.kind ?? ''],
  ['examples', (f) => list(f.data.examples)],
  ['questions', (f) => list(f.data.questions)],
  ['evidence', (f) => list(f.data.evidence)],
];
const CHAPTER_TEXTS: ReadonlyArray<[TextField, (file: ChapterFile) => string]> = [
  ['title', (f) => f.data.title],
  ['description', (f) => f.data.description],
];

function criterionChanges(input: ChangesInput, tally: Tally): CriterionChange[] {
  const { from, to, defaultLocale } = input;
  const before = byId(from.criteria);
  const after = byId(to.criteria);
  const titled = (files: Map<string, Map<string, CriterionFile>>) =>
    [...files].flatMap(([code, locales]) => {
      const file = locales.get(defaultLocale);
      return file ? [{ code, title: file.data.title }] : [];
    });
  const matching = matchCriteria(titled(before), titled(after), input.renumbered);
  const changes: CriterionChange[] = [
    ...matching.added.map((code): CriterionChange => ({ change: 'added', to: code })),
    ...matching.removed.map((code): CriterionChange => ({ change: 'removed', from: code })),
  ];
  for (const [old, now] of matching.successors) {
    const { texts, translations } = fileTexts(
      tally,
      before.get(old) ?? new Map(),
      after.get(now) ?? new Map(),
      CRITERION_TEXTS,
    );
    const renumbered = old !== now;
    const changed = translations.added.length + translations.removed.length > 0;
    if (!renumbered && !changed && texts.length === 0) continue;
    const renamed = texts.some((t) => t.field === 'title' && t.locale === defaultLocale);
    changes.push({
      change: 'changed',
      from: old,
      to: now,
      renumbered,
      renamed,
      texts,
      translations,
    });
  }
  const code = (c: CriterionChange) => (c.change === 'removed' ? c.from : c.to);
  return changes.sort(
    (a, b) => compareCodes(code(a), code(b)) || (a.change === 'removed' ? -1 : 1),
  );
}

function chapterChanges(input: ChangesInput, tally: Tally): ChapterChange[] {
  const before = byId(input.from.methodology);
  const after = byId(input.to.methodology);
  const slugs = [...new Set([...before.keys(), ...after.keys()])].sort();
  return slugs.flatMap((slug): ChapterChange[] => {
    const old = before.get(slug);
    const now = after.get(slug);
    if (!old) return [{ change: 'added', slug }];
    if (!now) return [{ change: 'removed', slug }];
    const { texts, translations } = fileTexts(tally, old, now, CHAPTER_TEXTS);
    const changed = texts.length + translations.added.length + translations.removed.length > 0;
    return changed ? [{ change: 'changed', slug, texts, translations }] : [];
  });
}

function panelChange(tally: Tally, old: Panel, now: Panel): PanelChange | undefined {
  const texts = [
    ...localizedTexts(tally, 'title', old.title, now.title),
    ...localizedTexts(tally, 'description', old.description, now.description),
  ];
  const dimensions: DimensionChange[] = [
    ...old.dimensions.flatMap((d): DimensionChange[] => {
      const match = now.dimensions.find((n) => n.id === d.id);
      if (!match) return [{ change: 'removed', id: d.id }];
      const labels = localizedTexts(tally, 'label', d.label, match.label);
      return labels.length > 0 ? [{ change: 'changed', id: d.id, texts: labels }] : [];
    }),
    ...now.dimensions
      .filter((d) => !old.dimensions.some((o) => o.id === d.id))
      .map((d): DimensionChange => ({ change: 'added', id: d.id })),
  ];
  const range = (b: { min: number; max: number }) => `${b.min}-${b.max}`;
  const bands: BandChange[] = [
    ...old.bands.flatMap((band): BandChange[] => {
      const match = now.bands.find((n) => range(n) === range(band));
      if (!match) return [{ change: 'removed', min: band.min, max: band.max }];
      const bandTexts = [
        ...localizedTexts(tally, 'label', band.label, match.label),
        ...localizedTexts(tally, 'description', band.description, match.description),
      ];
      return bandTexts.length > 0
        ? [{ change: 'changed', min: band.min, max: band.max, texts: bandTexts }]
        : [];
    }),
    ...now.bands
      .filter((band) => !old.bands.some((o) => range(o) === range(band)))
      .map((band): BandChange => ({ change: 'added', min: band.min, max: band.max })),
  ].sort((a, b) => a.min - b.min || (a.change === 'removed' ? -1 : 1));
  if (texts.length + dimensions.length + bands.length === 0) return undefined;
  return { change: 'changed', kind: now.appliesTo, panel: now.id, texts, dimensions, bands };
}

function panelChanges(input: ChangesInput, tally: Tally): PanelChange[] {
  const kinds = [...new Set([...input.from.panels, ...input.to.panels].map((p) => p.appliesTo))];
  return kinds.sort().flatMap((kind): PanelChange[] => {
    const old = panelFor(input.from.panels, kind);
    const now = panelFor(input.to.panels, kind);
    if (!old && now) return [{ change: 'added', kind, panel: now.id }];
    if (old && !now) return [{ change: 'removed', kind, panel: old.id }];
    const change = old && now ? panelChange(tally, old, now) : undefined;
    return change ? [change] : [];
  });
}

/**
 * Everything that differs between two editions, computed from their files rather than written
 * by hand: criteria added, removed, renumbered or renamed, their texts word by word (bodies as
 * rendered text, tables cell by cell), chapters, panels, dimensions and bands. Criteria whose
 * files are the same in both, or differ only in typography, appear nowhere.
 */
export function compareEditions(input: ChangesInput): EditionChanges {
  const tally: Tally = { typographyOnly: 0 };
  return {
    from: input.from.id,
    to: input.to.id,
    criteria: criterionChanges(input, tally),
    panels: panelChanges(input, tally),
    chapters: chapterChanges(input, tally),
    typographyOnly: tally.typographyOnly,
  };
}
