import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../src/lib/pdf/chromium.ts';
import { printPdf } from '../../src/lib/pdf/print-pdf.ts';
import { serve } from '../../src/lib/pdf/static-server.ts';
import { formatEventTime } from '../../src/lib/events/time.ts';
import { TMP } from '../helpers/fixtures.ts';
import { blankShares, pdfFonts, pdfPageCount, pdfPageTexts } from '../helpers/pdf.ts';
import { listPages } from '../helpers/site-files.ts';
import { DEFAULT_SITE } from './global-setup.ts';

const LOCALES = ['lv', 'en', 'lt'];
const pdf = (locale: string, name: string) => join(DEFAULT_SITE, 'pdf', locale, `${name}.pdf`);

const ROOT = join(import.meta.dirname, '../..');
const site = JSON.parse(readFileSync(join(ROOT, 'content/site.json'), 'utf8')) as {
  publisher: Record<string, string>;
  methodology: { version: string; published: string };
  defaultLocale: string;
  url: string;
};
const ui = (locale: string) =>
  JSON.parse(readFileSync(join(ROOT, `src/i18n/ui/${locale}.json`), 'utf8')) as Record<
    string,
    string
  >;
/** A criterion file's frontmatter field, in its locale or else the default locale's. */
const criterionField = (locale: string, code: string, field: string) => {
  const file = [locale, site.defaultLocale]
    .map((l) => join(ROOT, `content/criteria/${l}/${code}.md`))
    .find((f) => existsSync(f));
  const source = file ? readFileSync(file, 'utf8') : '';
  return (new RegExp(`^${field}: ["']?(.+?)["']?$`, 'm').exec(source)?.[1] ?? '').trim();
};
const allCodes = readdirSync(join(ROOT, 'content/criteria/lv')).map((f) => f.replace(/\.md$/, ''));
const subcriteria = allCodes.filter((code) => !allCodes.some((c) => c.startsWith(`${code}.`)));
const handoutPdfs = () =>
  LOCALES.flatMap((locale) =>
    readdirSync(join(DEFAULT_SITE, 'pdf', locale)).map((name) =>
      join(DEFAULT_SITE, 'pdf', locale, name),
    ),
  );

describe('handout PDFs from npm run build', () => {
  it('fit the summaries on two A4 pages and the worksheet on 32, in every locale', () => {
    expect(subcriteria.length).toBe(28);
    for (const locale of LOCALES) {
      expect(pdfPageCount(pdf(locale, 'methodology-summary')), locale).toBeLessThanOrEqual(2);
      expect(pdfPageCount(pdf(locale, 'pilot-summary')), locale).toBeLessThanOrEqual(2);
      expect(pdfPageCount(pdf(locale, 'worksheet')), locale).toBeLessThanOrEqual(32);
    }
    const info = execFileSync('pdfinfo', [pdf('lv', 'worksheet')], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
  });

  it('waste no paper: no worksheet page a third blank, no summary page half blank, but the last', () => {
    const limits = { worksheet: 1 / 3, 'pilot-summary': 1 / 2, 'methodology-summary': 1 / 2 };
    const wasteful: string[] = [];
    for (const locale of LOCALES) {
      for (const [name, limit] of Object.entries(limits)) {
        const shares = blankShares(pdf(locale, name));
        shares.slice(0, -1).forEach((share, page) => {
          if (share > limit)
            wasteful.push(`${locale}/${name} page ${page + 1}: ${Math.round(share * 100)} % blank`);
        });
      }
    }
    expect(wasteful).toEqual([]);
  });

  it('print every sub-criterion whole on one page: questions, three boxes, both scores', () => {
    for (const locale of LOCALES) {
      const strings = ui(locale);
      const parts = [
        strings['worksheet.evidence'],
        strings['results.strengths'],
        strings['results.improvements'],
        strings['worksheet.individual'],
        strings['worksheet.agreed'],
      ] as string[];
      const pages = pdfPageTexts(pdf(locale, 'worksheet'));
      for (const code of subcriteria) {
        const heading = `${code} ${criterionField(locale, code, 'title').slice(0, 25)}`;
        // The summary page names every sub-criterion too, but has no writing boxes.
        const own = pages.filter(
          (page) => page.includes(heading) && page.includes(strings['results.strengths'] ?? ''),
        );
        expect(own.length, `${locale} ${code}`).toBe(1);
        for (const part of parts) expect(own[0], `${locale} ${code}: ${part}`).toContain(part);
      }
    }
  });

  it('give the worksheet a running head with a line for the provider on every page but the cover', () => {
    for (const locale of LOCALES) {
      const strings = ui(locale);
      const pages = pdfPageTexts(pdf(locale, 'worksheet'));
      expect(pages[0]).toContain(strings['worksheet.provider']);
      for (const [index, page] of pages.slice(1).entries())
        expect(
          page.startsWith(`${strings['worksheet.running']} · `),
          `${locale} page ${index + 2}`,
        ).toBe(true);
      expect(pages.at(-2)).toContain(strings['worksheet.summary']);
      expect(pages.at(-1)).toContain(strings['worksheet.plan']);
    }
  });

  it('print publisher, methodology version and date on the first page of every handout', () => {
    for (const locale of LOCALES) {
      const date = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, {
        dateStyle: 'long',
        timeZone: 'UTC',
      }).format(new Date(`${site.methodology.published}T00:00:00Z`));
      for (const name of readdirSync(join(DEFAULT_SITE, 'pdf', locale)).filter(
        (n) => !n.startsWith('event-'),
      )) {
        const first = pdfPageTexts(join(DEFAULT_SITE, 'pdf', locale, name))[0] ?? '';
        const publisher = site.publisher[locale] ?? site.publisher[site.defaultLocale] ?? '';
        expect(first, `${locale}/${name}`).toContain(publisher);
        expect(first, `${locale}/${name}`).toContain(site.methodology.version);
        expect(first, `${locale}/${name}`).toContain(date);
      }
    }
  });

  it('say on the first page of the Lithuanian worksheet that most of it is in Latvian', () => {
    const [first] = pdfPageTexts(pdf('lt', 'worksheet'));
    expect(first).toMatch(/Dar ne viskas išversta: \d+ iš \d+ .* latvių kalba\./);
    expect(pdfPageTexts(pdf('lv', 'worksheet'))[0]).not.toContain(
      ui('lv')['handouts.fallback']?.slice(0, 20),
    );
  });

  it('print nothing meant for a screen on the methodology summary', () => {
    for (const locale of LOCALES) {
      const text = pdfPageTexts(pdf(locale, 'methodology-summary')).join(' ');
      expect(text, locale).not.toContain(
        ui(locale)['diagram.caption']?.split('. ').at(-1)?.slice(0, 20),
      );
      expect(text, locale).not.toContain(ui(locale)['handouts.print']?.slice(0, 20));
      // The scales with what each band means.
      expect(text, locale).toContain(ui(locale)['panel.description']);
    }
  });

  it('give an event bundle a cover with the event, then each handout from a new page', () => {
    for (const locale of LOCALES) {
      const source = readFileSync(
        join(
          ROOT,
          'content/events',
          existsSync(join(ROOT, `content/events/${locale}`)) ? locale : site.defaultLocale,
          '2011-kurzeme.md',
        ),
        'utf8',
      );
      const field = (name: string) =>
        new RegExp(`^${name}: ["']?(.+?)["']?$`, 'm').exec(source)?.[1] ?? '';
      const agenda = source.split('---')[2]?.trim().split('\n')[0]?.replace(/^- /, '') ?? '';
      const pages = pdfPageTexts(pdf(locale, 'event-2011-kurzeme'));
      const cover = pages[0] ?? '';
      expect(cover, locale).toContain(field('title'));
      expect(cover, locale).toContain(formatEventTime(field('start'), field('end'), locale));
      expect(cover, locale).toContain(field('venue'));
      expect(cover, locale).toContain(field('address'));
      expect(cover, locale).toContain(agenda);
      expect(cover, locale).toContain('/events/2011-kurzeme/');
      const titles = ['methodology-summary', 'worksheet', 'pilot-summary'].map(
        (id) => ui(locale)[`handouts.${id}`] ?? '',
      );
      const starts = titles.map((title) => pages.findIndex((page) => page.startsWith(title)));
      expect(
        starts.every((start, i) => start > (starts[i - 1] ?? 0)),
        `${locale}: ${starts.join(', ')}`,
      ).toBe(true);
    }
  });

  it('embed the fonts the project ships, under the same names on every run', async () => {
    const names = new Set<string>();
    for (const file of handoutPdfs()) {
      for (const font of pdfFonts(file)) {
        expect(font.embedded, `${file}: ${font.name}`).toBe(true);
        names.add(font.name.replace(/^[A-Z]{6}\+/, ''));
      }
    }
    expect([...names].sort()).toEqual(['NotoSans-Bold', 'NotoSans-Regular', 'NotoSans-SemiBold']);
    const again = join(TMP, 'pdf-again.pdf');
    const server = await serve(DEFAULT_SITE);
    const browser = await launchBrowser();
    await printPdf(await browser.newContext(), `${server.url}/lt/handouts/worksheet/`, again);
    await browser.close();
    await server.close();
    expect(pdfFonts(again)).toEqual(pdfFonts(pdf('lt', 'worksheet')));
  });

  it("link the site's own address, never the loopback server they were printed from", () => {
    const origin = new URL(site.url).origin;
    for (const file of handoutPdfs()) {
      const uris = [...readFileSync(file, 'latin1').matchAll(/\/URI\s*\(([^)]*)\)/g)].map(
        ([, uri]) => uri ?? '',
      );
      expect(uris.length, file).toBeGreaterThan(0);
      const local = uris.filter((uri) => /^https?:\/\/(127\.|localhost)/.test(uri));
      expect(local, file).toEqual([]);
      expect(
        uris.some((uri) => uri.startsWith(`${origin}/`)),
        file,
      ).toBe(true);
      // A link within the site prints as its text, never followed by its address.
      expect(pdfPageTexts(file).join(' '), file).not.toContain(`(${origin}/`);
    }
  });

  it('keep Latvian and Lithuanian letters as text that can be copied', () => {
    expect(pdfPageTexts(pdf('lv', 'worksheet')).join(' ')).toContain('Pašnovērtējuma darba lapa');
    expect(pdfPageTexts(pdf('lv', 'methodology-summary')).join(' ')).toMatch(/ž/);
    expect(pdfPageTexts(pdf('lt', 'worksheet')).join(' ')).toContain('Savęs vertinimo darbalapis');
  });

  it('are linked, with page count and size, from the handouts index and at the top of each handout page', () => {
    for (const locale of LOCALES) {
      const prefix = locale === site.defaultLocale ? '' : `${locale}/`;
      const index = readFileSync(join(DEFAULT_SITE, `${prefix}handouts/index.html`), 'utf8');
      const ui = JSON.parse(
        readFileSync(join(import.meta.dirname, `../../src/i18n/ui/${locale}.json`), 'utf8'),
      ) as Record<string, string>;
      // With the PDFs printed, the intro points to them.
      expect(index, locale).toContain(
        `<span data-pdf-files data-pagefind-ignore>${ui['handouts.introPdf'] ?? '?'}</span>`,
      );
      for (const pdfLocale of LOCALES) {
        for (const name of ['methodology-summary', 'worksheet', 'pilot-summary']) {
          const file = pdf(pdfLocale, name);
          const link = new RegExp(
            `<a href="/pdf/${pdfLocale}/${name}\\.pdf" hreflang="${pdfLocale}" download>[^<]+</a> <span class="pdf-link__details">\\(([^)]+)\\)</span>`,
          ).exec(index);
          expect(link?.[1], `${locale} index: ${pdfLocale}/${name}`).toContain(
            new Intl.NumberFormat(locale).format(pdfPageCount(file)),
          );
          expect(link?.[1]).toContain(`${Math.round(statSync(file).size / 1024)}`);
        }
      }
      const page = readFileSync(
        join(DEFAULT_SITE, `${prefix}handouts/worksheet/index.html`),
        'utf8',
      );
      const at = page.indexOf(`<a href="/pdf/${locale}/worksheet.pdf" download>`);
      expect(at, locale).toBeGreaterThan(0);
      expect(at).toBeLessThan(page.indexOf('class="worksheet-cover"'));
    }
    expect(
      readFileSync(join(DEFAULT_SITE, 'en/events/2011-kurzeme/bundle/index.html'), 'utf8'),
    ).toContain('href="/pdf/en/event-2011-kurzeme.pdf"');
    expect(readFileSync(join(DEFAULT_SITE, 'events/2011-riga/index.html'), 'utf8')).toContain(
      '<a href="/pdf/lv/event-2011-riga.pdf" download>',
    );
  });
});

describe('tables and charts in handout PDFs', () => {
  it('are never split across pages', async () => {
    const server = await serve(DEFAULT_SITE);
    const browser = await launchBrowser();
    const page = await browser.newPage();
    await page.emulateMedia({ media: 'print' });
    const split: string[] = [];
    for (const locale of LOCALES) {
      const prefix = locale === site.defaultLocale ? '' : `/${locale}`;
      for (const name of [
        'methodology-summary',
        'worksheet',
        'pilot-summary',
        'event-2011-kurzeme',
      ]) {
        const path = name.startsWith('event-')
          ? `${prefix}/events/${name.slice(6)}/bundle/`
          : `${prefix}/handouts/${name}/`;
        await page.goto(`${server.url}${path}`);
        // The first and the last text of every table and chart, as printed.
        const blocks = await page.evaluate(() => {
          const text = (el: Element | null | undefined) =>
            (el?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 24);
          return [...document.querySelectorAll('main table, main figure.chart')].map((block) =>
            block.matches('table')
              ? [
                  text(block.querySelector('caption, thead th:not(:empty)')),
                  text([...block.querySelectorAll('tr')].at(-1)?.querySelector('th, td')),
                ]
              : [
                  text(block.querySelector('figcaption')),
                  text([...block.querySelectorAll('.chart__label')].at(-1)),
                ],
          );
        });
        expect(blocks.length).toBeGreaterThan(0);
        const all = pdfPageTexts(pdf(locale, name)).join('\f');
        let cursor = 0;
        for (const [first = '', last = ''] of blocks) {
          const from = all.indexOf(first, cursor);
          const to = all.indexOf(last, from + first.length);
          if (from < 0 || to < 0 || all.slice(from, to).includes('\f'))
            split.push(`${locale}/${name}: "${first}" … "${last}"`);
          // Side-by-side tables are read in any order: the next block may start on this page.
          else cursor = all.lastIndexOf('\f', to) + 1;
        }
      }
    }
    await browser.close();
    await server.close();
    expect(split).toEqual([]);
  }, 300_000);
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

  it('leaves the edition switcher and links that only lead elsewhere off a printed criterion page', async () => {
    const file = join(TMP, 'criterion-6.1.pdf');
    await printPdf(await browser.newContext(), `${server.url}/en/criteria/6.1/`, file);
    const text = pdfPageTexts(file).join(' ');
    expect(text).toContain('6.1 Client perception measurements');
    expect(text).not.toContain('Edition of the methodology');
    expect(text).not.toContain('Pilot results:');
    expect(text).not.toContain('self-assessment tool');
    expect(text).toContain('Changed since 2011 draft: title.');
    expect(text).not.toContain('All changes between the editions');
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

  it('offer no "Add to calendar" once they are over, and name the calendar file as a past event’s', () => {
    const en = readFileSync(join(DEFAULT_SITE, 'en/events/2011-kurzeme/index.html'), 'utf8');
    expect(en).not.toContain('Add to calendar');
    expect(en).toContain(
      '<a href="/en/events/2011-kurzeme.ics" download> Calendar file of this past event (.ics) </a>',
    );
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
