import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveEntries, resolveText } from '../../../src/lib/i18n/fallback.ts';
import { localePath, orderedLocales } from '../../../src/lib/i18n/locales.ts';
import { createTranslator } from '../../../src/lib/i18n/ui.ts';
import { otherLanguages } from '../../../src/lib/i18n/mixed-languages.ts';

const settings = { locales: ['en', 'lt', 'lv'], defaultLocale: 'lv' };

describe('locale routes', () => {
  it('serve the default locale at the root and the others under their code', () => {
    expect(localePath(settings, 'lv', 'criteria', '1.1')).toBe('/criteria/1.1/');
    expect(localePath(settings, 'en')).toBe('/en/');
  });

  it('put the default locale first even when site.json lists it last', () => {
    expect(orderedLocales(settings)).toEqual(['lv', 'en', 'lt']);
  });
});

describe('fallback to the default locale', () => {
  it('marks a text that is not translated with the language it is really in', () => {
    expect(resolveText({ lv: 'Vadība' }, 'en', 'lv')).toEqual({
      text: 'Vadība',
      lang: 'lv',
      fallback: true,
    });
    expect(resolveText({ lv: 'Vadība', en: 'Leadership' }, 'en', 'lv').fallback).toBe(false);
  });

  it('keeps every default-locale entry, translated where possible', () => {
    const entries = [
      { id: '1', locale: 'lv' },
      { id: '2', locale: 'lv' },
      { id: '1', locale: 'en' },
    ];
    expect(resolveEntries(entries, 'en', 'lv')).toEqual([
      { id: '1', locale: 'en', fallback: false },
      { id: '2', locale: 'lv', fallback: true },
    ]);
  });
});

describe('UI strings', () => {
  const t = createTranslator(
    { en: { hi: 'Hello {name}', only: 'English only' }, lv: { hi: 'Sveiki, {name}' } },
    'de',
    'lv',
  );

  it('fall back to the default locale, then to English, for a locale without strings', () => {
    expect(t('hi', { name: 'Anna' })).toBe('Sveiki, Anna');
    expect(t.withLang('only')).toEqual({ text: 'English only', lang: 'en' });
  });

  it('end a sentence once when a Lithuanian date ends it with its own full stop', () => {
    const lt = createTranslator({ lt: { footer: 'Paskelbta {published}.' } }, 'lt', 'lv');
    expect(lt('footer', { published: '2012 m. kovo 1 d.' })).toBe('Paskelbta 2012 m. kovo 1 d.');
    expect(lt('footer', { published: '2012-03-01' })).toBe('Paskelbta 2012-03-01.');
  });
});

describe("the generator's own UI strings", () => {
  const folder = resolve(import.meta.dirname, '../../../src/i18n/ui');
  const read = (file: string) =>
    JSON.parse(readFileSync(join(folder, file), 'utf8')) as Record<string, string>;
  const english = read('en.json');
  const placeholders = (text: string) => [...text.matchAll(/\{\w+\}/g)].map((m) => m[0]).sort();
  /** A plural form such as `.one` or `.few` belongs only to the languages that have it. */
  const isPluralForm = (key: string) => /\.(zero|one|two|few|many)$/.test(key);

  for (const file of readdirSync(folder).filter((f) => f !== 'en.json')) {
    it(`${file} translates every string, with the same placeholders`, () => {
      const strings = read(file);
      const missing = Object.keys(english).filter((k) => !(k in strings) && !isPluralForm(k));
      expect(missing).toEqual([]);
      const mismatched = Object.keys(strings)
        .filter((k) => k in english && !isPluralForm(k))
        .filter((k) => placeholders(strings[k]!).join() !== placeholders(english[k]!).join());
      expect(mismatched).toEqual([]);
    });
  }
});

describe('a page that mixes languages', () => {
  it('names the other languages its content falls back to, not language names in their own language', () => {
    const html =
      '<p lang="lv">Vadība</p><th lang="lt" data-language-name>Lietuvių</th><span lang="de">x</span>';
    expect(otherLanguages(html, 'en', ['lv', 'en', 'lt'])).toEqual(['lv']);
    expect(otherLanguages('<p>Leadership</p>', 'en', ['lv', 'en'])).toEqual([]);
  });
});
