/** UI strings: one flat dictionary per locale, e.g. src/i18n/ui/lv.json. */
export type Dictionary = Record<string, string>;

/** Looks a UI string up for a locale, with `{name}` placeholders filled in. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The language a UI string is really in, so a fallback can carry the right `lang`. */
export interface TranslatedString {
  text: string;
  lang: string;
}

/**
 * A translator for `locale`. Missing strings fall back to the default locale, then to English
 * (the generator's own language), so a tree may add a locale the generator has no strings for.
 */
export function createTranslator(
  dictionaries: Readonly<Record<string, Dictionary>>,
  locale: string,
  defaultLocale: string,
): Translate & {
  withLang: (key: string) => TranslatedString;
  find: (key: string) => TranslatedString | undefined;
} {
  const chain = [...new Set([locale, defaultLocale, 'en'])];
  /** The string and its language, or undefined where no dictionary in the chain has it. */
  const find = (key: string): TranslatedString | undefined => {
    for (const lang of chain) {
      const text = dictionaries[lang]?.[key];
      if (text !== undefined) return { text, lang };
    }
    return undefined;
  };
  const lookup = (key: string): TranslatedString => {
    const found = find(key);
    if (!found) throw new Error(`UI string "${key}" is missing from src/i18n/ui/en.json`);
    return found;
  };
  // A value that ends a sentence with its own full stop ("kovo 1 d.") takes the place of the
  // string's, so the sentence ends once ("paskelbta 2012 m. kovo 1 d.", never "d..").
  const translate = (key: string, values: Record<string, string | number> = {}) =>
    lookup(key).text.replace(/\{(\w+)\}(\.?)/g, (whole, name: string, stop: string) => {
      if (!(name in values)) return whole;
      const value = String(values[name]);
      return value.endsWith('.') ? value : `${value}${stop}`;
    });
  return Object.assign(translate, { withLang: lookup, find });
}
