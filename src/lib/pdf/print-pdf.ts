import type { BrowserContext } from 'playwright-core';

/**
 * Prints one page of a served site to an A4 PDF the way `npm run pdf` does: print media, the
 * shipped fonts loaded before printing, the page size and margins from the stylesheet's @page
 * (which also draws the page numbers), tagged and with an outline, text selectable.
 */
export async function printPdf(context: BrowserContext, url: string, file: string): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
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
