import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import satori from 'satori';
import sharp from 'sharp';
import { OG_HEIGHT, OG_WIDTH, ogTemplate, type OgFields } from './template.ts';

const require = createRequire(import.meta.url);

// One image at a time and no libvips operation cache: memory stays flat over thousands of images.
sharp.cache(false);
sharp.concurrency(1);

/** satori reads WOFF and TTF, not WOFF2; Latin and Latin Extended are separate files of Noto Sans. */
function fontFiles() {
  const file = (subset: string, weight: number) =>
    readFileSync(
      require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`),
    );
  return [400, 700].flatMap((weight) => [
    {
      name: 'Noto Sans',
      data: file('latin', weight),
      weight: weight as 400 | 700,
      style: 'normal' as const,
    },
    {
      name: 'Noto Sans Ext',
      data: file('latin-ext', weight),
      weight: weight as 400 | 700,
      style: 'normal' as const,
    },
  ]);
}

/** Renders OG images; one instance loads the fonts once for a whole build. */
export function createOgRenderer() {
  const fonts = fontFiles();
  const fontDigest = createHash('sha256')
    .update(Buffer.concat(fonts.map((f) => f.data)))
    .digest('hex')
    .slice(0, 16);
  return {
    fontDigest,
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
