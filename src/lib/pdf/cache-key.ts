import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Raised when how a page is printed changes (print-pdf.ts options), so older PDFs are not reused. */
const PRINT_VERSION = 2;

/**
 * A key for what a printed page shows: its HTML and every file of the site it loads (stylesheets,
 * fonts through them, images). Same key, same PDF, so a rebuild prints only pages that changed.
 * Asset names carry a content hash, but files from `public/` do not, so their bytes are hashed too.
 */
export function pdfCacheKey(outDir: string, html: string, browserVersion: string): string {
  const hash = createHash('sha256').update(JSON.stringify([PRINT_VERSION, browserVersion, html]));
  const loaded = new Set(
    [...html.matchAll(/\s(?:href|src)="(\/[^"#?]+\.(?:css|png|svg|jpe?g|webp|woff2?))"/g)].map(
      ([, path]) => path ?? '',
    ),
  );
  for (const path of [...loaded].sort()) {
    const file = join(outDir, path);
    if (!existsSync(file) || !statSync(file).isFile()) continue;
    hash.update(path).update(readFileSync(file));
    // Fonts and images a stylesheet loads have hashed names, so the stylesheet's bytes name them.
  }
  return hash.digest('hex').slice(0, 32);
}
