/** What of a handout's text is not in the reader's language, for the notice on its first page. */
export interface HandoutFallback {
  /** Items shown in another language. */
  count: number;
  /** Items the handout lists. */
  total: number;
  /** The language they are shown in instead, named in the reader's language ("latviešu"). */
  language: string;
}

/**
 * Counts the items of a handout (criteria, sub-criteria, a report) that fell back to another
 * language; undefined when everything is in the reader's language, so no notice is printed.
 */
export function handoutFallback(
  items: ReadonlyArray<{ fallback: boolean; lang?: string | undefined }>,
  locale: string,
): HandoutFallback | undefined {
  const fallen = items.filter((item) => item.fallback);
  const lang = fallen.find((item) => item.lang)?.lang;
  if (fallen.length === 0 || !lang) return undefined;
  return { count: fallen.length, total: items.length, language: languageIn(lang, locale) };
}

/** A language's name as a word of another language's sentence: "Latvian", "latviešu", "latvių". */
function languageIn(lang: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}
