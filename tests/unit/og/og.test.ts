import sharp from 'sharp';
import { describe, expect, it, vi } from 'vitest';
import { ogCacheKey } from '../../../src/lib/og/cache-key.ts';
import { ogImagePath, ogLocale } from '../../../src/lib/og/paths.ts';
import { readOgMeta } from '../../../src/lib/og/read-meta.ts';
import { createOgRenderer } from '../../../src/lib/og/render.ts';

const fields = {
  title: 'Ģimeņu ārējā čaklā ēna, ķīļu ļaužu ņurdoņa, šūžu — ąžuolų ęsų ėglių įlankų ųsai',
  section: 'Kritērijs 1.1',
  summary:
    'Garš kopsavilkums, kas pārbauda, vai teksts tiek apgriezts un nekad neiziet ārpus attēla malām.',
  site: 'Metodika',
  locale: 'lv',
};

// The first image parses every bundled font: on a busy machine that takes seconds.
vi.setConfig({ testTimeout: 60_000 });

describe('OG images', () => {
  const renderer = createOgRenderer();

  it('draw every Latvian and Lithuanian letter from the bundled fonts, none as a box', async () => {
    const missing: string[] = [];
    await renderer.svg(fields, missing);
    expect(missing).toEqual([]);
  });

  it('are 1200×630 PNG images', async () => {
    const meta = await sharp(await renderer.png(fields)).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
  });

  it('are cached by what they show: same fields, same key; any change, a new one', () => {
    const key = ogCacheKey(fields, renderer.fontDigest);
    expect(ogCacheKey({ ...fields }, renderer.fontDigest)).toBe(key);
    expect(ogCacheKey({ ...fields, summary: 'Cits.' }, renderer.fontDigest)).not.toBe(key);
    expect(ogCacheKey(fields, 'other-font')).not.toBe(key);
  });

  it('live at a path derived from the page', () => {
    expect(ogImagePath('/')).toBe('/og/index.png');
    expect(ogImagePath('/en/criteria/1.1/')).toBe('/og/en/criteria/1.1.png');
    expect(ogLocale('lv')).toBe('lv_LV');
  });

  it('are drawn from the page head, entities decoded', () => {
    const html = `<html lang="en"><head><meta property="og:site_name" content="Site"><meta property="og:title" content="A &amp; B &quot;C&quot;"><meta property="og:description" content="D"><meta property="og:image" content="https://x.lv/og/en.png"><meta property="article:section" content="Glossary"></head></html>`;
    expect(readOgMeta(html)).toEqual({
      image: '/og/en.png',
      fields: { title: 'A & B "C"', summary: 'D', section: 'Glossary', site: 'Site', locale: 'en' },
    });
  });
});

describe('OG images of text the fonts cannot draw', () => {
  const renderer = createOgRenderer();

  it.each([
    ['emoji', 'Sanāksme 👩‍👩‍👧 Rīgā', '👩'],
    ['Arabic', 'Metodika مرحبا', 'م'],
    ['Hebrew', 'Metodika שלום', 'ש'],
    ['a combining mark that has no composed form', 'Metodika q\u0301', '\u0301'],
  ])('leave out %s and name it, so no box is drawn', async (_, title, left) => {
    const { fields, missing } = renderer.prepare({ ...fields0, title });
    expect(missing).toContain(left);
    expect(fields.title).not.toContain(left);
    const unresolved: string[] = [];
    await renderer.svg(fields, unresolved);
    expect(unresolved).toEqual([]);
  });

  it.each([
    ['Kas mainījās: 2011 → 2012', 'Kas mainījās: 2011 – 2012'],
    ['A ⇒ B ← C', 'A – B – C'],
  ])('draw an arrow no font has as a dash, not as a gap: %s', async (title, drawn) => {
    const { fields, missing } = renderer.prepare({ ...fields0, title });
    expect(missing).toEqual([]);
    expect(fields.title).toBe(drawn);
    const unresolved: string[] = [];
    await renderer.svg(fields, unresolved);
    expect(unresolved).toEqual([]);
  });

  it('compose decomposed Latvian letters instead of leaving them out', () => {
    const { fields, missing } = renderer.prepare({ ...fields0, title: 'Ka\u0304rta a\u0304' });
    expect(missing).toEqual([]);
    expect(fields.title).toBe('Kārta ā');
  });

  it('draw Cyrillic and Greek from the bundled fonts', async () => {
    const { fields, missing } = renderer.prepare({ ...fields0, title: 'Методика Μεθοδολογία' });
    expect(missing).toEqual([]);
    const unresolved: string[] = [];
    await renderer.svg(fields, unresolved);
    expect(unresolved).toEqual([]);
  });
});

const fields0 = {
  title: '',
  section: 'Kritērijs',
  summary: 'Kopsavilkums.',
  site: 'Metodika',
  locale: 'lv',
};
