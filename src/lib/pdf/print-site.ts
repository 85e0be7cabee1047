import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { countPdfPages, fillPdfLinks, type PdfFacts } from '../handouts/pdf-links.ts';
import { pdfCacheKey } from './cache-key.ts';
import { chromiumIdentity, chromiumPath, hasChromium, launchBrowser } from './chromium.ts';
import { printablePages } from './printable-pages.ts';
import { printPdf } from './print-pdf.ts';
import { serve } from './static-server.ts';

/** What printing a built site did. */
export interface PrintedSite {
  /** Every PDF written into the site, by its path (`/pdf/lv/worksheet.pdf`). */
  facts: Map<string, PdfFacts>;
  /** How many were printed now, and how many were copied from the cache. */
  printed: number;
  reused: number;
  /** Time spent printing, in milliseconds. */
  printMs: number;
}

/** Why nothing is printed and what to do about it, in one line; undefined when Chromium is there. */
export function missingChromium(): string | undefined {
  if (hasChromium()) return undefined;
  return `No Chromium at ${chromiumPath()}, so no PDFs: install Debian's (sudo apt-get install -y chromium) or set CHROMIUM to a Chromium binary, then run npm run pdf.`;
}

/**
 * Prints every handout and event bundle of a built site (`outDir`) to `/pdf/<locale>/<name>.pdf`
 * in headless Chromium, then links each page to its PDF with page count and size. With a
 * `cacheDir`, a page whose HTML and loaded files are unchanged gets its earlier PDF, unprinted.
 * Callers check missingChromium() first.
 */
export async function printSite(outDir: string, cacheDir?: string): Promise<PrintedSite> {
  const pages = printablePages(outDir);
  const browserId = chromiumIdentity();
  if (cacheDir) mkdirSync(cacheDir, { recursive: true });
  const facts = new Map<string, PdfFacts>();
  let printed = 0;
  let printMs = 0;
  let site: Awaited<ReturnType<typeof openSite>> | undefined;
  try {
    for (const { path, pdf } of pages) {
      const file = join(outDir, pdf);
      mkdirSync(dirname(file), { recursive: true });
      const html = readFileSync(join(outDir, path, 'index.html'), 'utf8');
      const cached = cacheDir && join(cacheDir, `${pdfCacheKey(outDir, html, browserId)}.pdf`);
      if (cached && existsSync(cached)) copyFileSync(cached, file);
      else {
        const started = performance.now();
        site ??= await openSite(outDir);
        await printPdf(site.context, `${await site.address(siteOrigin(html))}${path}`, file);
        printMs += performance.now() - started;
        printed += 1;
        if (cached) copyFileSync(file, cached);
      }
      const bytes = readFileSync(file);
      facts.set(pdf, { pages: countPdfPages(bytes), bytes: bytes.length });
    }
  } finally {
    await site?.close();
  }
  linkPdfs(outDir, facts);
  return { facts, printed, reused: pages.length - printed, printMs };
}

/** The site's own address, as a built page states it in its canonical link. */
function siteOrigin(html: string): string | undefined {
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  return canonical ? new URL(canonical).origin : undefined;
}

/** The built site served on loopback, and a browser to print it; started only when needed. */
async function openSite(outDir: string) {
  const server = await serve(outDir);
  const browser = await launchBrowser();
  const context = await browser.newContext();
  const routed = new Set<string>();
  return {
    context,
    /**
     * Where to print a page: at the site's own address, which the browser asks the loopback
     * server for, so the PDF's links lead to the site; at the server's address when the page
     * names none.
     */
    address: async (origin: string | undefined): Promise<string> => {
      if (!origin) return server.url;
      if (!routed.has(origin)) {
        routed.add(origin);
        await context.route(`${origin}/**`, async (route) => {
          const { pathname, search } = new URL(route.request().url());
          try {
            await route.fulfill({
              response: await route.fetch({ url: `${server.url}${pathname}${search}` }),
            });
          } catch {
            // The loopback server failed or the page closed mid-request: the request fails, as a
            // network error would, rather than hang or escape as an unhandled rejection.
            await route.abort('failed').catch(() => undefined);
          }
        });
      }
      return origin;
    },
    close: async () => {
      await context.unrouteAll({ behavior: 'ignoreErrors' });
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Now that the files exist, every place for a PDF's link (handouts, bundles, events, the
 * handouts index) gets it; a place whose PDF was not written stays as it was.
 */
function linkPdfs(outDir: string, facts: Map<string, PdfFacts>): void {
  for (const file of (readdirSync(outDir, { recursive: true }) as string[]).filter((f) =>
    f.endsWith('.html'),
  )) {
    const path = join(outDir, file);
    const html = readFileSync(path, 'utf8');
    const linked = fillPdfLinks(html, (pdf) => facts.get(pdf));
    if (linked !== html) writeFileSync(path, linked);
  }
}
