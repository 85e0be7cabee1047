import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTree, checkTree } from '../helpers/build.ts';
import { TMP } from '../helpers/fixtures.ts';

/** The shipped content, as an editor's Windows, macOS and editors leave it after a week's work. */
const SHIPPED = resolve(import.meta.dirname, '../../content');
const LITTER = ['Thumbs.db', 'desktop.ini', '.DS_Store'];
const FOLDERS = ['', 'criteria', 'criteria/lv', 'criteria/en', 'news/lv', 'pilots', 'scales'];

const tree = join(TMP, 'trees', 'shipped-with-litter');
rmSync(tree, { recursive: true, force: true });
mkdirSync(tree, { recursive: true });
cpSync(SHIPPED, tree, { recursive: true });
for (const folder of FOLDERS) {
  for (const name of LITTER) writeFileSync(join(tree, folder, name), 'not content\n');
}
writeFileSync(join(tree, 'criteria/lv/1.1.md~'), 'an editor backup\n');
writeFileSync(join(tree, 'criteria/en/1.1.md~'), 'an editor backup\n');
const skipped = FOLDERS.length * LITTER.length + 2;

const warnings = (output: string) => output.split('\n').filter((line) => line.includes('Skipped'));

describe('the shipped content with Thumbs.db, desktop.ini, .DS_Store and 1.1.md~ in several folders', async () => {
  const build = await buildTree(tree, 'shipped-with-litter');

  it('builds, with one warning line naming every skipped file', () => {
    expect(build.status, build.output).toBe(0);
    expect(existsSync(join(build.outDir, 'index.html'))).toBe(true);
    const lines = warnings(build.output);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`Skipped ${skipped} files that operating systems and editors`);
    expect(lines[0]).toContain('criteria/lv/1.1.md~');
    expect(lines[0]).toContain('news/lv/Thumbs.db');
    expect(build.output).not.toContain('is not read');
  });

  it('passes npm run check with the same one warning line', async () => {
    const check = await checkTree(tree);
    expect(check.status, check.output).toBe(0);
    expect(check.output).toContain('✓ Content is valid');
    expect(warnings(check.output)).toHaveLength(1);
  });
});
