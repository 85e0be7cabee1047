import type { BrowserContext } from 'playwright-core';

/**
 * Prints one page of a served site to an A4 PDF the way `npm run pdf` does: print media, the
 * shipped fonts loaded before printing, the page size and margins from the stylesheet's @page
 * (which also draws the page numbers), tagged and with an outline, text selectable, its links
 * to the site's own address.
 */
export async function printPdf(context: BrowserContext, url: string, file: string): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    // The page is served from loopback for printing; a link in the PDF must lead to the site's
    // own address (the page's canonical), never to the print server. Links within the page stay
    // as they are: Chromium turns them into links inside the PDF.
    await page.evaluate(() => {
      const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
      if (!canonical) return;
      const site = new URL(canonical).origin;
      for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
        const to = new URL(a.href);
        if (to.origin !== location.origin) continue;
        if (to.pathname === location.pathname && to.search === location.search && to.hash) continue;
        a.href = `${site}${to.pathname}${to.search}${to.hash}`;
        // Still a link within the site: print.css prints the address of external links only.
        a.dataset['siteLink'] = '';
      }
    });
    await page.emulateMedia({ media: 'print' });
    // Print-only fonts start loading once print media applies; wait so none is replaced by a
    // system font, which would make the PDF differ from machine to machine.
    await page.evaluate(async () => {
      await document.fonts.ready;
    });
    await page.pdf({
      path: file,
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      tagged: true,
      outline: true,
    });
  } finally {
    await page.close();
  }
}
