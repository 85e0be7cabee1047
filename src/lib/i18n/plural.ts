/** Plural forms of UI strings: `search.count.one`, `search.count.few`, … chosen with Intl.PluralRules. */
import type { TranslatedString } from './ui.ts';

/** A UI string in every plural form the locale has; `other` is always there. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

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
  const forms: PluralForms = { other: other.text };
  for (const category of new Intl.PluralRules(locale).resolvedOptions().pluralCategories) {
    const form = find(`${key}.${category}`);
    if (form !== undefined && form.lang === other.lang) forms[category] = form.text;
  }
  return forms;
}

/** `count` in the words of its plural form, `{count}` written the locale's way. */
export function plural(locale: string, count: number, forms: PluralForms): string {
  const form = forms[new Intl.PluralRules(locale).select(count)] ?? forms.other;
  return form.replace('{count}', new Intl.NumberFormat(locale).format(count));
}
