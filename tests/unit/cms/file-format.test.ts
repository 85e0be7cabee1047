import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromMarkdown, toMarkdown } from '../../../src/lib/cms/file-format.ts';

const SHIPPED = join(import.meta.dirname, '../../../content');
const markdown = (readdirSync(SHIPPED, { recursive: true }) as string[])
  .filter((file) => /\.mdx?$/.test(file))
  .map((file) => readFileSync(join(SHIPPED, file), 'utf8'));

describe('a file saved in the editor', () => {
  it('is written again exactly as read, once written by the editor', () => {
    for (const text of markdown) {
      const once = toMarkdown(fromMarkdown(text));
      expect(toMarkdown(fromMarkdown(once))).toBe(once);
    }
  });

  it('changes one line when one question changes, however long its lines', () => {
    const text = readFileSync(join(SHIPPED, 'criteria/lv/1.1.md'), 'utf8');
    const entry = fromMarkdown(text);
    const questions = [...(entry['questions'] as string[])];
    questions[0] = 'Vai ir rakstiski formulēta misija?';
    const saved = toMarkdown({ ...entry, questions }).split('\n');
    const lines = text.split('\n');
    expect(saved.filter((line, index) => line !== lines[index])).toEqual([
      '  - Vai ir rakstiski formulēta misija?',
    ]);
  });

  it('leaves out an optional field cleared in the form instead of writing null', () => {
    const saved = toMarkdown({
      code: '1.1',
      title: 'Virzība',
      kind: null,
      examples: [],
      body: 'x',
    });
    expect(saved).toBe('---\ncode: "1.1"\ntitle: Virzība\n---\nx\n');
  });

  it('is no file for a language whose translation is not begun', () => {
    const translated = new Set(['title', 'description', 'body']);
    expect(toMarkdown({ date: '2026-12-04', title: '', body: '' }, translated)).toBe('');
    expect(toMarkdown({ date: '2026-12-04', title: 'News', body: '' }, translated)).toBe(
      '---\ndate: 2026-12-04\ntitle: News\n---\n',
    );
  });
});
