import { treeKinds } from '../content/snapshot.ts';
import type { ContentTree } from '../content/tree.ts';
import { publishResults, type PublishedResults } from './publish.ts';
import type { Release } from '../anonymity/release.ts';

/**
 * The published results of a validated tree. Pilots leave the validator only in this form:
 * pages, charts and downloads never see a single pilot.
 */
export function publishTree(
  tree: ContentTree,
  releases: readonly Release[] = [],
): Promise<PublishedResults> {
  return publishResults({
    pilots: tree.pilots.map((pilot) => pilot.data),
    codes: [...treeKinds(tree)].map(([code, kind]) => ({ code, kind })),
    panels: tree.panels.map((panel) => panel.data),
    k: tree.site.anonymity.minGroupSize,
    defaultLocale: tree.site.defaultLocale,
    protectionWidth: tree.site.anonymity.protectionWidth,
    minForQuartiles: tree.site.anonymity.minForQuartiles,
    releases,
  });
}
