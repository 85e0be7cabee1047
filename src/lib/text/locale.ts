/** The locale Intl should format for: British English for `en`, the site's English. */
export function intlLocale(locale: string): string {
  return locale === 'en' ? 'en-GB' : locale;
}
