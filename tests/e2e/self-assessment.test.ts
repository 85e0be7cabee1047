import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../src/lib/pdf/chromium.ts';
import { serve } from '../../src/lib/pdf/static-server.ts';
import { readAssessmentFile } from '../../src/lib/self-assessment/read-file.ts';
import { assessmentResult } from '../../src/lib/self-assessment/result.ts';
import { panelOf, subcriteriaOf } from '../../src/lib/self-assessment/methodology.ts';
import { axeViolations } from '../helpers/axe.ts';
import { checkTree } from '../helpers/build.ts';
import { TMP } from '../helpers/fixtures.ts';
import { DEFAULT_CONTENT, methodologyOfTree } from '../helpers/self-assessment.ts';
import { DEFAULT_SITE } from './global-setup.ts';

const methodology = methodologyOfTree(DEFAULT_CONTENT);
const CODES = subcriteriaOf(methodology).map((c) => c.code);
const NOT_ASSESSED = '4.6';
/** A fine-tuned sub-criterion in the plan below (every fourth), and a classical one. */
const FINE_TUNED = CODES[4] ?? '';
const CLASSICAL = CODES[5] ?? '';
const OUT = join(TMP, 'self-assessment');
const lv = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../src/i18n/ui/lv.json'), 'utf8'),
) as Record<string, string>;

let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;
/** Every request any page or worker made during the whole test. */
const requests: string[] = [];
/** axe violations per step, `step: rule: targets`. */
const violations: string[] = [];
const pageErrors: string[] = [];
/** Every question the tool asked with confirm(), and how the next one is answered. */
const dialogs: string[] = [];
let answer: 'accept' | 'dismiss' = 'accept';
/** The sites the test serves: the only places a request may go. */
const origins: string[] = [];

beforeAll(async () => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  server = await serve(DEFAULT_SITE);
  origins.push(server.url);
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function newContext(options: Parameters<Browser['newContext']>[0] = {}) {
  const context = await browser.newContext({ acceptDownloads: true, ...options });
  context.on('request', (request) => requests.push(request.url()));
  context.on('page', (page) => {
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void (answer === 'accept' ? dialog.accept() : dialog.dismiss());
    });
  });
  return context;
}

/** Runs axe on what the page shows now and records any WCAG 2.1 AA violation under `step`. */
async function axe(page: Page, step: string): Promise<void> {
  violations.push(...(await axeViolations(page)).map((v) => `${step}: ${v}`));
}

/** The score an assessor gives: fine-tuned on every fourth sub-criterion, one not assessed. */
function plannedScore(code: string, offset: number): number | Record<string, number> | null {
  if (code === NOT_ASSESSED) return null;
  const index = CODES.indexOf(code);
  const base = (index * 7 + offset) % 90;
  if (index % 4 !== 0) return base;
  const dimensions = panelOf(methodology, code)?.dimensions ?? [];
  return Object.fromEntries(dimensions.map((d, i) => [d.id, Math.min(100, base + i * 5)]));
}

/** Scores every sub-criterion through the page, jumping to each one from the list. */
async function scoreAll(page: Page, offset: number, strengths: string): Promise<void> {
  for (const code of CODES) {
    await page.click(`.sa-jump a[href="#score/${code}"]`);
    await page.waitForSelector(
      `#sa-subcriterion-heading:text-matches("^${code.replace('.', '\\.')} ")`,
    );
    const score = plannedScore(code, offset);
    if (score === null) await page.check('input[value="not-assessed"]');
    else if (typeof score === 'number') await page.fill(`[id="sa-score-${code}"]`, String(score));
    else {
      await page.check('input[value="fine-tuned"]');
      for (const [dimension, value] of Object.entries(score))
        await page.fill(`[id="sa-score-${code}-${dimension}"]`, String(value));
    }
    await page.fill('#sa-strengths', `${strengths} ${code}`);
  }
}

/**
 * Saves the current assessment to a file; the first save asks who the member is. Returns the
 * path and the name the tool gave the file.
 */
async function saveFile(page: Page, name: string, member?: string): Promise<[string, string]> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    (async () => {
      await page.click('.sa-current button');
      if (member !== undefined) {
        await page.waitForSelector('dialog[open] #sa-member-ask');
        await axe(page, `member question ${member}`);
        // An empty name is refused with a word next to the field, not saved.
        await page.click('dialog[open] button:first-of-type');
        expect(await page.isVisible('#sa-member-ask-message')).toBe(true);
        await page.fill('#sa-member-ask', member);
        await page.keyboard.press('Enter');
      }
    })(),
  ]);
  const path = join(OUT, name);
  await download.saveAs(path);
  return [path, download.suggestedFilename()];
}

const widthOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe('the self-assessment tool in Chromium', () => {
  let anna = '';
  let janis = '';
  let third = '';
  let consensus: BrowserContext;
  let page: Page;

  it('lets an assessor score all 28 sub-criteria in Latvian, and keeps everything after a reload', async () => {
    const context = await newContext();
    const tab = await context.newPage();
    await tab.goto(`${server.url}/self-assessment/`);
    await tab.waitForSelector('.sa-jump');
    await axe(tab, 'lv score, empty');
    // Keyboard only: from the page's heading, Tab reaches the first score field and takes a number.
    await tab.focus('#sa-view-heading');
    for (let i = 0; i < 40; i += 1) {
      await tab.keyboard.press('Tab');
      if (await tab.evaluate(() => document.activeElement?.id === 'sa-score-1.1')) break;
    }
    await tab.keyboard.type('12');
    expect(await tab.inputValue('[id="sa-score-1.1"]')).toBe('12');
    await scoreAll(tab, 10, 'Pirmā vērtētāja stiprā puse');
    await expect
      .poll(() => tab.textContent('[data-progress]'))
      .toBe('Novērtēti 27 no 28 apakškritērijiem, 1 nav vērtēti.');
    // The tool's words are the glossary's.
    expect(await tab.textContent('label[for="sa-improvements"]')).toBe('Uzlabojamās jomas');
    await axe(tab, 'lv score, filled');

    // Nothing typed is lost: a fine-tuned score with 2 of 4 parts, and a score of 150.
    const partial = FINE_TUNED;
    const dims = panelOf(methodology, partial)?.dimensions.map((d) => d.id) ?? [];
    await tab.click(`.sa-jump a[href="#score/${partial}"]`);
    await expect.poll(() => tab.isChecked('input[value="fine-tuned"]')).toBe(true);
    for (const dim of dims.slice(2)) await tab.fill(`[id="sa-score-${partial}-${dim}"]`, '');
    await tab.click(`.sa-jump a[href="#score/${CLASSICAL}"]`);
    await tab.fill(`[id="sa-score-${CLASSICAL}"]`, '150');
    expect(await tab.textContent(`[id="sa-score-${CLASSICAL}-message"]`)).toContain(
      '150 ir ārpus skalas',
    );
    expect(await tab.getAttribute(`[id="sa-score-${CLASSICAL}"]`, 'aria-invalid')).toBe('true');
    await axe(tab, 'lv score, out of range');
    await tab.reload();
    await tab.waitForSelector('.sa-jump');
    expect(await tab.inputValue(`[id="sa-score-${CLASSICAL}"]`)).toBe('150');
    expect(await tab.isVisible(`[id="sa-score-${CLASSICAL}-message"]`)).toBe(true);
    await tab.click(`.sa-jump a[href="#score/${partial}"]`);
    await expect.poll(() => tab.isChecked('input[value="fine-tuned"]')).toBe(true);
    const planned = plannedScore(partial, 10) as Record<string, number>;
    for (const dim of dims.slice(0, 2))
      expect(await tab.inputValue(`[id="sa-score-${partial}-${dim}"]`)).toBe(String(planned[dim]));
    expect(await tab.textContent('.sa-band')).toContain(
      `Nepabeigts: derīgs vērtējums ir 2 no ${dims.length}`,
    );
    expect(await tab.textContent(`[data-status="${partial}"]`)).toBe(
      '(nepabeigts, netiek skaitīts)',
    );
    // Neither is counted as a score.
    expect(await tab.textContent('[data-progress]')).toBe(
      'Novērtēti 25 no 28 apakškritērijiem, 1 nav vērtēti.',
    );
    for (const dim of dims.slice(2))
      await tab.fill(`[id="sa-score-${partial}-${dim}"]`, String(planned[dim]));
    await tab.click(`.sa-jump a[href="#score/${CLASSICAL}"]`);
    await tab.fill(`[id="sa-score-${CLASSICAL}"]`, String(plannedScore(CLASSICAL, 10)));
    expect(await tab.isVisible(`[id="sa-score-${CLASSICAL}-message"]`)).toBe(false);
    await expect
      .poll(() => tab.textContent('[data-progress]'))
      .toBe('Novērtēti 27 no 28 apakškritērijiem, 1 nav vērtēti.');

    await tab.click('.sa-tabs a[href="#assessments"]');
    await tab.fill('[id^="sa-rename-"]', 'Vadības grupas vērtējums');
    await tab.click('.sa-list__actions button:nth-of-type(1)');
    await axe(tab, 'lv assessments');

    await tab.reload();
    await tab.click('.sa-tabs a[href="#score"]');
    await tab.click('.sa-jump a[href="#score/1.1"]');
    const fineTuned = plannedScore('1.1', 10) as Record<string, number>;
    // The view draws itself after the jump: wait for it rather than read it at once.
    await expect.poll(() => tab.isChecked('input[value="fine-tuned"]')).toBe(true);
    for (const [dimension, value] of Object.entries(fineTuned))
      expect(await tab.inputValue(`[id="sa-score-1.1-${dimension}"]`)).toBe(String(value));
    expect(await tab.inputValue('#sa-strengths')).toBe('Pirmā vērtētāja stiprā puse 1.1');
    await tab.click(`.sa-jump a[href="#score/${NOT_ASSESSED}"]`);
    await expect.poll(() => tab.isChecked('input[value="not-assessed"]')).toBe(true);
    expect(await tab.textContent('.sa-current')).toContain('Vadības grupas vērtējums');
    // The first save asks who the member is; the file carries the day and the name.
    let fileName = '';
    [anna, fileName] = await saveFile(tab, 'anna.json', 'Anna');
    expect(fileName).toMatch(/^\d{4}-\d{2}-\d{2}-Anna\.self-assessment\.json$/);
    expect(await tab.textContent('.sa-current')).toContain('(Anna)');
    // The member is kept: the next save asks nothing.
    [anna] = await saveFile(tab, 'anna.json');

    // Opening a saved file asks first, and Cancel changes nothing.
    await tab.click('.sa-tabs a[href="#assessments"]');
    await tab.setInputFiles('#sa-open', anna);
    await tab.waitForSelector('.sa-question');
    expect(await tab.textContent('.sa-question')).toContain('Atvērt anna.json');
    await axe(tab, 'lv assessments, open question');
    await tab.click('.sa-question button:nth-of-type(2)');
    await expect.poll(() => tab.locator('.sa-list__item').count()).toBe(1);
    expect(await tab.textContent('.sa-messages')).toContain('nekas nav mainīts');
    await tab.setInputFiles('#sa-open', anna);
    await tab.click('.sa-question button:nth-of-type(1)');
    await expect.poll(() => tab.locator('.sa-list__item').count()).toBe(2);
    expect(await tab.textContent('.sa-messages')).toContain('tagad strādājat ar to');
    await context.close();
  });

  it('lets a second assessor score in English and save a file', async () => {
    const context = await newContext();
    const tab = await context.newPage();
    await tab.goto(`${server.url}/en/self-assessment/`);
    await tab.waitForSelector('.sa-jump');
    await scoreAll(tab, 40, "Second assessor's strength");
    await expect
      .poll(() => tab.textContent('[data-progress]'))
      .toBe('27 of 28 sub-criteria scored, 1 not assessed.');
    await axe(tab, 'en score');
    let fileName = '';
    [janis, fileName] = await saveFile(tab, 'janis.json', 'Jānis');
    expect(fileName).toMatch(/^\d{4}-\d{2}-\d{2}-Jānis\.self-assessment\.json$/);
    const outcome = readAssessmentFile(readFileSync(janis, 'utf8'), methodology);
    expect(outcome.ok).toBe(true);
    await context.close();
  });

  it('lets a third member of the same name score a few, one partly, and save a file of their own', async () => {
    const context = await newContext();
    const tab = await context.newPage();
    await tab.goto(`${server.url}/self-assessment/#score/1.1`);
    await tab.waitForSelector('.sa-jump');
    await tab.fill('[id="sa-score-1.1"]', '35');
    await tab.fill('#sa-strengths', 'Plānu var prasīt janis.ozols@example.lv');
    await tab.fill('#sa-improvements', 'Direktore Ilze Ozola vada sapulces.');
    await tab.click(`.sa-jump a[href="#score/${FINE_TUNED}"]`);
    await tab.check('input[value="fine-tuned"]');
    const dim = panelOf(methodology, FINE_TUNED)?.dimensions[0]?.id ?? '';
    await tab.fill(`[id="sa-score-${FINE_TUNED}-${dim}"]`, '50');
    await tab.click(`.sa-jump a[href="#score/${NOT_ASSESSED}"]`);
    await tab.check('input[value="not-assessed"]');
    let fileName = '';
    [third, fileName] = await saveFile(tab, 'anna-2.json', 'Anna');
    expect(fileName).toMatch(/-Anna\.self-assessment\.json$/);
    await context.close();
  });

  it('imports the files in a fresh browser, one twice, widest disagreement first, and agrees on every row', async () => {
    consensus = await newContext();
    page = await consensus.newPage();
    await page.goto(`${server.url}/self-assessment/#consensus`);
    await page.setInputFiles('#sa-import', [anna, janis, third]);
    await page.waitForSelector('.sa-row');
    expect(await page.textContent('.sa-messages')).toContain('anna.json importēts');
    // Two members named Anna are shown apart; the same file again replaces, and says so.
    const members = await page.$$eval('.sa-assessors li', (items) =>
      items.map((i) => i.firstChild?.textContent ?? ''),
    );
    expect(members).toHaveLength(3);
    expect(new Set(members).size).toBe(3);
    expect(members.filter((m) => m.startsWith('Anna ('))).toHaveLength(2);
    await page.setInputFiles('#sa-import', [anna]);
    await expect
      .poll(() => page.textContent('.sa-messages'))
      .toContain('iepriekšējais imports aizstāts');
    expect(await page.locator('.sa-assessors li').count()).toBe(3);

    // Nobody scored the not-assessed sub-criterion: said so, not "spread 0".
    expect(await page.textContent(`[data-code="${NOT_ASSESSED}"] .sa-spread`)).toBe(
      lv['tool.consensus.nobody'],
    );
    const spreads = await page.$$eval('.sa-spread', (nodes) =>
      nodes.flatMap((n) => {
        const m = /Izkliede: ([\d,]+)/.exec(n.textContent ?? '');
        return m ? [Number(m[1]?.replace(',', '.'))] : [];
      }),
    );
    expect(spreads.length).toBeGreaterThan(20);
    expect(spreads).toEqual([...spreads].sort((a, b) => b - a));
    expect(spreads[0]).toBeGreaterThan(0);
    const first = await page.textContent('.sa-row th[scope="row"] + td');
    expect(first).toMatch(/\d/);
    expect(await page.textContent('.sa-consensus')).toContain('Pirmā vērtētāja stiprā puse');
    expect(await page.textContent('.sa-consensus')).toContain("Second assessor's strength");
    expect(await page.textContent('.sa-agreed-progress')).toBe(
      'Saskaņoti 0 no 28 apakškritērijiem.',
    );
    await axe(page, 'lv consensus');
    // The coordinator merges every row's notes (the third member's e-mail and name come along).
    for (const code of await page.$$eval('.sa-row', (rows) =>
      rows.map((r) => r.getAttribute('data-code') ?? ''),
    ))
      await page.click(`[data-code="${code}"] .sa-agreed button:first-of-type`);
    expect(await page.locator('.sa-merged').count()).toBe(28);

    // Keyboard only: the still-to-agree list opens a row; a score and "next" move on.
    const order = await page.$$eval('.sa-row', (rows) =>
      rows.map((r) => r.getAttribute('data-code') ?? ''),
    );
    await page.focus('.sa-to-agree summary');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe(`sa-agreed-${order[0]}`);
    for (const code of order.slice(0, 3)) {
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(`sa-agreed-${code}`);
      await page.keyboard.type(String(30 + CODES.indexOf(code)));
      // The score, "not assessed", merge notes, next.
      for (let i = 0; i < 3; i += 1) await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.waitForSelector(`[data-code="${code}"].sa-row--folded`);
    }
    expect(await page.textContent('.sa-agreed-progress')).toBe(
      'Saskaņoti 3 no 28 apakškritērijiem.',
    );
    expect(await page.isVisible(`[id="sa-row-body-${order[0]}"]`)).toBe(false);
    await axe(page, 'lv consensus, some agreed');

    for (const code of order.slice(3)) {
      if (code === NOT_ASSESSED) await page.check(`[id="sa-agreed-na-${code}"]`);
      else await page.fill(`[id="sa-agreed-${code}"]`, String(30 + CODES.indexOf(code)));
    }
    // A wrong agreed score gets a word next to it, and is kept, not counted.
    await page.fill('[id="sa-agreed-2.2"]', 'četrdesmit');
    expect(await page.textContent('[id="sa-agreed-2.2-message"]')).toContain('nav skaitlis');
    expect(await page.textContent('.sa-agreed-progress')).toBe(
      'Saskaņoti 27 no 28 apakškritērijiem.',
    );
    await page.fill('[id="sa-agreed-2.2"]', String(30 + CODES.indexOf('2.2')));
    expect(await page.textContent('.sa-agreed-progress')).toBe(
      'Saskaņoti 28 no 28 apakškritērijiem.',
    );
    await page.reload();
    await page.waitForSelector('.sa-row');
    // Agreed rows fold to one line; nothing is still to agree.
    expect(await page.locator('.sa-row--folded').count()).toBe(28);
    expect(await page.textContent('.sa-to-agree')).toBe(lv['tool.consensus.allAgreed']);
    expect(await page.inputValue('[id="sa-agreed-2.1"]')).toBe(String(30 + CODES.indexOf('2.1')));
    await page.check('#sa-only-open');
    await expect.poll(() => page.locator('.sa-row').count()).toBe(0);
    await page.uncheck('#sa-only-open');
    await axe(page, 'lv consensus, all agreed');
  });

  it('shows the averages src/lib computes, the profile chart with a table, and the published figures of the edition the pilots assessed, code by code', async () => {
    await page.click('.sa-tabs a[href="#result"]');
    await page.waitForSelector('.sa-compare');
    // A sentence in the pilots' column ("no counterpart in …") wraps, so on a wide screen the
    // table fits its column and nothing needs a sideways scroll.
    expect(
      await page.$eval('.sa-compare', (table) => {
        const region = table.parentElement;
        return region !== null && region.scrollWidth <= region.clientWidth;
      }),
    ).toBe(true);
    const entries = Object.fromEntries(
      CODES.filter((c) => c !== NOT_ASSESSED).map((code) => [
        code,
        { score: 30 + CODES.indexOf(code), evidence: '', strengths: '', improvements: '' },
      ]),
    );
    const expected = assessmentResult(entries, methodology);
    const number = new Intl.NumberFormat('lv', { maximumFractionDigits: 1 });
    const averages = await page.$$eval('.sa-averages tbody tr', (rows) =>
      rows.map((r) => [
        r.querySelector('th')?.textContent ?? '',
        r.querySelector('td')?.textContent ?? '',
      ]),
    );
    expect(averages).toHaveLength(expected.criteria.length);
    for (const [i, c] of expected.criteria.entries())
      expect(averages[i]?.[1]).toBe(number.format(c.score ?? Number.NaN));
    // The chart is drawn for a wide column and for a phone (one shows at a time): a bar each.
    for (const layout of ['wide', 'narrow'])
      expect(await page.locator(`.sa-result svg.chart__svg--${layout} .chart__bar`).count()).toBe(
        expected.criteria.length,
      );

    const data = JSON.parse(readFileSync(join(DEFAULT_SITE, 'data/results.json'), 'utf8')) as {
      currentEdition?: string;
      editions?: Array<{ id: string; published: boolean; pilotCount: number | null }>;
      rows: Array<{ edition?: string; scope: string; id: string; mean?: number | null }>;
    };
    // The results pages show the newest edition with results (the 2011 draft, on the shipped
    // content), and so does the comparison: named above the table, codes through the change list.
    const shown = data.editions?.filter((e) => e.published).at(-1);
    expect(shown?.id).toBe('2011-draft');
    const site = JSON.parse(readFileSync(join(DEFAULT_CONTENT, 'site.json'), 'utf8')) as {
      editions: Array<{ id: string; title: Record<string, string> }>;
    };
    const title = site.editions.find((e) => e.id === shown?.id)?.title.lv ?? '';
    expect(await page.locator('.sa-compare-edition').innerText()).toContain(title);
    const means = new Map(
      data.rows
        .filter((r) => r.scope === 'criterion' && r.edition === shown?.id)
        .map((r) => [r.id, r.mean]),
    );
    const compared = new Map(
      await page.$$eval('.sa-compare tbody tr', (rows) =>
        rows.map((r) => [
          (r.querySelector('th')?.textContent ?? '').split(' ')[0] ?? '',
          r.querySelectorAll('td')[1]?.textContent ?? '',
        ]),
      ),
    );
    const fill = (key: string, values: Record<string, string>) =>
      (lv[key] ?? key).replace(/\{(\w+)\}/g, (_: string, name: string) => values[name] ?? '');
    // Renumbered: the current 4.5 is the draft's 4.4; new in 2012: 2.4; the draft's 5.4 has no row.
    expect(compared.get('4.5')).toBe(
      fill('tool.compare.renumbered', {
        mean: number.format(means.get('4.4') ?? NaN),
        code: '4.4',
      }),
    );
    expect(compared.get('2.4')).toBe(fill('tool.compare.noCounterpart', { edition: title }));
    expect(compared.has('5.4')).toBe(false);
    for (const c of methodology.criteria) {
      if (['2.4', '4.4', '4.5'].includes(c.code)) continue;
      const mean = means.get(c.code);
      expect(compared.get(c.code), c.code).toBe(
        typeof mean === 'number' ? number.format(mean) : lv['tool.compare.hidden'],
      );
    }
    await page.click('.sa-plan button');
    await page.fill('#sa-action-0-text', 'Izstrādāt mācību plānu katram darbiniekam');
    await page.selectOption('#sa-action-0-criterion', '3.2');
    await page.selectOption('#sa-action-0-priority', 'high');
    await page.fill('#sa-action-0-due', '2027-03');
    await axe(page, 'lv result');
  });

  it('prints the result on A4 with the Latvian letters intact', async () => {
    const file = join(OUT, 'result.pdf');
    // As a browser's print dialog does: print media, then the print fonts loaded. Without the
    // wait, a machine with few system fonts (a fresh Debian) printed the text invisible.
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(async () => {
      await document.fonts.ready;
    });
    await page.pdf({ path: file, format: 'A4', printBackground: true, preferCSSPageSize: true });
    await page.emulateMedia({ media: null });
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
    // The result, its chart, the comparison and the plan on a few A4 pages, not one per row.
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(6);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Vērtējumu profils pa kritērijiem');
    expect(text).toContain('Izstrādāt mācību plānu katram darbiniekam');
    expect(text).toContain('Salīdzinājums ar pilotiem');
    // The edition the pilots assessed is named on paper too.
    expect(text).toMatch(
      /Salīdzinājums ar 9 pilotprojektiem, kas novērtēja versiju\s+„2011\. gada/,
    );
    expect(text).not.toContain('Kā grupa strādā ar rīku');
  });

  it('flags an e-mail address before export, masked, and exports a file that passes npm run check', async () => {
    await page.click('.sa-tabs a[href="#score"]');
    await page.click('.sa-jump a[href="#score/2.1"]');
    await page.fill(
      '#sa-strengths',
      'Plānu var prasīt janis.ozols@example.lv\nDirektore Ilze Ozola vada sapulces.\nKlienti apmeklē kafejnīcu Laima Šokolāde.',
    );
    await page.click('.sa-tabs a[href="#ministry"]');
    // A lower-case id and a month in the future: said next to the field, in Latvian.
    await page.fill('#sa-pilot-id', 'p77');
    await page.selectOption('#sa-region', 'latgale');
    await page.selectOption('#sa-serviceType', 'social-care-centre');
    await page.selectOption('#sa-staffBand', '20-49');
    await page.fill('#sa-assessed', '2031-01');
    expect(await page.textContent('#sa-id-message')).toContain(
      'ierakstiet vienu līdz trīs lielos burtus',
    );
    expect(await page.textContent('#sa-assessed-message')).toContain('šis mēnesis ir nākotnē');
    expect(await page.textContent('.sa-ministry')).not.toMatch(/must be|capital letters/);
    expect(await page.isDisabled('.sa-ministry > p > button')).toBe(true);
    await axe(page, 'lv ministry, field problems');
    await page.fill('#sa-pilot-id', 'P77');
    await page.fill('#sa-assessed', '2026-11');
    // Each finding names the sub-criterion and the field as the group knows them, masked.
    await expect
      .poll(() => page.textContent('.sa-findings'))
      .toContain('2.1 Stiprās puses, 1. teksts: e-pasta adrese “j***@***.lv”');
    // A person's name is found and masked too.
    expect(await page.textContent('.sa-findings')).toContain(
      '2.1 Stiprās puses, 2. teksts: personas vārds “I*** O****”',
    );
    const report = await page.textContent('.sa-check');
    expect(report).not.toContain('janis.ozols');
    expect(report).not.toContain('Ilze Ozola');
    expect(report).not.toContain('strengths[');
    expect(await page.isDisabled('.sa-ministry > p > button')).toBe(true);
    expect(await page.textContent('.sa-ministry-count')).toBe(
      'Novērtēti 27 no 28 apakškritērijiem, 1 nav vērtēti.',
    );
    await axe(page, 'lv ministry, finding');

    // Each finding's link opens that very text for editing: the coordinator fixes them all there.
    const toFix = () =>
      page.locator('.sa-findings li').filter({ hasNotText: 'L**** Š*******' }).locator('a');
    expect(await toFix().count()).toBeGreaterThanOrEqual(3);
    for (let round = 0; round < 10 && (await toFix().count()) > 0; round += 1) {
      const code = ((await toFix().first().textContent()) ?? '').split(' ')[0] ?? '';
      await toFix().first().click();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.tagName))
        .toBe('TEXTAREA');
      expect((await page.textContent('#sa-subcriterion-heading'))?.startsWith(`${code} `)).toBe(
        true,
      );
      const field = await page.evaluate(() => document.activeElement?.id ?? '');
      const text = await page.inputValue(`#${field}`);
      await page.fill(
        `#${field}`,
        text
          .split('\n')
          .filter((line) => !/@|Ilze Ozola/.test(line))
          .join('\n'),
      );
      await page.click('.sa-tabs a[href="#ministry"]');
      await page.waitForSelector('.sa-check');
    }
    // A café's name read as a person's: the group marks the text checked, as editors do with "reviewed".
    await expect.poll(() => page.locator('.sa-findings li').count()).toBe(1);
    await page.click('.sa-review');
    await expect.poll(() => page.textContent('.sa-check')).toContain('Gatavs: pilots/P77.json');
    const asked = dialogs.length;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('.sa-ministry > p > button'),
    ]);
    // Every sub-criterion has a score or "not assessed": nothing to confirm.
    expect(dialogs.length).toBe(asked);
    const tree = join(TMP, 'trees', 'self-assessment-ministry');
    rmSync(tree, { recursive: true, force: true });
    cpSync(DEFAULT_CONTENT, tree, { recursive: true });
    // A tree not yet released: next to a recorded release one new pilot is refused on purpose.
    rmSync(join(tree, 'releases.json'), { force: true });
    await download.saveAs(join(tree, 'pilots', download.suggestedFilename()));
    expect(download.suggestedFilename()).toBe('P77.json');
    const pilot = readFileSync(join(tree, 'pilots', 'P77.json'), 'utf8');
    // Neither the assessment's nor the assessors' names, nor their evidence, go to the ministry.
    expect(pilot).not.toMatch(/Anna|My self-assessment|evidence/);
    expect(pilot).toContain('Izstrādāt mācību plānu');
    expect(pilot).toContain('"reviewed": true');
    const check = await checkTree(tree);
    expect(check.output).toMatch(/✓ Content is valid: .* 10 pilots/);
    expect(check.status).toBe(0);
  });

  it('refuses a file of another methodology and keeps what it already holds', async () => {
    await page.click('.sa-tabs a[href="#consensus"]');
    const bad = join(OUT, 'other-tree.json');
    const other = JSON.parse(readFileSync(anna, 'utf8')) as { entries: Record<string, unknown> };
    other.entries['7.9'] = { score: 50, evidence: '', strengths: '', improvements: '' };
    writeFileSync(bad, JSON.stringify(other));
    writeFileSync(join(OUT, 'broken.json'), '{"format": ');
    await page.setInputFiles('#sa-import', [bad, join(OUT, 'broken.json')]);
    await page.waitForSelector('.sa-messages p');
    const messages = await page.textContent('.sa-messages');
    expect(messages).toContain('“7.9” nav šīs metodikas apakškritērijs');
    expect(messages).toContain('tas nav nolasāms JSON fails');
    expect(await page.locator('.sa-row').count()).toBe(28);
    expect(await page.locator('.sa-assessors li').count()).toBe(3);
    await axe(page, 'lv consensus, refused');
  });

  it('works at 320 px wide', async () => {
    for (const view of ['score/1.1', 'consensus', 'result', 'ministry', 'assessments']) {
      await page.setViewportSize({ width: 320, height: 800 });
      await page.goto(`${server.url}/self-assessment/#${view}`);
      await page.waitForSelector('#sa-view-heading');
      expect(await widthOverflow(page), view).toBeLessThanOrEqual(0);
    }
    await consensus.close();
  });

  it('opens and saves with the network blocked after the first load', async () => {
    // A server of its own, shut down after the first visit: nothing can come from the network.
    const site = await serve(DEFAULT_SITE);
    origins.push(site.url);
    const context = await newContext();
    const tab = await context.newPage();
    await tab.goto(`${site.url}/en/self-assessment/`);
    await tab.waitForSelector('.sa-jump');
    await tab.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller)
        await new Promise((done) =>
          navigator.serviceWorker.addEventListener('controllerchange', done),
        );
    });
    await site.close();
    await context.setOffline(true);
    const online = await tab.evaluate(() =>
      fetch('/robots.txt').then(
        () => true,
        () => false,
      ),
    );
    expect(online).toBe(false);
    await tab.reload();
    await tab.waitForSelector('.sa-jump');
    await tab.fill('[id="sa-score-1.1"]', '64');
    await tab.reload();
    expect(await tab.inputValue('[id="sa-score-1.1"]')).toBe('64');
    await tab.click('.sa-tabs a[href="#result"]');
    await tab.waitForSelector('.sa-compare');
    await axe(tab, 'en result, offline');
    // Before a file with 1 of 28 scored is saved for the ministry, the tool asks; "no" saves nothing.
    await tab.click('.sa-tabs a[href="#ministry"]');
    await tab.fill('#sa-pilot-id', 'P78');
    await tab.selectOption('#sa-region', 'riga');
    await tab.selectOption('#sa-serviceType', 'seniors-home');
    await tab.selectOption('#sa-staffBand', 'lt20');
    await tab.fill('#sa-assessed', '2026-10');
    expect(await tab.textContent('.sa-ministry-count')).toBe(
      '1 of 28 sub-criteria scored, 0 not assessed.',
    );
    answer = 'dismiss';
    let downloaded = false;
    tab.on('download', () => {
      downloaded = true;
    });
    await tab.click('.sa-ministry > p > button');
    await expect.poll(() => dialogs.at(-1)).toContain('Only 1 of 28 sub-criteria are scored');
    answer = 'accept';
    expect(downloaded).toBe(false);
    await context.close();
  });

  it('explains itself and links the worksheet without JavaScript', async () => {
    const context = await newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(`${server.url}/en/self-assessment/`);
    expect(await tab.textContent('#sa-app')).toContain('The tool needs JavaScript');
    expect(await tab.getAttribute('#sa-app a', 'href')).toBe('/en/handouts/worksheet/');
    await context.close();
  });

  it('had no request leave the site, no axe violation and no script error on any step', () => {
    expect(requests.length).toBeGreaterThan(10);
    const foreign = requests.filter(
      (url) => !origins.some((origin) => url.startsWith(origin)) && !/^(blob|data):/.test(url),
    );
    expect(foreign).toEqual([]);
    expect(violations).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

describe('the built self-assessment page', () => {
  const html = readFileSync(join(DEFAULT_SITE, 'self-assessment/index.html'), 'utf8');

  it('loads its script as a file, never inline, so the CSP needs no unsafe-inline', () => {
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBe(1);
    expect(scripts[0]).toMatch(/^<script type="module" src="\/_astro\/[^"]+\.js">$/);
    expect(html).not.toMatch(/<script\b[^>]*>[^<]/);
  });

  it('ships at most 60 KB of gzipped JavaScript, counted over every script its worker caches', () => {
    const worker = readFileSync(join(DEFAULT_SITE, 'self-assessment/sw.js'), 'utf8');
    const files = JSON.parse(/const FILES = (\[.*\]);/.exec(worker)?.[1] ?? '[]') as string[];
    const scripts = files.filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    const gzipped = scripts.reduce(
      (sum, file) => sum + gzipSync(readFileSync(join(DEFAULT_SITE, file))).length,
      0,
    );
    expect(gzipped).toBeLessThanOrEqual(60 * 1024);
    expect(files).toContain('/self-assessment/');
    expect(files).toContain('/data/results.json');
  });
});
