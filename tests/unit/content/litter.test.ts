import { cpSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentTree } from '../../../src/lib/content/check-tree.ts';
import { loadContentTree } from '../../../src/lib/content/load-tree.ts';
import { isLitter } from '../../../src/lib/content/read-files.ts';
import { FIXTURES, TMP } from '../../helpers/fixtures.ts';

/** What an editor's Windows, macOS, Vim and Emacs leave beside the files they saved. */
const LITTER = ['Thumbs.db', 'desktop.ini', '.DS_Store', '1.1.md~', '.1.1.md.swp', '.#1.1.md'];
const FOLDERS = ['', 'criteria', 'criteria/lv', 'news/en', 'pilots', 'scales'];

function treeWith(name: string, add: (dir: string) => void): string {
  const dir = join(TMP, 'trees', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(FIXTURES, 'valid'), dir, { recursive: true });
  add(dir);
  return dir;
}

describe('files that operating systems and editors leave in the tree', () => {
  const dir = treeWith('litter', (root) => {
    for (const folder of FOLDERS)
      for (const name of LITTER) writeFileSync(join(root, folder, name), 'not content\n');
  });

  it('are no problem, and each is named as skipped', () => {
    const { problems, skipped } = loadContentTree(dir);
    expect(problems).toEqual([]);
    expect(skipped).toHaveLength(FOLDERS.length * LITTER.length);
    expect(skipped).toEqual(expect.arrayContaining(['Thumbs.db', 'criteria/lv/1.1.md~']));
  });

  it('are told in one warning line beside the success line', () => {
    const outcome = checkContentTree(dir);
    expect(outcome.ok).toBe(true);
    expect(outcome.warning?.split('\n')).toHaveLength(1);
    expect(outcome.warning).toMatch(/^⚠ Skipped 36 files that operating systems and editors/);
    expect(outcome.warning).toContain('news/en/.DS_Store');
  });

  it('are told apart from content by name', () => {
    for (const name of LITTER) expect(isLitter(name), name).toBe(true);
    for (const name of ['1.1.md', 'README.md', 'about.mdx', 'site.json', 'thumbs.md'])
      expect(isLitter(name), name).toBe(false);
  });

  it('give no warning where there are none', () => {
    expect(checkContentTree(join(FIXTURES, 'valid')).warning).toBeUndefined();
  });
});

describe('a collection folder that is a link to the root of the machine', () => {
  it('is one problem naming the link, not one per file of the machine', () => {
    const dir = treeWith('link-to-root', (root) => symlinkSync('/', join(root, 'events')));
    try {
      expect(loadContentTree(dir).problems).toEqual([
        {
          file: 'events/',
          path: '',
          rule: 'is not read: it is a link to a folder outside the content tree',
        },
      ]);
    } finally {
      rmSync(join(dir, 'events'));
    }
  });

  it('as a language folder is one problem naming that folder', () => {
    const dir = treeWith('locale-link-out', (root) =>
      symlinkSync(join(FIXTURES, 'valid', 'news', 'lv'), join(root, 'news', 'de')),
    );
    expect(loadContentTree(dir).problems).toEqual([
      {
        file: 'news/de/',
        path: '',
        rule: 'is not read: it is a link to a folder outside the content tree',
      },
    ]);
  });
});
