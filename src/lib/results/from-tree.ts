import { isTopLevel, rootCode } from '../content/codes.ts';
import type { Kind } from '../content/schemas/index.ts';
import type { ContentTree } from '../content/tree.ts';
import type { Release } from '../anonymity/release.ts';
import type { ResultsInput } from './publish.ts';

/** What publishResults needs, read from a validated tree (for scripts and tests; pages use the model). */
export function resultsInputOf(tree: ContentTree, releases: readonly Release[] = []): ResultsInput {
  const { site } = tree;
  const inDefault = tree.criteria.filter((c) => c.locale === site.defaultLocale);
  const kinds = new Map<string, Kind>(
    inDefault.flatMap((c) =>
      isTopLevel(c.data.code) && c.data.kind ? [[c.data.code, c.data.kind] as const] : [],
    ),
  );
  const codes = inDefault.flatMap((c) => {
    const kind = kinds.get(rootCode(c.data.code));
    return kind ? [{ code: c.data.code, kind }] : [];
  });
  return {
    pilots: tree.pilots.map((p) => p.data),
    codes,
    panels: tree.panels.map((p) => p.data),
    k: site.anonymity.minGroupSize,
    defaultLocale: site.defaultLocale,
    protectionWidth: site.anonymity.protectionWidth,
    minForQuartiles: site.anonymity.minForQuartiles,
    releases,
  };
}
