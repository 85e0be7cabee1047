import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../src/lib/pdf/chromium.ts';
import { serve } from '../../src/lib/pdf/static-server.ts';
import { buildTree, checkTree } from '../helpers/build.ts';
import { TMP, composeTree } from '../helpers/fixtures.ts';
import { HTML_PAYLOADS } from '../helpers/payloads.ts';
import { copyTree, listFiles } from '../helpers/mutate.ts';
import { listPages } from '../helpers/site-files.ts';

/**
 * Injection payloads in every field an editor writes, and in bodies wherever the check lets them
 * stand (as text, in code), built and opened in Chromium: nothing runs, nothing navigates or
 * loads from elsewhere, and no live element comes from content. Payloads the check refuses are
 * refused with file and line.
 */
const TEXT_PAYLOADS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  '</title><script>alert(1)</script>',
  '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
  '<iframe src="https://evil.example/"></iframe>',
  'javascript:alert(1)',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '<base href="https://evil.example/">',
  '<a href="https://evil.example/" style="position:fixed;inset:0">x</a>',
];
const payload = (index: number) => TEXT_PAYLOADS[index % TEXT_PAYLOADS.length] ?? '';

/** Bodies the check accepts, with every payload as text or code. */
const SAFE_BODY = [
  ...TEXT_PAYLOADS.map((p) => `Kods: \`${p}\``),
  '```html',
  ...TEXT_PAYLOADS,
  '```',
  '\\<script>alert(1)\\</script>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&#60;img src=x onerror=alert(1)&#62;',
  '[Droša saite](https://example.lv/) un [pasts](mailto:a@example.lv).',
].join('\n\n');

let counter = 0;
/** Puts a payload into every text value of a JSON document; ids and codes keep their form. */
function injectJson(value: unknown, key = ''): unknown {
  if (typeof value === 'string') {
    if (
      /^(id|region|serviceType|staffBand|criterion|assessed|due|priority|appliesTo|published|defaultLocale|url|status|version|code)$/.test(
        key,
      ) ||
      /^[a-z]{2}$/.test(value)
    )
      return value;
    return `${value} ${payload(counter++)}`;
  }
  if (Array.isArray(value)) return value.map((item) => injectJson(item, key));
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, k === 'locales' ? v : injectJson(v, k)]),
    );
  return value;
}

/** Puts a payload into every text field of a frontmatter block and the safe payloads into the body. */
function injectMarkdown(source: string): string {
  const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
  const TEXT_FIELDS =
    /^(title|summary|description|term|venue|address|examples|questions|evidence|aliases)$/;
  let field = '';
  const fields = frontmatter
    .split('\n')
    .map((line) => {
      const keyed = /^(\w+):\s*(.*)$/.exec(line);
      if (keyed) {
        field = keyed[1] ?? '';
        const value = keyed[2] ?? '';
        if (!TEXT_FIELDS.test(field) || value === '') return line;
        return `${field}: ${JSON.stringify(`${value.replace(/^['"]|['"]$/g, '')} ${payload(counter++)}`)}`;
      }
      const item = /^(\s*- )(.+)$/.exec(line);
      if (!item || !TEXT_FIELDS.test(field)) return line;
      const value = (item[2] ?? '').replace(/^['"]|['"]$/g, '');
      return `${item[1]}${JSON.stringify(`${value} ${payload(counter++)}`)}`;
    })
    .join('\n');
  return `---\n${fields}\n---\n${body}\n\n${SAFE_BODY}\n`;
}

function injectedTree(): string {
  const dir = composeTree('valid');
  mkdirSync(join(dir, 'events/lv'), { recursive: true });
  writeFileSync(
    join(dir, 'events/lv/meeting.md'),
    '---\ntitle: Informatīvais pasākums\nregion: north\nstart: "2011-05-24T10:00:00+03:00"\nvenue: Zāle\naddress: Iela 1\nhandouts:\n  - worksheet\n---\n\nDarba kārtība.\n',
  );
  for (const file of listFiles(dir)) {
    const path = join(dir, file);
    const source = readFileSync(path, 'utf8');
    if (file.endsWith('.json'))
      writeFileSync(path, JSON.stringify(injectJson(JSON.parse(source)), null, 2));
    else writeFileSync(path, injectMarkdown(source));
  }
  return dir;
}

describe('payloads the check refuses', () => {
  it('names the file and line of every HTML, script and link payload in a body', async () => {
    // Its own copy: the built tree below is composed from the same fixture.
    const dir = copyTree(composeTree('valid'), join(TMP, 'trees', 'injection-refused'));
    const news = readFileSync(join(dir, 'news/lv/pilots-start.md'), 'utf8');
    HTML_PAYLOADS.forEach((p, index) =>
      writeFileSync(join(dir, `news/lv/payload-${index}.md`), `${news}\n${p}\n`),
    );
    const mdx = readFileSync(join(dir, 'methodology/lv/about.mdx'), 'utf8');
    const code = [
      "import { readFileSync } from 'node:fs'",
      "export const p = readFileSync('/etc/passwd', 'utf8')",
      "import raw from '/etc/passwd?raw'",
      '<pre>{p}</pre>',
      '{process.env.HOME}',
      '<CriterionResults code={"1"} />',
      '<ScoreProfile {...globalThis} />',
    ];
    code.forEach((p, index) =>
      writeFileSync(join(dir, `methodology/lv/code-${index}.mdx`), `${mdx}\n${p}\n`),
    );
    const { status, output } = await checkTree(dir);
    expect(status).toBe(1);
    expect(output).not.toMatch(/^\s+at /m);
    HTML_PAYLOADS.forEach((p, index) =>
      expect(output, p).toMatch(
        new RegExp(`news/lv/payload-${index}\\.md: line \\d+, column \\d+ — `),
      ),
    );
    code.forEach((p, index) =>
      expect(output, p).toMatch(
        new RegExp(`methodology/lv/code-${index}\\.mdx: line \\d+, column \\d+ — `),
      ),
    );
  });
});

describe('a tree with payloads in every editor field, built and opened in Chromium', () => {
  let outDir = '';
  let buildOutput = '';
  let status: number | null = null;
  let server: Awaited<ReturnType<typeof serve>> | undefined;
  let browser: Browser | undefined;
  const findings: string[] = [];
  const pages: string[] = [];

  beforeAll(async () => {
    const build = await buildTree(injectedTree(), 'injection', { OG_IMAGES: 'off' });
    ({ outDir, status } = build);
    buildOutput = build.output;
    if (status !== 0) return;
    server = await serve(outDir);
    browser = await launchBrowser();
    const context = await browser.newContext();
    const origin = server.url;
    for (const { path } of listPages(outDir)) {
      pages.push(path);
      const page = await context.newPage();
      page.on('dialog', (dialog) => {
        findings.push(`${path}: a dialog opened (${dialog.message()})`);
        void dialog.dismiss();
      });
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(origin) && !url.startsWith('data:'))
          findings.push(`${path}: a request left the origin: ${url}`);
      });
      await page.goto(`${origin}${path}`, { waitUntil: 'load' });
      await page.waitForTimeout(path.includes('/news/') ? 1200 : 50);
      if (!page.url().startsWith(origin)) findings.push(`${path}: navigated to ${page.url()}`);
      const live = await page.evaluate(() => {
        const selectors = [
          'iframe',
          'object',
          'embed',
          'base',
          'meta[http-equiv="refresh" i]',
          'form[action^="http"]',
          'a[href^="javascript:" i]',
          'a[href^="data:" i]',
          '[onerror]',
          '[onload]',
          '[onclick]',
          '[ontoggle]',
          'main [style]',
          'main img[src^="http"]',
        ];
        return selectors.flatMap((s) => (document.querySelector(s) ? [s] : []));
      });
      for (const selector of live)
        findings.push(`${path}: a live element from content (${selector})`);
      const scripts = await page.evaluate(() => document.querySelectorAll('script').length);
      if (scripts > 0 && !/\/(search|self-assessment)\/$/.test(path))
        findings.push(`${path}: ${scripts} <script> on a content page`);
      await page.close();
    }
    await context.close();
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('builds', () => {
    expect(status, buildOutput).toBe(0);
  });

  it('shows the payloads as text on the pages', () => {
    const home = readFileSync(join(outDir, 'criteria/1.1/index.html'), 'utf8');
    expect(home).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(pages.length).toBeGreaterThan(20);
  });

  it('runs nothing, loads nothing from elsewhere, navigates nowhere, has no live element from content', () => {
    expect(findings).toEqual([]);
  });
});
