import { releasesOf, type Release } from '../anonymity/release.ts';
import type { ContentTree } from '../content/tree.ts';
import { publishResults, type PublishedResults } from './publish.ts';
import { currentEditionId } from '../content/editions.ts';
import { editionContent, pilotsByEdition } from '../editions/list.ts';

/** The published results of one edition, from the pilots that assessed it alone. */
export interface EditionResults {
  /** The edition's id; "" for a tree without editions. */
  edition: string;
  results: PublishedResults;
}

/**
 * Publishes each edition's results on their own: pilots that scored different criteria are
 * never mixed, and every anonymity rule applies per edition (k, the disclosure audit, the
 * releases recorded for that edition), so an edition assessed by fewer than k pilots publishes
 * nothing even when the tree as a whole has many.
 */
export function publishByEdition(
  tree: ContentTree,
  releases: readonly Release[] = [],
): Promise<EditionResults[]> {
  const { site } = tree;
  const current = currentEditionId(site);
  const groups = pilotsByEdition(
    tree.pilots.map((p) => p.data),
    site,
  );
  return Promise.all(
    [...groups].map(async ([edition, pilots]) => {
      const content = editionContent(tree, edition);
      const kinds = content?.kinds ?? new Map();
      return {
        edition,
        results: await publishResults({
          pilots,
          codes: [...kinds].map(([code, kind]) => ({ code, kind })),
          panels: (content?.panels ?? []).map((p) => p.data),
          k: site.anonymity.minGroupSize,
          defaultLocale: site.defaultLocale,
          protectionWidth: site.anonymity.protectionWidth,
          minForQuartiles: site.anonymity.minForQuartiles,
          releases: releasesOf(releases, edition, current),
        }),
      };
    }),
  );
}
