/**
 * `npm run pdf`: prints every handout and every event bundle of the built site (OUT_DIR, default
 * ./dist) to dist/pdf/<locale>/<name>.pdf in headless Chromium (CHROMIUM names another binary),
 * then links each page to its PDF, with page count and size. `npm run build` does the same when
 * it finds a Chromium; this is for a site built without one. Fonts are the ones the site ships
 * (Noto Sans), embedded, so the PDFs are the same on every machine; text stays selectable.
 */
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { missingChromium, printSite } from '../src/lib/pdf/print-site.ts';

const outDir = resolve(process.env['OUT_DIR'] || 'dist');

const missing = missingChromium();
if (missing) {
  console.error(missing);
  process.exit(1);
}
if (!existsSync(join(outDir, 'index.html'))) {
  console.error(`No built site in ${outDir}: run npm run build first.`);
  process.exit(1);
}

const { facts } = await printSite(outDir);
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
