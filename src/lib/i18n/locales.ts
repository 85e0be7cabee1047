/** Routing of locales: the default locale at `/`, every other one under `/<locale>/`. */

export interface LocaleSettings {
  locales: readonly string[];
  defaultLocale: string;
}

/** The URL prefix of a locale: `/` for the default, `/en/` for the others. */
export function localeBase(settings: LocaleSettings, locale: string): string {
  return locale === settings.defaultLocale ? '/' : `/${locale}/`;
}

/** A page's URL in a locale, with the trailing slash the site uses everywhere. */
export function localePath(
  settings: LocaleSettings,
  locale: string,
  ...segments: string[]
): string {
  const path = segments.filter(Boolean).map(encodeURIComponent).join('/');
  return `${localeBase(settings, locale)}${path ? `${path}/` : ''}`;
}

/** The route parameter for a locale: undefined for the default locale (served at the root). */
export function localeParam(settings: LocaleSettings, locale: string): string | undefined {
  return locale === settings.defaultLocale ? undefined : locale;
}

/** Reads the locale back from a route parameter. */
export function localeFromParam(settings: LocaleSettings, param: string | undefined): string {
  return param ?? settings.defaultLocale;
}

/** The default locale first, then the others in the order site.json lists them. */
export function orderedLocales(settings: LocaleSettings): string[] {
  return [settings.defaultLocale, ...settings.locales.filter((l) => l !== settings.defaultLocale)];
}
