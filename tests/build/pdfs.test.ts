import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printSite } from '../../src/lib/pdf/print-site.ts';
import { TMP } from '../helpers/fixtures.ts';

/** A built site of one language with one handout, its index, and a handouts index listing it. */
function tinySite(): string {
  mkdirSync(TMP, { recursive: true });
  const outDir = mkdtempSync(join(TMP, 'pdf-site-'));
  const write = (path: string, text: string) => {
    mkdirSync(join(outDir, path, '..'), { recursive: true });
    writeFileSync(join(outDir, path), text);
  };
  const link = `<span class="pdf-link" data-pdf="/pdf/en/worksheet.pdf" data-label="PDF" hidden></span>`;
  write('data/results.json', JSON.stringify({ locales: ['en'] }));
  write('index.html', '<!doctype html><html lang="en"><title>Home</title><p>Home</p></html>');
  write(
    'handouts/worksheet/index.html',
    `<!doctype html><html lang="en"><title>Worksheet</title><link rel="stylesheet" href="/site.css">${link}<h1>Worksheet</h1></html>`,
  );
  write(
    'handouts/index.html',
    `<!doctype html><html lang="en"><title>Handouts</title><p>Print it.<span data-pdf-files hidden> Or use the PDFs.</span></p><section class="pdf-files" data-pdf-files data-pagefind-ignore hidden><table><tr><td>${link}</td></tr></table></section></html>`,
  );
  write('site.css', 'h1 { color: black }');
  write('404.html', '<!doctype html><html lang="en"><title>Not found</title></html>');
  return outDir;
}

describe('PDFs printed by the build', () => {
  it('prints each handout once, then reuses it until its page or stylesheet changes', async () => {
    const outDir = tinySite();
    const cache = join(outDir, '..', `${outDir.split('/').at(-1)}-cache`);
    const first = await printSite(outDir, cache);
    expect([first.printed, first.reused]).toEqual([1, 0]);
    expect(readFileSync(join(outDir, 'pdf/en/worksheet.pdf')).subarray(0, 5).toString()).toBe(
      '%PDF-',
    );

    const index = readFileSync(join(outDir, 'handouts/index.html'), 'utf8');
    expect(index).toContain('<section class="pdf-files" data-pdf-files data-pagefind-ignore>');
    expect(index).toContain('<span data-pdf-files> Or use the PDFs.</span>');
    expect(index).toContain('<a href="/pdf/en/worksheet.pdf" download>PDF</a>');

    // The next build writes the pages afresh (without links) and prints nothing.
    const fresh = tinySite();
    expect((await printSite(fresh, cache)).printed).toBe(0);
    expect(readFileSync(join(fresh, 'pdf/en/worksheet.pdf'))).toEqual(
      readFileSync(join(outDir, 'pdf/en/worksheet.pdf')),
    );

    const restyled = tinySite();
    writeFileSync(join(restyled, 'site.css'), 'h1 { color: navy }');
    expect((await printSite(restyled, cache)).printed).toBe(1);
  });

  it("links the site's own address, never the loopback server it printed from", async () => {
    const outDir = tinySite();
    writeFileSync(
      join(outDir, 'handouts/worksheet/index.html'),
      '<!doctype html><html lang="en"><title>Worksheet</title>' +
        '<link rel="canonical" href="https://metodika.example.lv/handouts/worksheet/">' +
        '<h1>Worksheet</h1><p><a href="/results/1/">Results</a> <a href="#part">Part</a> ' +
        '<a href="https://example.org/x">Elsewhere</a></p><h2 id="part">Part</h2></html>',
    );
    await printSite(outDir);
    const pdf = readFileSync(join(outDir, 'pdf/en/worksheet.pdf')).toString('latin1');
    const uris = [...pdf.matchAll(/\/URI\s*\(([^)]*)\)/g)].map(([, uri]) => uri).sort();
    expect(uris).toEqual(['https://example.org/x', 'https://metodika.example.lv/results/1/']);
  });
});
