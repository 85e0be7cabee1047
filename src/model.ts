/**
 * The one place that reads Astro's collections and turns them into the site model pages
 * render. Pages never read files and never re-implement a rule.
 */
import { getCollection, getEntry } from 'astro:content';
import { compareCodes } from './lib/content/codes.ts';
import { resolveEntries } from './lib/i18n/fallback.ts';
import { localeParam, orderedLocales, type LocaleSettings } from './lib/i18n/locales.ts';
import { createTranslator, type Dictionary } from './lib/i18n/ui.ts';

const dictionaries = Object.fromEntries(
  Object.entries(
    import.meta.glob<Dictionary>('./i18n/ui/*.json', { eager: true, import: 'default' }),
  ).map(([path, dictionary]) => [path.replace(/^.*\/(.+)\.json$/, '$1'), dictionary]),
);

/** site.json, validated. */
export async function getSite() {
  const entry = await getEntry('site', 'site');
  if (!entry) throw new Error('site.json was not loaded');
  return entry.data;
}

/** The locales and which one is the default. */
export async function getLocaleSettings(): Promise<LocaleSettings> {
  const { locales, defaultLocale } = await getSite();
  return { locales, defaultLocale };
}

/** `getStaticPaths` entries for a page that exists once per locale. */
export async function localePaths() {
  const settings = await getLocaleSettings();
  return orderedLocales(settings).map((locale) => ({
    params: { locale: localeParam(settings, locale) },
    props: { locale },
  }));
}

/** The UI-string translator for a locale. */
export async function getTranslator(locale: string) {
  const { defaultLocale } = await getLocaleSettings();
  return createTranslator(dictionaries, locale, defaultLocale);
}

/** Criteria and sub-criteria in a locale, by code, each falling back to the default locale. */
export async function getCriteria(locale: string) {
  const { defaultLocale } = await getLocaleSettings();
  const entries = (await getCollection('criteria')).map((entry) => {
    const [entryLocale = '', code = ''] = entry.id.split('/');
    return { ...entry, id: code, locale: entryLocale, entryId: entry.id };
  });
  return resolveEntries(entries, locale, defaultLocale).sort((a, b) => compareCodes(a.id, b.id));
}
