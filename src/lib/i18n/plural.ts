/** Plural forms of UI strings: `search.count.one`, `search.count.few`, … chosen with Intl.PluralRules. */

/** A UI string in every plural form the locale has; `other` is always there. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * The forms of `key` a locale needs, from its translator: one per plural category of the
 * language (Latvian zero/one/other, Lithuanian one/few/many/other), falling back to `other`.
 */
export function pluralForms(
  locale: string,
  key: string,
  lookup: (key: string) => string | undefined,
): PluralForms {
  const other = lookup(`${key}.other`);
  if (other === undefined) throw new Error(`UI string "${key}.other" is missing`);
  const forms: PluralForms = { other };
  for (const category of new Intl.PluralRules(locale).resolvedOptions().pluralCategories) {
    const text = lookup(`${key}.${category}`);
    if (text !== undefined) forms[category] = text;
  }
  return forms;
}

/** `count` in the words of its plural form, `{count}` written the locale's way. */
export function plural(locale: string, count: number, forms: PluralForms): string {
  const form = forms[new Intl.PluralRules(locale).select(count)] ?? forms.other;
  return form.replace('{count}', new Intl.NumberFormat(locale).format(count));
}
