import { relative, sep } from 'node:path';
import { COLLECTIONS, EDITIONS_DIR } from '../content/collections.ts';
import type { ContentTree } from '../content/tree.ts';
import { localePath } from '../i18n/locales.ts';
import type { LinkableTerm } from './match.ts';

/**
 * Tells the glossary linker which terms to link in a Markdown file of the tree: the terms of
 * the file's locale, pointing at that locale's glossary pages. Files outside the tree get none.
 * `tree` is the validated tree of the moment: in `astro dev` a saved glossary file gives a new one.
 */
export function glossaryTermsForFiles(root: string, tree: () => ContentTree | undefined) {
  const cache = new WeakMap<ContentTree, Map<string, LinkableTerm[]>>();
  const termsOf = (content: ContentTree, locale: string): LinkableTerm[] => {
    const byLocale = cache.get(content) ?? new Map<string, LinkableTerm[]>();
    cache.set(content, byLocale);
    let terms = byLocale.get(locale);
    if (!terms) {
      terms = content.glossary
        .filter((entry) => entry.locale === locale)
        .map((entry) => ({
          id: entry.id,
          href: localePath(content.site, locale, 'glossary', entry.id),
          words: [entry.data.term, ...entry.data.aliases],
          exclude: entry.data.exclude,
        }));
      byLocale.set(locale, terms);
    }
    return terms;
  };
  return (filePath: string): { terms: readonly LinkableTerm[]; selfId?: string } => {
    const content = tree();
    const parts = relative(root, filePath).split(sep);
    // An older edition's files (`editions/<id>/criteria/lv/1.md`) link the same glossary.
    const [dir, locale, name] = parts[0] === EDITIONS_DIR ? parts.slice(2) : parts;
    const perLocale = Object.values(COLLECTIONS).some((c) => c.perLocale && c.dir === dir);
    if (!content || !perLocale || !locale || !name || !content.site.locales.includes(locale))
      return { terms: [] };
    const selfId = dir === COLLECTIONS.glossary.dir ? name.replace(/\.mdx?$/, '') : undefined;
    return { terms: termsOf(content, locale), ...(selfId ? { selfId } : {}) };
  };
}
