/**
 * The languages of the site, other than the page's own, that a page's rendered content shows
 * text in: each element that falls back to another language carries that language's `lang`.
 * Names of languages written in their own language (`data-language-name`) are not fallbacks.
 */
export function otherLanguages(html: string, locale: string, locales: readonly string[]): string[] {
  const found = new Set<string>();
  for (const [tag = ''] of html.matchAll(/<[a-z][\w-]*\s[^>]*\blang="[^"]+"[^>]*>/g)) {
    if (/\sdata-language-name[\s>=]/.test(tag)) continue;
    const lang = /\slang="([^"]+)"/.exec(tag)?.[1];
    if (lang && lang !== locale && locales.includes(lang)) found.add(lang);
  }
  return locales.filter((l) => found.has(l));
}
