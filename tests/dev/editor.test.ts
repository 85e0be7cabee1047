import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../src/lib/pdf/chromium.ts';
import { startEditor, type Editor } from '../../scripts/lib/editor.ts';
import { checkContentTree } from '../../src/lib/content/check-tree.ts';
import { TMP } from '../helpers/fixtures.ts';

// An editor's session in `npm run edit`, through Decap CMS's own forms, on a copy of the shipped
// content: the test clicks and types, the CMS's local backend writes the files.
const SHIPPED = join(import.meta.dirname, '../../content');
const tree = join(TMP, 'trees', 'editor-session');
let editor: Editor;
let browser: Browser;
let page: Page;
const foreign: string[] = [];

const file = (path: string) => join(tree, path);
const read = (path: string) => readFileSync(file(path), 'utf8');
const SHOTS = process.env['EDITOR_SCREENSHOTS'];
const shot = async (name: string) => {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`) });
};

/** Waits, at most 30 s, for a file the CMS writes to hold what is expected. */
async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`never happened: ${what}`);
    await new Promise((done) => setTimeout(done, 250));
  }
}

/** Opens a view of the editor afresh, as a bookmark would. */
async function open(hash: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(`${editor.admin}/#${hash}`);
}

/** Publishes the entry open in the editor, as the editor does: Publish, then Publish now. */
async function publish(): Promise<void> {
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByText('Publish now', { exact: true }).click();
  await page.getByText('Entry saved', { exact: false }).first().waitFor();
}

/** The two panes of an entry: the default language's on the left, the translation's on the right. */
const field = (name: string, pane = 0) => page.locator(`[id^="${name}-field-"]`).nth(pane);

beforeAll(async () => {
  rmSync(tree, { recursive: true, force: true });
  cpSync(SHIPPED, tree, { recursive: true });
  editor = await startEditor({ contentDir: tree, log: () => {} });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'lv-LV' });
  // Leaving an entry with changes not saved asks first; the editor says yes.
  page.on('dialog', (dialog) => void dialog.accept());
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && /^https?:$/.test(url.protocol))
      foreign.push(request.url());
  });
  await page.goto(`${editor.admin}/`);
  await shot('editor-login');
  await page.getByRole('button', { name: 'Login' }).click({ timeout: 90_000 });
  await page.getByText('News', { exact: true }).first().waitFor();
  await shot('editor-collections');
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await editor?.stop();
});

describe('an editor in the browser, without git or a terminal', () => {
  it('writes a Latvian news item and its English translation side by side', async () => {
    await open('/collections/news/new');
    await field('title', 0).fill('Pašnovērtējuma rokasgrāmata ir papildināta');
    await field('description', 0).fill(
      'Jauni piemēri un jautājumi sociālo pakalpojumu sniedzējiem.',
    );
    await field('date', 0).fill('2026-12-04');
    await field('title', 1).fill('The self-assessment handbook has been extended');
    await field('description', 1).fill('New examples and questions for social service providers.');
    await shot('editor-news');
    await publish();
    const slug = 'pasnovertejuma-rokasgramata-ir-papildinata';
    await until(() => existsSync(file(`news/en/${slug}.md`)), 'both news files written');
    expect(read(`news/lv/${slug}.md`)).toBe(
      '---\ntitle: Pašnovērtējuma rokasgrāmata ir papildināta\ndescription: Jauni piemēri un jautājumi sociālo pakalpojumu sniedzējiem.\ndate: 2026-12-04\n---\n',
    );
    expect(read(`news/en/${slug}.md`)).toContain(
      'title: The self-assessment handbook has been extended\n',
    );
    expect(read(`news/en/${slug}.md`)).toContain('date: 2026-12-04\n');
  });

  it('changes one guiding question of 1.1, and only that line of the file', async () => {
    const before = read('criteria/lv/1.1.md');
    const english = read('criteria/en/1.1.md');
    await open('/collections/criteria/entries/1.1');
    const question = page.locator('textarea[id^="questions-field-"]').first();
    const old = await question.inputValue();
    await question.fill(
      'Vai institūcijai ir rakstiski formulēta misija, vīzija un vērtības, un kas tās izstrādāja?',
    );
    await shot('editor-criterion');
    await publish();
    await until(() => read('criteria/lv/1.1.md') !== before, '1.1 saved');
    const changed = read('criteria/lv/1.1.md').split('\n');
    const lines = before.split('\n');
    expect(changed).toHaveLength(lines.length);
    expect(changed.filter((line, index) => line !== lines[index])).toEqual([
      '  - Vai institūcijai ir rakstiski formulēta misija, vīzija un vērtības, un kas tās izstrādāja?',
    ]);
    expect(lines).toContain(`  - ${old}`);
    expect(read('criteria/en/1.1.md')).toBe(english);
  });

  it('adds an event with its date, time and region', async () => {
    await open('/collections/events/new');
    await field('title', 0).fill('Informatīvā diena Rēzeknē');
    await field('region', 0).click();
    await page.getByText('latgale', { exact: true }).click();
    await field('start', 0).fill('2026-12-10T10:00');
    await field('venue', 0).fill('Rēzeknes novada pašvaldības zāle');
    await field('address', 0).fill('Atbrīvošanas aleja 95, Rēzekne');
    await field('title', 1).fill('Information day in Rēzekne');
    await field('venue', 1).fill('Rēzekne municipality hall');
    await field('address', 1).fill('Atbrīvošanas aleja 95, Rēzekne');
    await shot('editor-event');
    await publish();
    const path = 'events/lv/informativa-diena-rezekne.md';
    await until(() => existsSync(file(path)), 'event written');
    const event = read(path);
    expect(event).toContain('region: latgale\n');
    expect(event).toMatch(/^start: 2026-12-10T10:00:00[+-]\d\d:\d\d$/m);
  });

  it('uploads an image for a report and shows it in the report', async () => {
    const image = join(TMP, 'chart.png');
    // A 1×1 PNG.
    writeFileSync(
      image,
      Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
        'base64',
      ),
    );
    await open('/collections/reports');
    await page.getByText('Media', { exact: true }).first().click();
    await page.locator('input[type="file"]').setInputFiles(image);
    await until(() => existsSync(file('images/chart.png')), 'image uploaded');
    await open('/collections/reports/entries/pilot-outcomes');
    const body = page.locator('textarea:visible').last();
    await body.waitFor();
    const text = await body.inputValue();
    await body.fill(`${text}\n\n![Chart of the results](/images/chart.png)\n`);
    await publish();
    await until(
      () => read('reports/en/pilot-outcomes.mdx').includes('/images/chart.png'),
      'report saved with its image',
    );
    const shown = await fetch(`${editor.preview}/images/chart.png`);
    expect(shown.headers.get('content-type')).toBe('image/png');
  });

  it('leaves a tree that passes npm run check', () => {
    const outcome = checkContentTree(tree);
    expect(outcome.message).toContain('✓ Content is valid');
    expect(readdirSync(file('news/lv'))).toContain('pasnovertejuma-rokasgramata-ir-papildinata.md');
  });

  it('refuses an emptied required title in the form, and saves nothing', async () => {
    const before = read('news/lv/2011-pilots-start.md');
    await open('/collections/news/entries/2011-pilots-start');
    await field('title', 0).fill('');
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByText('Publish now', { exact: true }).click();
    await page
      .getByText(/required/i)
      .first()
      .waitFor();
    await shot('editor-required');
    expect(read('news/lv/2011-pilots-start.md')).toBe(before);
  });

  it('refuses a criterion code that breaks the pattern in the form', async () => {
    await open('/collections/criteria/new');
    await field('code', 0).fill('1.1.1.1');
    await field('title', 0).fill('Nepareizs kods');
    await field('summary', 0).fill('Kods neatbilst paraugam.');
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByText('Publish now', { exact: true }).click();
    await page.getByText('must be a criterion code').first().waitFor();
    expect(existsSync(file('criteria/lv/1.1.1.1.md'))).toBe(false);
  });

  it('shows the validator’s problem beside the editor when a save breaks a rule', async () => {
    await open('/collections/events/entries/2011-riga');
    await field('end', 0).fill('2011-01-01T09:00');
    await publish();
    const panel = page.locator('#verdict');
    await panel.getByText('Saturā ir problēmas').waitFor({ timeout: 30_000 });
    await shot('editor-problem');
    expect(await panel.textContent()).toContain(
      'events/lv/2011-riga.md: end — must not be before start',
    );
  });

  it('requested nothing from another host', () => {
    expect(foreign).toEqual([]);
  });
});
