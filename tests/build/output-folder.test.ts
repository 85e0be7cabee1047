import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/fixtures.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const outside = mkdtempSync(join(tmpdir(), 'metodika-out-'));

function build(outDir: string) {
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/astro.js'), 'build'], {
    cwd: ROOT,
    env: {
      ...process.env,
      CONTENT_DIR: join(FIXTURES, 'valid'),
      OUT_DIR: outDir,
      OG_IMAGES: 'off',
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

afterAll(() => rmSync(outside, { recursive: true, force: true }));

describe('OUT_DIR outside the project', () => {
  const site = join(outside, 'site');
  const { status, output } = build(site);

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

  it('refuses to empty a folder that holds something else, with a plain message', () => {
    const other = join(outside, 'documents');
    mkdirSync(other, { recursive: true });
    writeFileSync(join(other, 'letter.txt'), 'keep me');
    const refused = build(other);
    expect(refused.status).toBe(1);
    expect(refused.output).toContain('is not empty and holds no earlier build');
    expect(refused.output).not.toMatch(/^\s+at /m);
    expect(existsSync(join(other, 'letter.txt'))).toBe(true);
  });
});
