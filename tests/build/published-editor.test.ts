import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildTree } from '../helpers/build.ts';
import { composeTree } from '../helpers/fixtures.ts';

describe('a tree whose site.json asks for the editor with a GitHub backend', async () => {
  // The valid fixture with `editor` in site.json; the valid fixture itself (built in
  // site-address.test.ts) gets no /admin/.
  const build = await buildTree(composeTree('published-editor'), 'published-editor', {
    OG_IMAGES: 'off',
  });
  const admin = join(build.outDir, 'admin');
  const page = () => readFileSync(join(admin, 'index.html'), 'utf8');

  it('is built with the editor at /admin/, configured for the repository it names', () => {
    expect(build.status, build.output).toBe(0);
    const config = parse(readFileSync(join(admin, 'config.yml'), 'utf8')) as {
      backend: Record<string, unknown>;
      local_backend?: unknown;
      media_folder: string;
      collections: Array<{ name: string; folder?: string }>;
    };
    expect(config.backend).toEqual({
      name: 'github',
      repo: 'ministry/metodika',
      branch: 'main',
      base_url: 'https://auth.example.lv',
    });
    expect(config.local_backend).toBeUndefined();
    expect(config.media_folder).toBe('content/images');
    expect(config.collections.find((c) => c.name === 'criteria')?.folder).toBe('content/criteria');
    for (const file of ['decap-cms.js', 'admin.js', 'manual-init.js'])
      expect(existsSync(join(admin, file)), file).toBe(true);
  });

  it('loads scripts from its own folder only, under a policy naming only the git host', () => {
    const html = page();
    const sources = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(sources.length).toBeGreaterThan(0);
    for (const [, attributes = '', body = ''] of sources) {
      expect(body.trim(), 'no inline script').toBe('');
      expect(attributes).toMatch(/src="[\w.-]+\.js"/);
    }
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(policy).toMatch(/script-src 'self' 'unsafe-eval'/);
    const others = policy.match(/https?:\/\/[^\s;]+/g) ?? [];
    expect(others).toEqual(['https://api.github.com']);
    expect(html).toMatch(/<meta name="robots" content="noindex/);
    expect(readFileSync(join(build.outDir, '_headers'), 'utf8')).toMatch(
      /^\/admin\/\*\n {2}! Content-Security-Policy\n {2}Content-Security-Policy: default-src 'self'/m,
    );
  });

  it('is in neither the sitemap nor the search index, and the public pages are unchanged', () => {
    const sitemaps = readdirSync(build.outDir).filter((f) => f.startsWith('sitemap'));
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const file of sitemaps)
      expect(readFileSync(join(build.outDir, file), 'utf8')).not.toContain('/admin/');
    const home = readFileSync(join(build.outDir, 'index.html'), 'utf8');
    expect(home).not.toContain('decap');
    expect(home).not.toContain('/admin/');
  });
});
