/**
 * `npm run pdf`: prints every handout and every event bundle of the built site (OUT_DIR, default
 * ./dist) to dist/pdf/<locale>/<name>.pdf in headless Chromium (CHROMIUM names another binary),
 * then links each page to its PDF, with page count and size. Fonts are the ones the site ships
 * (Noto Sans), embedded, so the PDFs are the same on every machine; text stays selectable.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { chromiumPath, hasChromium, launchBrowser } from './lib/chromium.ts';
import { printPdf } from './lib/print-pdf.ts';
import { serve } from './lib/static-server.ts';
import { countPdfPages, fillPdfLinks, type PdfFacts } from '../src/lib/handouts/pdf-links.ts';

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
  const root = defaultLocale(site.locales);
  return (readdirSync(outDir, { recursive: true }) as string[])
    .filter((file) => file.endsWith('index.html'))
    .map((file) => `/${file.replaceAll('\\', '/').replace(/index\.html$/, '')}`)
    .flatMap((path) => {
      const match =
        /^\/(?:([a-z]{2,3}(?:-[A-Z]{2})?)\/)?(?:handouts\/([^/]+)|events\/([^/]+)\/bundle)\/$/.exec(
          path,
        );
      if (!match) return [];
      const locale = match[1] && site.locales.includes(match[1]) ? match[1] : root;
      const name = match[2] ?? `event-${match[3]}`;
      return [{ path, pdf: `/pdf/${locale}/${name}.pdf` }];
    });
}

/** The default locale is the one served at the root; the home page's lang attribute names it. */
function defaultLocale(locales: string[]): string {
  const lang = /<html lang="([^"]+)"/.exec(readFileSync(join(outDir, 'index.html'), 'utf8'))?.[1];
  return lang && locales.includes(lang) ? lang : (locales[0] ?? 'en');
}

const pages = printablePages();
const server = await serve(outDir);
const browser = await launchBrowser();
const context = await browser.newContext();
const facts = new Map<string, PdfFacts>();
for (const { path, pdf } of pages) {
  const file = join(outDir, pdf);
  mkdirSync(dirname(file), { recursive: true });
  await printPdf(context, `${server.url}${path}`, file);
  facts.set(pdf, { pages: countPdfPages(readFileSync(file)), bytes: statSync(file).size });
}
await browser.close();
await server.close();

// Now that the files exist, every place for a PDF's link (handouts, bundles, events, the
// handouts index) gets it; a place whose PDF was not written stays as it was.
for (const file of (readdirSync(outDir, { recursive: true }) as string[]).filter((f) =>
  f.endsWith('.html'),
)) {
  const path = join(outDir, file);
  const html = readFileSync(path, 'utf8');
  const linked = fillPdfLinks(html, (pdf) => facts.get(pdf));
  if (linked !== html) writeFileSync(path, linked);
}
/** A written file as a path on disk: relative to where the command ran, or absolute if outside. */
const shown = (pdf: string) => {
  const file = join(outDir, pdf);
  const near = relative(process.cwd(), file);
  return near.startsWith('..') ? file : near;
};
console.log(
  `Wrote ${facts.size} PDFs:\n${[...facts]
    .map(
      ([pdf, { pages: count, bytes }]) =>
        `  ${shown(pdf)}  ${count} pp., ${Math.round(bytes / 1024)} KB`,
    )
    .join('\n')}`,
);
