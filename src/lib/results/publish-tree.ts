import type { Release } from '../anonymity/release.ts';
import type { ContentTree } from '../content/tree.ts';
import { currentEditionId } from '../content/editions.ts';
import { publishByEdition, type EditionResults } from './by-edition.ts';
import type { PublishedResults } from './publish.ts';

/** What a validated tree publishes of its pilots. */
export interface TreeResults {
  /** The current edition's results (the tree's own, for a tree without editions). */
  results: PublishedResults;
  /** Every edition's own results, in site.json's order; one entry, under "", without editions. */
  editions: EditionResults[];
}

/**
 * The published results of a validated tree, edition by edition. Pilots leave the validator only
 * in this form: pages, charts and downloads never see a single pilot.
 */
export async function publishTree(
  tree: ContentTree,
  releases: readonly Release[] = [],
): Promise<TreeResults> {
  const editions = await publishByEdition(tree, releases);
  const current = currentEditionId(tree.site);
  const own = editions.find((e) => e.edition === current) ?? editions[0];
  if (!own) throw new Error('publishByEdition returned no edition');
  return { results: own.results, editions };
}
