import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import satori from 'satori';
import sharp from 'sharp';
import { drawableFields, subsetRanges, type Ranges } from './coverage.ts';
import {
  FONT_SUBSETS,
  OG_HEIGHT,
  OG_WIDTH,
  fontFamilyName,
  ogTemplate,
  type OgFields,
} from './template.ts';

const require = createRequire(import.meta.url);

// One image at a time and no libvips operation cache: memory stays flat over thousands of images.
sharp.cache(false);
sharp.concurrency(1);

/** satori reads WOFF and TTF, not WOFF2; each subset of Noto Sans is its own file. */
function fontFiles() {
  const file = (subset: string, weight: number) =>
    readFileSync(
      require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`),
    );
  return [400, 700].flatMap((weight) =>
    FONT_SUBSETS.map((subset) => ({
      name: fontFamilyName(subset),
      data: file(subset, weight),
      weight: weight as 400 | 700,
      style: 'normal' as const,
    })),
  );
}

/** The characters the bundled subsets cover, from Fontsource's own stylesheet. */
function coveredRanges(): Ranges {
  const ranges = subsetRanges(
    readFileSync(require.resolve('@fontsource/noto-sans/400.css'), 'utf8'),
  );
  return FONT_SUBSETS.flatMap((subset) => ranges.get(subset) ?? []);
}

/** Renders OG images; one instance loads the fonts once for a whole build. */
export function createOgRenderer() {
  const fonts = fontFiles();
  const fontDigest = createHash('sha256')
    .update(Buffer.concat(fonts.map((f) => f.data)))
    .digest('hex')
    .slice(0, 16);
  const ranges = coveredRanges();
  return {
    fontDigest,
    /** The fields as the image can show them, and the characters it has to leave out. */
    prepare(fields: OgFields): { fields: OgFields; missing: string[] } {
      return drawableFields(fields, ranges);
    },
    /** The SVG satori draws; `missing` collects characters no font has (drawn as boxes otherwise). */
    async svg(fields: OgFields, missing: string[] = []): Promise<string> {
      return satori(ogTemplate(fields) as Parameters<typeof satori>[0], {
        width: OG_WIDTH,
        height: OG_HEIGHT,
        fonts,
        loadAdditionalAsset: async (_code, segment) => {
          missing.push(segment);
          return [];
        },
      });
    },
    /** The PNG. sharp keeps memory flat over thousands of images, where resvg-js grows with each. */
    async png(fields: OgFields, missing: string[] = []): Promise<Buffer> {
      return sharp(Buffer.from(await this.svg(fields, missing)))
        .png({ compressionLevel: 6 })
        .toBuffer();
    },
  };
}
