import type { Localized } from '../content/schemas/primitives.ts';

/** A text in the reader's locale, or the default locale's where it is not translated yet. */
export interface ResolvedText {
  text: string;
  /** The language the text is actually in: set it as `lang` on the element. */
  lang: string;
  /** True when the text fell back to the default locale. */
  fallback: boolean;
}

/** Picks a localized text for `locale`, falling back to `defaultLocale`. */
export function resolveText(value: Localized, locale: string, defaultLocale: string): ResolvedText {
  const own = value[locale];
  if (own !== undefined) return { text: own, lang: locale, fallback: false };
  return { text: value[defaultLocale] ?? '', lang: defaultLocale, fallback: true };
}

/** Picks, per id, the entry in `locale` or else the one in `defaultLocale`. */
export function resolveEntries<Entry extends { id: string; locale: string }>(
  entries: readonly Entry[],
  locale: string,
  defaultLocale: string,
): Array<Entry & { fallback: boolean }> {
  const own = new Map(entries.filter((e) => e.locale === locale).map((e) => [e.id, e]));
  return entries
    .filter((e) => e.locale === defaultLocale)
    .map((base) => {
      const translated = own.get(base.id);
      return translated
        ? { ...translated, fallback: false }
        : { ...base, fallback: locale !== defaultLocale };
    });
}
