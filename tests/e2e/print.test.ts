import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/chromium.ts';
import { serve } from '../../scripts/lib/static-server.ts';
import { listPages } from '../helpers/site-files.ts';
import { DEFAULT_SITE } from './global-setup.ts';

const LOCALES = ['lv', 'en', 'lt'];
const pdf = (locale: string, name: string) => join(DEFAULT_SITE, 'pdf', locale, `${name}.pdf`);
const pages = (file: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
const text = (file: string) =>
  execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });

describe('handout PDFs from npm run pdf', () => {
  it('fit the methodology summary and the pilot summary on at most two A4 pages in every locale', () => {
    for (const locale of LOCALES) {
      expect(pages(pdf(locale, 'methodology-summary')), locale).toBeLessThanOrEqual(2);
      expect(pages(pdf(locale, 'pilot-summary')), locale).toBeLessThanOrEqual(2);
    }
    const info = execFileSync('pdfinfo', [pdf('lv', 'worksheet')], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
  });

  it('carry the document title as a running header on every page', () => {
    const worksheet = text(pdf('en', 'worksheet'))
      .split('\f')
      .filter((page) => page.trim());
    expect(worksheet.length).toBeGreaterThan(20);
    for (const page of worksheet)
      expect(page.trimStart().startsWith('Self-assessment worksheet')).toBe(true);
  });

  it('embed their fonts', () => {
    const fonts = execFileSync('pdffonts', [pdf('lv', 'methodology-summary')], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font.split(/\s+/).at(-5), font).toBe('yes');
  });

  it('keep Latvian and Lithuanian letters as text that can be copied', () => {
    expect(text(pdf('lv', 'worksheet'))).toContain('Pašnovērtējuma darba lapa');
    expect(text(pdf('lv', 'methodology-summary'))).toMatch(/ž/);
    expect(text(pdf('lt', 'worksheet'))).toContain('Savęs vertinimo darbalapis');
  });

  it('print every sub-criterion on the worksheet', () => {
    const worksheet = text(pdf('en', 'worksheet'));
    const codes = readdirSync(join(import.meta.dirname, '../../content/criteria/lv'))
      .map((f) => f.replace(/\.md$/, ''))
      .filter((code) => code.includes('.'));
    expect(codes.length).toBe(28);
    for (const code of codes)
      expect(worksheet, code).toMatch(new RegExp(`(^|\\s)${code.replace('.', '\\.')} `, 'm'));
  });

  it('are linked from their handout pages', () => {
    expect(readFileSync(join(DEFAULT_SITE, 'handouts/worksheet/index.html'), 'utf8')).toContain(
      '<a href="/pdf/lv/worksheet.pdf" download>',
    );
    expect(
      readFileSync(join(DEFAULT_SITE, 'en/events/2011-kurzeme/bundle/index.html'), 'utf8'),
    ).toContain('href="/pdf/en/event-2011-kurzeme.pdf"');
    expect(readFileSync(join(DEFAULT_SITE, 'events/2011-riga/index.html'), 'utf8')).toContain(
      '<a href="/pdf/lv/event-2011-riga.pdf" download>',
    );
  });
});

describe('printing handouts from the browser', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    server = await serve(DEFAULT_SITE);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('clips nothing horizontally on any handout or bundle', async () => {
    const printable = listPages(DEFAULT_SITE).filter((p) =>
      /\/handouts\/[^/]+\/$|\/bundle\/$/.test(p.path),
    );
    expect(printable.length).toBeGreaterThan(10);
    // A4 less 15 mm margins each side is 180 mm: about 680 CSS pixels.
    const page = await browser.newPage({ viewport: { width: 680, height: 1000 } });
    await page.emulateMedia({ media: 'print' });
    const clipped: string[] = [];
    for (const { path } of printable) {
      await page.goto(`${server.url}${path}`);
      const overflow = await page.evaluate(() =>
        [...document.querySelectorAll('main *')]
          .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
          .map((el) => el.tagName.toLowerCase() + (el.className ? `.${String(el.className)}` : '')),
      );
      if (overflow.length > 0) clipped.push(`${path}: ${overflow.slice(0, 3).join(', ')}`);
    }
    expect(clipped).toEqual([]);
  });
});

describe('narrow screens', () => {
  it('never scroll sideways at 320 px, on any page', async () => {
    const server = await serve(DEFAULT_SITE);
    const browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    const wide: string[] = [];
    for (const { path } of listPages(DEFAULT_SITE)) {
      await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) wide.push(`${path}: ${width}px`);
    }
    await browser.close();
    await server.close();
    expect(wide).toEqual([]);
  }, 300_000);
});

describe('events', () => {
  const events = readdirSync(join(import.meta.dirname, '../../content/events/lv')).map((f) =>
    f.replace(/\.md$/, ''),
  );

  it('are the five regional events of 2011 and more, each with a page in every locale', () => {
    expect(events).toEqual(
      expect.arrayContaining([
        '2011-kurzeme',
        '2011-latgale',
        '2011-vidzeme',
        '2011-zemgale',
        '2011-riga',
      ]),
    );
    for (const slug of events) {
      for (const prefix of ['', 'en/', 'lt/']) {
        expect(
          readFileSync(join(DEFAULT_SITE, `${prefix}events/${slug}/index.html`), 'utf8'),
        ).toContain('<h1');
      }
    }
  });

  it('show the time in Latvia, in the reader’s language', () => {
    const lv = readFileSync(join(DEFAULT_SITE, 'events/2011-kurzeme/index.html'), 'utf8');
    const en = readFileSync(join(DEFAULT_SITE, 'en/events/2011-kurzeme/index.html'), 'utf8');
    expect(lv).toMatch(/2011\. gada \d+\. maijs, 10:00–14:00/);
    expect(en).toMatch(/\d+ May 2011, 10:00–14:00/);
  });

  it('have a calendar file that parses back to the same start, in UTC', () => {
    for (const slug of events) {
      const source = readFileSync(join(DEFAULT_SITE, `events/${slug}.ics`), 'utf8');
      const event = new ICAL.Event(
        new ICAL.Component(ICAL.parse(source)).getFirstSubcomponent('vevent') ?? undefined,
      );
      const markdown = readFileSync(
        join(import.meta.dirname, `../../content/events/lv/${slug}.md`),
        'utf8',
      );
      const start = /start: "?([^"\n]+)"?/.exec(markdown)?.[1] ?? '';
      expect(event.startDate.toJSDate().toISOString(), slug).toBe(new Date(start).toISOString());
      expect(event.summary.length).toBeGreaterThan(5);
    }
  });
});
