import { execFileSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentTree } from '../../../src/lib/content/load-tree.ts';
import { whyUnreadable } from '../../../src/lib/content/read-file.ts';
import { composeTree } from '../../helpers/fixtures.ts';

const problemsOf = (dir: string) =>
  loadContentTree(dir).problems.map((p) => `${p.file}: ${p.path ? `${p.path} — ` : ''}${p.rule}`);

describe('every file is read through one guard', () => {
  it('names a link that leads back to itself', () => {
    const dir = composeTree('valid');
    symlinkSync('loop.md', join(dir, 'news/lv/loop.md'));
    expect(problemsOf(dir)).toEqual([
      'news/lv/loop.md: cannot be read (is a link that leads back to itself)',
    ]);
  });

  it('names a file where a collection folder should be', () => {
    const dir = composeTree('valid');
    rmSync(join(dir, 'glossary'), { recursive: true });
    writeFileSync(join(dir, 'glossary'), 'x');
    expect(problemsOf(dir)).toEqual(['glossary: must be a folder, but is a file']);
  });

  it.each([
    ['EACCES', 'cannot be read (permission denied)'],
    ['EPERM', 'cannot be read (permission denied)'],
    ['ELOOP', 'cannot be read (is a link that leads back to itself)'],
    ['ENOTDIR', 'cannot be read (a folder in its path is a file)'],
    ['EISDIR', 'cannot be read (is a folder)'],
    ['EIO', 'cannot be read'],
  ])('words the system error %s for an editor', (code, rule) => {
    expect(whyUnreadable('/nowhere/x.json', Object.assign(new Error('x'), { code }))).toBe(rule);
  });

  it('accepts a UTF-8 byte order mark in JSON and Markdown', () => {
    const dir = composeTree('valid');
    const site = join(dir, 'site.json');
    writeFileSync(
      site,
      '\uFEFF{"title":{"lv":"T"},"publisher":{"lv":"P"},"locales":["lv","en"],"defaultLocale":"lv","methodology":{"version":"1","status":"x","published":"2012-03-01"},"anonymity":{"minGroupSize":3},"sampleData":true}',
    );
    writeFileSync(
      join(dir, 'news/lv/bom.md'),
      '\uFEFF---\ntitle: Ar BOM\ndescription: Teksts.\ndate: 2012-01-01\n---\n\nTeksts.\n',
    );
    expect(problemsOf(dir)).toEqual([]);
  });

  it('refuses a named pipe without waiting for a writer', () => {
    const dir = composeTree('valid');
    rmSync(join(dir, 'pilots/P02.json'));
    execFileSync('mkfifo', [join(dir, 'pilots/P02.json')]);
    expect(problemsOf(dir)).toEqual(['pilots/P02.json: cannot be read (is not a regular file)']);
  });

  it('ignores hidden files such as .DS_Store', () => {
    const dir = composeTree('valid');
    writeFileSync(join(dir, 'pilots/.DS_Store'), '\0\0');
    mkdirSync(join(dir, '.git'), { recursive: true });
    expect(problemsOf(dir)).toEqual([]);
  });
});

describe('valid trees that used to be refused', () => {
  it('a value that contains "---" does not end the frontmatter', () => {
    const dir = composeTree('valid');
    writeFileSync(
      join(dir, 'news/lv/part.md'),
      '---\ntitle: Part one ---\ndescription: Daļa --- pirmā.\ndate: 2012-01-01\n---\n\nTeksts --- ar domuzīmēm.\n',
    );
    const { problems, tree } = loadContentTree(dir);
    expect(problems).toEqual([]);
    expect(tree.news.find((n) => n.id === 'part')?.data.title).toBe('Part one ---');
  });

  it('a component shown as inline code or in a code block of an MDX page', () => {
    const dir = composeTree('valid');
    writeFileSync(
      join(dir, 'methodology/lv/about.mdx'),
      '---\ntitle: Par\ndescription: Kas.\norder: 1\n---\n\nRaksti `<Example />` vai:\n\n```mdx\n<Example code={1} />\nimport x from "y"\n```\n\n{/* piezīme redaktoram */}\n\n<CriterionResults code="1" />\n',
    );
    expect(problemsOf(dir)).toEqual([]);
  });

  it('a date-like title stays text', () => {
    const dir = composeTree('valid');
    writeFileSync(
      join(dir, 'news/lv/dated.md'),
      '---\ntitle: 2012-03-01\ndescription: yes\ndate: 2012-01-01\n---\n\nTeksts.\n',
    );
    const { problems, tree } = loadContentTree(dir);
    expect(problems).toEqual([]);
    expect(tree.news.find((n) => n.id === 'dated')?.data.title).toBe('2012-03-01');
  });
});

describe('personal data in keys', () => {
  it('is found and masked in the field path too', () => {
    const dir = composeTree('valid');
    const file = join(dir, 'pilots/P02.json');
    writeFileSync(
      file,
      JSON.stringify({
        id: 'P02',
        region: 'north',
        serviceType: 'day-centre',
        staffBand: 'small',
        assessed: '2011-10',
        scores: { '1.1': 20, '29123456': 10 },
      }),
    );
    const text = problemsOf(dir).join('\n');
    expect(text).toContain('a phone number "2*** ****"');
    expect(text).toContain('scores["2*** ****"]');
    expect(text).not.toContain('29123456');
  });
});

describe('links that leave the tree', () => {
  it('are not followed: a pilot linked to a system file is refused without quoting it', () => {
    const dir = composeTree('valid');
    const secret = join(mkdtempSync(join(tmpdir(), 'metodika-secret-')), 'secret.json');
    writeFileSync(secret, '{"token": "s3cr3t"}');
    rmSync(join(dir, 'pilots/P02.json'));
    symlinkSync(secret, join(dir, 'pilots/P02.json'));
    expect(problemsOf(dir)).toEqual([
      'pilots/P02.json: cannot be read (is a link to a file outside the content tree)',
    ]);
  });

  it('are not followed through a linked folder: the link is one problem, its files unread', () => {
    const dir = composeTree('valid');
    const outside = mkdtempSync(join(tmpdir(), 'metodika-outside-'));
    cpSync(join(dir, 'glossary/en'), outside, { recursive: true });
    rmSync(join(dir, 'glossary/en'), { recursive: true });
    symlinkSync(outside, join(dir, 'glossary/en'));
    expect(problemsOf(dir)).toEqual([
      'glossary/en/: is not read: it is a link to a folder outside the content tree',
    ]);
  });

  it('are followed when they stay inside the tree', () => {
    const dir = composeTree('valid');
    renameSync(join(dir, 'glossary/en'), join(dir, 'glossary-en'));
    symlinkSync(join(dir, 'glossary-en'), join(dir, 'glossary/en'));
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(/^glossary-en\/: is not read: a content tree holds /),
    ]);
  });
});

describe('a key named __proto__', () => {
  it('is refused when written with \\u escapes too', () => {
    const dir = composeTree('valid');
    const file = join(dir, 'pilots/P02.json');
    const pilot = readFileSync(file, 'utf8');
    writeFileSync(file, pilot.replace('"scores": {', '"scores": {"\\u005f_proto__": 1,'));
    expect(problemsOf(dir)).toEqual([
      'pilots/P02.json: scores.__proto__ — is a name no field may have',
    ]);
  });
});
