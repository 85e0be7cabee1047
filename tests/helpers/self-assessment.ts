import { resolve } from 'node:path';
import { compareCodes } from '../../src/lib/content/codes.ts';
import { loadContentTree } from '../../src/lib/content/load-tree.ts';
import type { ToolMethodology } from '../../src/lib/self-assessment/methodology.ts';

/** The default content tree shipped with the project. */
export const DEFAULT_CONTENT = resolve(import.meta.dirname, '../../content');

/** The methodology the tool's page would carry for `locale`, made from a content tree on disk. */
export function methodologyOfTree(root: string, locale?: string): ToolMethodology {
  const { tree, problems } = loadContentTree(root);
  if (problems.length > 0) throw new Error(`${root} is not valid: ${problems[0]?.rule}`);
  const { site } = tree;
  const at = locale ?? site.defaultLocale;
  const own = (code: string) =>
    tree.criteria.find((c) => c.id === code && c.locale === at) ??
    tree.criteria.find((c) => c.id === code && c.locale === site.defaultLocale);
  const codes = [...new Set(tree.criteria.map((c) => c.id))].sort(compareCodes);
  return {
    locale: at,
    locales: [...site.locales],
    defaultLocale: site.defaultLocale,
    criteria: codes.flatMap((code) => {
      const entry = own(code);
      const kind = tree.kinds.get(code);
      return entry && kind
        ? [
            {
              code,
              title: entry.data.title,
              kind,
              href: `/criteria/${code}/`,
              questions: entry.data.questions ?? [],
              evidence: entry.data.evidence ?? [],
            },
          ]
        : [];
    }),
    panels: tree.panels.map((p) => p.data),
    taxonomies: tree.taxonomies,
    kinds: { enabler: 'Enablers', result: 'Results' },
    openData: '/data/results.json',
  };
}
