import type { CriterionChange, EditionChanges, TextField } from './changes.ts';
import { codeInEdition } from './correspond.ts';

/** A page that every edition has a version of: its criteria, chapters, panels and results. */
export type EditionPage =
  | { area: 'criteria'; code?: string }
  | { area: 'methodology'; slug: string }
  | { area: 'scoring' }
  | { area: 'results'; code?: string };

/** The URL segments of an edition page after the edition's prefix. */
export function pageSegments(page: EditionPage): string[] {
  if (page.area === 'methodology') return ['methodology', page.slug];
  if (page.area === 'scoring') return ['scoring'];
  return page.code ? [page.area, page.code] : [page.area];
}

/** What another edition has, so a link never points at a page it does not build. */
export interface EditionPages {
  codes: (edition: string) => ReadonlySet<string>;
  chapters: (edition: string) => readonly string[];
}

/**
 * The same page in another edition, or the closest one when it does not exist there: a removed
 * sub-criterion leads to its criterion, a removed criterion to the criteria overview, a chapter
 * the other edition lacks to its first chapter. `exact` says whether it is the same page.
 */
export function pageInEdition(
  page: EditionPage,
  from: string,
  to: string,
  pairs: readonly EditionChanges[],
  pages: EditionPages,
): { page: EditionPage; exact: boolean } {
  if (from === to) return { page, exact: true };
  if ((page.area === 'criteria' || page.area === 'results') && page.code) {
    const { code, exact } = codeInEdition(pairs, page.code, from, to);
    if (code && pages.codes(to).has(code)) return { page: { area: page.area, code }, exact };
    return { page: { area: page.area }, exact: false };
  }
  if (page.area === 'methodology') {
    const chapters = pages.chapters(to);
    if (chapters.includes(page.slug)) return { page, exact: true };
    const [first] = chapters;
    return {
      page: first ? { area: 'methodology', slug: first } : { area: 'criteria' },
      exact: false,
    };
  }
  return { page, exact: true };
}

/** How one criterion of an edition differs from the edition before it and the one after it. */
export interface CriterionHistory {
  /** What the previous edition had: absent when this edition is the first. */
  since?: { edition: string; change: CriterionChange | undefined };
  /** What became of it in the next edition: absent when this edition is the last. */
  until?: { edition: string; change: CriterionChange | undefined };
}

/**
 * The short "how it changed" list of a criterion page, from the change lists of the pairs
 * around its edition; `change` is undefined where the criterion stayed exactly as it was.
 */
export function criterionHistory(
  pairs: readonly EditionChanges[],
  edition: string,
  code: string,
): CriterionHistory {
  const before = pairs.find((p) => p.to === edition);
  const after = pairs.find((p) => p.from === edition);
  const into = (c: CriterionChange) => (c.change === 'removed' ? undefined : c.to);
  const outOf = (c: CriterionChange) => (c.change === 'added' ? undefined : c.from);
  return {
    ...(before && {
      since: { edition: before.from, change: before.criteria.find((c) => into(c) === code) },
    }),
    ...(after && {
      until: { edition: after.to, change: after.criteria.find((c) => outOf(c) === code) },
    }),
  };
}

/** One line of a criterion's "how it changed" list: a UI-string key and what fills it in. */
export interface HistoryLine {
  key: string;
  /** The other edition the line is about. */
  edition: string;
  code?: string;
  /** The texts that changed, for the `changed…` lines. */
  fields?: TextField[];
  /** True for a line about the edition before, false for the one after. */
  since: boolean;
}

/** The "how it changed" list of a criterion page, in words the page looks up by key. */
export function historyLines(history: CriterionHistory): HistoryLine[] {
  const lines: HistoryLine[] = [];
  const add = (since: boolean, step: { edition: string; change: CriterionChange | undefined }) => {
    const { edition, change } = step;
    const word = since ? 'Since' : 'In';
    if (!change) lines.push({ key: `history.unchanged${word}`, edition, since });
    else if (change.change === 'added') lines.push({ key: 'history.addedIn', edition, since });
    else if (change.change === 'removed') lines.push({ key: 'history.removedIn', edition, since });
    else {
      if (change.renumbered) {
        const code = since ? change.from : change.to;
        lines.push({
          key: since ? 'history.renumberedFrom' : 'history.renumberedTo',
          edition,
          code,
          since,
        });
      }
      if (change.texts.length > 0) {
        const fields = [...new Set(change.texts.map((text) => text.field))];
        lines.push({ key: `history.changed${word}`, edition, fields, since });
      }
    }
  };
  if (history.since) add(true, history.since);
  if (history.until) add(false, history.until);
  return lines;
}
