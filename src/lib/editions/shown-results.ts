import type { EditionChanges } from './changes.ts';
import { codeInEdition } from './correspond.ts';
import { shownEdition, type EditionId } from '../content/editions.ts';

/** What deciding which pilots' results an edition's pages show needs to know. */
export interface ShownResultsInput {
  /** The edition whose pages ask ("" for a tree without editions). */
  page: EditionId;
  /** The current edition ("" for a tree without editions). */
  current: EditionId;
  /** Every edition in site.json's order (oldest first), and whether its results are published. */
  editions: ReadonlyArray<{ edition: EditionId; published: boolean }>;
  /** The change lists of consecutive editions, oldest pair first: the change pages' matching. */
  pairs: readonly EditionChanges[];
  /** The criterion codes of the page's edition. */
  codes: readonly string[];
}

/** The results an edition's pages show, and how its criteria are found in them. */
export interface ShownResults {
  /** The edition whose pilots' results are shown; undefined when none publishes results. */
  edition: EditionId | undefined;
  /** True when that edition is not the page's own: the pages say which one it is. */
  borrowed: boolean;
  /** Page code → the same criterion's code in the shown edition; absent when it has none. */
  codes: ReadonlyMap<string, string>;
  /** Shown edition's code → the page's code, for links from the shown figures back to the pages. */
  pageCodes: ReadonlyMap<string, string>;
}

/**
 * Which results an edition's results pages, criterion links, home page and self-assessment
 * comparison show. The current edition shows its own results when it has published any, else the
 * newest edition that has: a methodology just revised still shows what its pilots found. An older
 * edition shows only its own, so its result URLs keep meaning what they always meant. Codes go
 * through the change lists' correspondence (renumbered, renamed, removed), and only the same
 * criterion counts: a parent standing in for a removed sub-criterion would show other figures.
 */
export function shownResults(input: ShownResultsInput): ShownResults {
  const edition = shownEdition(input.page, input.current, input.editions);
  const codes = new Map<string, string>();
  const pageCodes = new Map<string, string>();
  if (edition !== undefined) {
    for (const code of input.codes) {
      const found =
        edition === input.page
          ? { code, exact: true }
          : codeInEdition(input.pairs, code, input.page, edition);
      if (found.code !== undefined && found.exact) {
        codes.set(code, found.code);
        pageCodes.set(found.code, code);
      }
    }
  }
  return { edition, borrowed: edition !== undefined && edition !== input.page, codes, pageCodes };
}
