/**
 * `npm run pdf`: prints every handout and every event bundle of the built site (OUT_DIR, default
 * ./dist) to dist/pdf/<locale>/<name>.pdf in headless Chromium, then reveals the PDF links on
 * the pages that have one. Fonts are embedded by Chromium; text stays selectable.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { chromiumPath, hasChromium, launchBrowser } from './lib/chromium.ts';
import { serve } from './lib/static-server.ts';

const outDir = resolve(process.env['OUT_DIR'] || 'dist');

if (!hasChromium()) {
  console.error(
    `No Chromium at ${chromiumPath()}. Install Debian's: sudo apt-get install -y chromium\n` +
      'or point CHROMIUM at another Chromium binary, then run npm run pdf again.',
  );
  process.exit(1);
}
if (!existsSync(join(outDir, 'index.html'))) {
  console.error(`No built site in ${outDir}: run npm run build first.`);
  process.exit(1);
}

/** The pages to print: `[/<locale>]/handouts/<id>/` and `[/<locale>]/events/<slug>/bundle/`. */
function printablePages(): Array<{ path: string; pdf: string }> {
  const site = JSON.parse(readFileSync(join(outDir, 'data/results.json'), 'utf8')) as {
    locales: string[];
  };
  return (readdirSync(outDir, { recursive: true }) as string[])
    .filter((file) => file.endsWith('index.html'))
    .map((file) => `/${file.replaceAll('\\', '/').replace(/index\.html$/, '')}`)
    .flatMap((path) => {
      const match =
        /^\/(?:([a-z]{2,3}(?:-[A-Z]{2})?)\/)?(?:handouts\/([^/]+)|events\/([^/]+)\/bundle)\/$/.exec(
          path,
        );
      if (!match) return [];
      const locale =
        match[1] && site.locales.includes(match[1]) ? match[1] : defaultLocale(site.locales, path);
      const name = match[2] ?? `event-${match[3]}`;
      return [{ path, pdf: `/pdf/${locale}/${name}.pdf` }];
    });
}

/** The default locale is the one served at the root; the home page's lang attribute names it. */
function defaultLocale(locales: string[], _path: string): string {
  const lang = /<html lang="([^"]+)"/.exec(readFileSync(join(outDir, 'index.html'), 'utf8'))?.[1];
  return lang && locales.includes(lang) ? lang : (locales[0] ?? 'en');
}

/** Text for Chromium's header template, which is HTML. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

const pages = printablePages();
const server = await serve(outDir);
const browser = await launchBrowser();
const context = await browser.newContext();
const written: string[] = [];
for (const { path, pdf } of pages) {
  const page = await context.newPage();
  await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
  await page.emulateMedia({ media: 'print' });
  const file = join(outDir, pdf);
  mkdirSync(dirname(file), { recursive: true });
  // The running header carries the document's title; the page numbers come from the
  // stylesheet's @page margin box, as when printing from the browser.
  const title = (await page.textContent('h1'))?.trim() ?? '';
  await page.pdf({
    path: file,
    format: 'A4',
    printBackground: true,
    preferCSSPageSize: true,
    tagged: true,
    outline: true,
    displayHeaderFooter: true,
    headerTemplate: `<div style="font: 8pt sans-serif; color: #333; width: 100%; margin: 0 15mm">${escapeHtml(title)}</div>`,
    footerTemplate: '<span></span>',
  });
  await page.close();
  written.push(`${pdf} (${(statSync(file).size / 1024).toFixed(0)} KB)`);
}
await browser.close();
await server.close();

// Now that the files exist, every page that has a place for a PDF's link (handouts, bundles,
// events) gets it; a page whose PDF was not written keeps none.
for (const file of (readdirSync(outDir, { recursive: true }) as string[]).filter((f) =>
  f.endsWith('.html'),
)) {
  const path = join(outDir, file);
  const html = readFileSync(path, 'utf8');
  const linked = html.replace(
    /<p class="pdf-link" data-pdf="([^"]+)" data-label="([^"]*)" hidden><\/p>/g,
    (placeholder, pdf: string, label: string) =>
      existsSync(join(outDir, pdf))
        ? `<p class="pdf-link"><a href="${pdf}" download>${label}</a></p>`
        : placeholder,
  );
  if (linked !== html) writeFileSync(path, linked);
}
console.log(`Wrote ${written.length} PDFs:\n  ${written.join('\n  ')}`);
