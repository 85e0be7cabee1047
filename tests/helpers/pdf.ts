import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The number of pages of a PDF, as pdfinfo reads it. */
export function pdfPageCount(file: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
}

/** The text of each page of a PDF in reading order, whitespace collapsed (pdftotext). */
export function pdfPageTexts(file: string): string[] {
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 })
    .split('\f')
    .slice(0, pdfPageCount(file))
    .map((page) => page.replace(/\s+/g, ' ').trim());
}

/** The fonts of a PDF as pdffonts lists them: name and whether it is embedded. */
export function pdfFonts(file: string): Array<{ name: string; embedded: boolean }> {
  return execFileSync('pdffonts', [file], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .slice(2)
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      return { name: columns[0] ?? '', embedded: columns.at(-5) === 'yes' };
    });
}

const MM_PER_INCH = 25.4;
const DPI = 30;
/** The page margins of src/styles/print.css (top, bottom), which are always blank. */
const MARGIN_MM = { top: 14, bottom: 15 };
/** A run of blank rows shorter than this is the space between lines, not waste. */
const GAP_MM = 8;

/**
 * How much of each page's printable area is blank, from 0 to 1: the page is rendered in grey
 * (pdftoppm) and every run of fully white rows taller than a line gap counts as blank.
 */
export function blankShares(file: string): number[] {
  const dir = mkdtempSync(join(tmpdir(), 'blank-'));
  try {
    execFileSync('pdftoppm', ['-gray', '-r', String(DPI), file, join(dir, 'page')]);
    return readdirSync(dir)
      .filter((name) => name.endsWith('.pgm'))
      .sort()
      .map((name) => blankShare(readFileSync(join(dir, name))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The blank share of one page rendered as a binary PGM (P5). */
function blankShare(pgm: Buffer): number {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('not a binary PGM image');
  const width = Number(header[1]);
  const height = Number(header[2]);
  const start = header[0].length;
  const px = (mm: number) => Math.round((mm / MM_PER_INCH) * DPI);
  const top = px(MARGIN_MM.top);
  const bottom = height - px(MARGIN_MM.bottom);
  const gap = px(GAP_MM);
  let blank = 0;
  let run = 0;
  for (let y = top; y <= bottom; y += 1) {
    const row = y < bottom ? pgm.subarray(start + y * width, start + (y + 1) * width) : undefined;
    if (row && row.every((value) => value > 235)) {
      run += 1;
    } else {
      if (run >= gap) blank += run;
      run = 0;
    }
  }
  return blank / (bottom - top);
}
