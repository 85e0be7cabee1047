/** Plural forms of UI strings: `search.count.one`, `search.count.few`, … chosen with Intl.PluralRules. */
import type { TranslatedString } from './ui.ts';

/**
 * A UI string in every plural form its language has; `other` is always there. `lang` is the
 * strings' language where it is not the page's (a locale the generator has no strings for).
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & {
  other: string;
  lang?: string;
};

/**
 * The forms of `key` a locale needs, from its translator's `find`: one per plural category of the
 * language (Latvian zero/one/other, Lithuanian one/few/many/other), falling back to `other`.
 * Only forms in the language `other` was found in count: where a translation lacks a form, a
 * fallback language's form must not stand in (a Latvian "one" is no Lithuanian one).
 */
export function pluralForms(
  locale: string,
  key: string,
  find: (key: string) => TranslatedString | undefined,
): PluralForms {
  const other = find(`${key}.other`);
  if (other === undefined) throw new Error(`UI string "${key}.other" is missing`);
  const forms: PluralForms = {
    other: other.text,
    ...(other.lang === locale ? {} : { lang: other.lang }),
  };
  // The forms are chosen by the rules of the strings' language: Latvian strings on an Estonian
  // page still say "21 kļūda".
  for (const category of new Intl.PluralRules(other.lang).resolvedOptions().pluralCategories) {
    const form = find(`${key}.${category}`);
    if (form !== undefined && form.lang === other.lang) forms[category] = form.text;
  }
  return forms;
}

/** `count` in the words of its plural form, `{count}` written the way of the strings' language. */
export function plural(locale: string, count: number, forms: PluralForms): string {
  const lang = forms.lang ?? locale;
  const form = forms[new Intl.PluralRules(lang).select(count)] ?? forms.other;
  return form.replace('{count}', new Intl.NumberFormat(lang).format(count));
}
