import type { LocaleSettings } from './locales.ts';

/** The locale a page belongs to, read from its path (`/en/…` → en, anything else → the default). */
export function localeOfPath(settings: LocaleSettings, pathname: string): string {
  const first = pathname.split('/').filter(Boolean)[0];
  return first && first !== settings.defaultLocale && settings.locales.includes(first)
    ? first
    : settings.defaultLocale;
}
