import type { OgFields } from './template.ts';

const ENTITIES: Record<string, string> = {
  amp: '&',
  quot: '"',
  '#39': "'",
  lt: '<',
  gt: '>',
  apos: "'",
};
const decode = (text: string) =>
  text.replace(/&(amp|quot|#39|lt|gt|apos);/g, (_, name: string) => ENTITIES[name] ?? '');

/**
 * Reads what a built page says about itself in its Open Graph tags: the image it promises and the
 * fields to draw on it. The image shows only what the page's head already publishes.
 */
export function readOgMeta(html: string): { image: string; fields: OgFields } | undefined {
  const meta = (property: string) =>
    new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(html)?.[1];
  const image = meta('og:image');
  const title = meta('og:title');
  if (!image || !title) return undefined;
  return {
    image: new URL(decode(image)).pathname,
    fields: {
      title: decode(title),
      summary: decode(meta('og:description') ?? ''),
      section: decode(meta('article:section') ?? ''),
      site: decode(meta('og:site_name') ?? ''),
      locale: /<html lang="([^"]+)"/.exec(html)?.[1] ?? '',
    },
  };
}
