import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAstroBuild } from '../helpers/build.ts';
import { FIXTURES } from '../helpers/fixtures.ts';

const outside = mkdtempSync(join(tmpdir(), 'metodika-out-'));

function build(outDir: string) {
  return runAstroBuild(join(FIXTURES, 'valid'), outDir, { OG_IMAGES: 'off' });
}

afterAll(() => rmSync(outside, { recursive: true, force: true }));

describe('OUT_DIR outside the project', () => {
  const site = join(outside, 'site');
  let status: number | null = null;
  let output = '';
  beforeAll(async () => ({ status, output } = await build(site)));

  it('builds there', () => {
    expect(status, output).toBe(0);
    expect(existsSync(join(site, 'index.html'))).toBe(true);
    expect(existsSync(join(site, 'en/criteria/1.1/index.html'))).toBe(true);
    expect(existsSync(join(site, 'sitemap-index.xml'))).toBe(true);
    expect(existsSync(join(site, 'pagefind'))).toBe(true);
  });

  it('holds only what readers need: no collection schemas, content lists or server chunks', () => {
    const files = readdirSync(site, { recursive: true }) as string[];
    expect(
      files.filter((f) => /schema\.json$|content-(assets|modules)\.mjs$|\.mjs$|chunks/.test(f)),
    ).toEqual([]);
    expect(files.some((f) => f.includes('draft-note'))).toBe(false);
  });

  it('refuses to empty a folder that holds something else, with a plain message', async () => {
    const other = join(outside, 'documents');
    mkdirSync(other, { recursive: true });
    writeFileSync(join(other, 'letter.txt'), 'keep me');
    const refused = await build(other);
    expect(refused.status).toBe(1);
    expect(refused.output).toContain('is not empty and holds no earlier build');
    expect(refused.output).not.toMatch(/^\s+at /m);
    expect(existsSync(join(other, 'letter.txt'))).toBe(true);
  });
});
