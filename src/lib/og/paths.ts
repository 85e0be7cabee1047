/** Where a page's OG image lives: `/en/criteria/1.1/` → `/og/en/criteria/1.1.png`, `/` → `/og/index.png`. */
export function ogImagePath(pagePath: string): string {
  const trimmed = pagePath.replace(/^\/+|\/+$/g, '').replace(/\.html$/, '');
  return `/og/${trimmed === '' || trimmed === '404' ? trimmed || 'index' : trimmed}.png`;
}

/** The Open Graph locale for a language code (`lv` → `lv_LV`); others pass through. */
export function ogLocale(locale: string): string {
  const territories: Record<string, string> = {
    lv: 'lv_LV',
    en: 'en_GB',
    lt: 'lt_LT',
    et: 'et_EE',
    de: 'de_DE',
    ru: 'ru_RU',
  };
  return territories[locale] ?? locale.replace('-', '_');
}
