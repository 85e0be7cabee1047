import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  fromJson,
  fromMarkdown,
  saveOver,
  toJson,
  toMarkdown,
} from '../../../src/lib/cms/file-format.ts';

const SHIPPED = join(import.meta.dirname, '../../../content');
const files = (readdirSync(SHIPPED, { recursive: true }) as string[]).sort();
const markdown = files
  .filter((file) => /\.mdx?$/.test(file))
  .map((file) => ({ file, text: readFileSync(join(SHIPPED, file), 'utf8') }));
const json = files
  .filter((file) => file.endsWith('.json'))
  .map((file) => ({ file, text: readFileSync(join(SHIPPED, file), 'utf8') }));

describe('a file saved in the editor', () => {
  // Parses every shipped file twice: more than vitest's default 5 s on a loaded machine.
  it('is every shipped Markdown file byte for byte on a first save of it untouched', () => {
    expect(markdown.length).toBeGreaterThan(0);
    const changed = markdown
      .filter(({ file, text }) => saveOver(file, text, toMarkdown(fromMarkdown(text))) !== text)
      .map(({ file }) => file);
    expect(changed).toEqual([]);
  }, 30_000);

  it('is every shipped JSON file byte for byte on a first save of it untouched', () => {
    expect(json.length).toBeGreaterThan(0);
    const changed = json
      .filter(({ file, text }) => saveOver(file, text, toJson(fromJson(text))) !== text)
      .map(({ file }) => file);
    expect(changed).toEqual([]);
  });

  /** The lines of `after` that differ from `before`'s, line by line (same line count). */
  const changedLines = (before: string, after: string) => {
    const lines = before.split('\n');
    expect(after.split('\n')).toHaveLength(lines.length);
    return after.split('\n').filter((line, index) => line !== lines[index]);
  };

  it('changes one line of a frontmatter file when one field changes, quotes kept', () => {
    const text = readFileSync(join(SHIPPED, 'events/lv/2011-riga.md'), 'utf8');
    const written = toMarkdown({ ...fromMarkdown(text), venue: 'Lielā zāle: Rīgā' });
    const saved = saveOver('events/lv/2011-riga.md', text, written);
    expect(changedLines(text, saved)).toEqual(['venue: "Lielā zāle: Rīgā"']);
    expect(fromMarkdown(saved)).toEqual({ ...fromMarkdown(text), venue: 'Lielā zāle: Rīgā' });
  });

  it('changes one line of a JSON file in its own layout when one value changes', () => {
    const file = 'scales/enablers.json';
    const text = readFileSync(join(SHIPPED, file), 'utf8');
    const data = fromJson(text) as { dimensions: Array<{ label: Record<string, string> }> };
    const dimensions = structuredClone(data.dimensions);
    const first = dimensions[0];
    if (!first) throw new Error('the shipped panel has no dimension');
    first.label['en'] = 'Planning';
    const saved = saveOver(file, text, toJson({ ...data, dimensions }));
    expect(changedLines(text, saved)).toEqual([
      '    { "id": "plan", "label": { "lv": "Plānot", "en": "Planning", "lt": "Planuoti" } },',
    ]);
  });

  it('adds a new field at the end and removes a cleared one, leaving the other lines', () => {
    const text = '---\n# the term\nterm: "CAF"\nsource: x\naliases:\n  - \'a\'\n---\nBody.\n';
    const saved = saveOver(
      'glossary/lv/caf.md',
      text,
      toMarkdown({ term: 'CAF', aliases: ['a'], see: 'b', body: 'Body.' }),
    );
    expect(saved).toBe('---\n# the term\nterm: "CAF"\naliases:\n  - \'a\'\nsee: b\n---\nBody.\n');
    const json = '{\n    "a": 1,\n    "b": [1, 2],\n    "c": { "d": "e" }\n}\n';
    expect(saveOver('x.json', json, toJson({ a: 1, b: [1, 3], c: { d: 'e' }, f: 'g' }))).toBe(
      '{\n    "a": 1,\n    "b": [1, 3],\n    "c": { "d": "e" },\n    "f": "g"\n}\n',
    );
    expect(saveOver('x.json', json, toJson({ a: 1, c: { d: 'e' } }))).toBe(
      '{\n    "a": 1,\n    "c": { "d": "e" }\n}\n',
    );
  });

  it('keeps typographic quotes and quotes inside text as written', () => {
    const text =
      '---\ntitle: Projekts „Kvalitāte” un \'CAF\'\nquote: "a: b"\n---\nTeksts „citāts”.\n';
    expect(toMarkdown(fromMarkdown(text))).toBe(text);
  });

  it('is written again exactly as read, once written by the editor', () => {
    for (const { text } of markdown) {
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
