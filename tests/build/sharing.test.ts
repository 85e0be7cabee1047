import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/fixtures.ts';
import { buildTree, type BuildOutcome } from '../helpers/build.ts';
import { listPages } from '../helpers/site-files.ts';

describe('sharing: OG images, news and feeds', () => {
  let first: BuildOutcome;
  let second: BuildOutcome;
  beforeAll(async () => {
    first = await buildTree(join(FIXTURES, 'valid'), 'sharing');
    second = await buildTree(join(FIXTURES, 'valid'), 'sharing');
  });

  it('gives every page an og:image that exists as a 1200×630 PNG', async () => {
    expect(first.status, first.output).toBe(0);
    const pages = listPages(first.outDir).filter((p) => !p.path.endsWith('404.html'));
    expect(pages.length).toBeGreaterThan(20);
    for (const { path, file } of pages) {
      const image = /<meta property="og:image" content="([^"]+)"/.exec(
        readFileSync(file, 'utf8'),
      )?.[1];
      expect(image, path).toBeDefined();
      const png = join(first.outDir, new URL(image ?? '').pathname);
      expect(existsSync(png), `${path} → ${image}`).toBe(true);
      const meta = await sharp(png).metadata();
      expect([meta.width, meta.height]).toEqual([1200, 630]);
    }
  });

  it('renders no image again when nothing changed', () => {
    expect(second.status).toBe(0);
    expect(second.output).toMatch(/OG images: 0 rendered, \d+ reused from the cache/);
  });

  it('has a news feed per locale that parses as RSS and lists that locale’s news, without drafts', () => {
    const parser = new XMLParser();
    const feed = (path: string) =>
      parser.parse(readFileSync(join(first.outDir, path), 'utf8')).rss.channel;
    const lv = feed('rss.xml');
    const en = feed('en/rss.xml');
    expect(lv.language).toBe('lv');
    expect([lv.item].flat().map((i: { title: string }) => i.title)).toEqual([
      'Sākas pilotprojekti',
    ]);
    expect([en.item].flat().map((i: { link: string }) => i.link)).toEqual([
      'https://metodika.example.lv/en/news/pilots-start/',
    ]);
    expect(existsSync(join(first.outDir, 'news/draft-note/index.html'))).toBe(false);
  });

  it('links the feed from the head of every page', () => {
    expect(readFileSync(join(first.outDir, 'en/news/index.html'), 'utf8')).toContain(
      '<link rel="alternate" type="application/rss+xml"',
    );
  });
});
