/**
 * `npm run compare-builds -- <base> [head] [--trees a,b]`: builds the site of two commits from
 * the same content trees and prints every difference, hashed asset names aside. Exits 1 when
 * anything differs, so a refactor can prove it changes no output.
 *
 * Each commit is exported (`git archive`) into a temporary folder; its node_modules is this
 * project's, entry by entry through symlinks, so nothing is installed and no cache (`.astro`,
 * `.vite`, the OG image cache) is shared between the two sides. Both sides build the same
 * trees, taken from the working tree: the shipped content and every build-test fixture tree.
 * Switches are the same on both sides (OG images on where the build tests have them on); PDFs
 * are off unless PDFS=on is given, since Chromium stamps every print with its time and its own
 * node ids, so two prints of the same page never match byte for byte; any other environment is
 * passed to both builds unchanged.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { createTwoFilesPatch } from 'diff';
import { generateTree } from './generate-tree.ts';

const ROOT = resolve(import.meta.dirname, '..');
const FIXTURES = join(ROOT, 'tests/fixtures');

/** A content tree both commits build, and the switches its build test uses. */
interface Tree {
  name: string;
  /** Writes the tree into `dir`. */
  make: (dir: string) => void;
  ogImages: boolean;
}

/** The valid fixture with an overlay on top, as tests/helpers/fixtures.ts composes it. */
const overlay = (name: string) => (dir: string) => {
  cpSync(join(FIXTURES, 'valid'), dir, { recursive: true });
  cpSync(join(FIXTURES, name), dir, {
    recursive: true,
    filter: (src) => !/(^|\/)(fault\.json|[^/]*\.txt)$/.test(src.slice(FIXTURES.length)),
  });
};

const TREES: Tree[] = [
  {
    name: 'content',
    make: (dir) => cpSync(join(ROOT, 'content'), dir, { recursive: true }),
    ogImages: true,
  },
  {
    name: 'valid',
    make: (dir) => cpSync(join(FIXTURES, 'valid'), dir, { recursive: true }),
    ogImages: true,
  },
  { name: 'editions', make: overlay('editions'), ogImages: false },
  { name: 'lonely-pilot', make: overlay('lonely-pilot'), ogImages: true },
  // A tree that fails: what is compared is the list of problems the build prints.
  { name: 'five-faults', make: overlay('five-faults'), ogImages: false },
  {
    name: 'small-en',
    make: (dir) =>
      generateTree(dir, { criteria: 3, locales: ['en'], defaultLocale: 'en', pilots: 0 }),
    ogImages: false,
  },
];

/** Astro's and Vite's content hashes in file names: `name.Bx3k9a_Z.css`, `hoisted.abc123de.js`. */
const HASHED = /\.[A-Za-z0-9_-]{8}\.(css|js|mjs|woff2?|ttf|svg|png|jpe?g|webp|avif|wasm)\b/g;
const unhash = (text: string) => text.replace(HASHED, '.[hash].$1');

/** A commit's sources in a fresh folder, with this project's packages linked in. */
function checkout(commit: string, dir: string): void {
  mkdirSync(dir, { recursive: true });
  const archive = execFileSync('git', ['archive', '--format=tar', commit], {
    cwd: ROOT,
    maxBuffer: 1 << 30,
  });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  mkdirSync(join(dir, 'node_modules'));
  // Dot-folders are caches (.astro, .vite, .cache): each side starts without them.
  for (const entry of readdirSync(join(ROOT, 'node_modules')))
    if (!entry.startsWith('.') || entry === '.bin')
      symlinkSync(join(ROOT, 'node_modules', entry), join(dir, 'node_modules', entry));
}

interface Built {
  status: number | null;
  /** The problems a failing build printed, one a line, without colours and timings. */
  problems: string[];
  files: Map<string, Buffer>;
  /** The end of what the build printed, to show why a build failed on one side only. */
  tail: string;
}

function build(project: string, contentDir: string, tree: Tree, outDir: string): Built {
  const started = Date.now();
  const run = spawnSync(process.execPath, [join(project, 'node_modules/astro/astro.js'), 'build'], {
    cwd: project,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: {
      ...process.env,
      PDFS: process.env['PDFS'] ?? 'off',
      CONTENT_DIR: contentDir,
      OUT_DIR: outDir,
      OG_IMAGES: tree.ogImages ? 'on' : 'off',
      OG_CACHE_DIR: join(project, '.og-cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
    },
  });
  const output = stripVTControlCharacters(`${run.stdout}${run.stderr}`);
  console.error(
    `  ${tree.name}: exit ${run.status} in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  const problems =
    run.status === 0
      ? []
      : output
          .split('\n')
          .map((line) => line.replace(/^\d\d:\d\d:\d\d\s*/, '').trimEnd())
          .filter((line) => line.includes(' — ') || /problem/i.test(line));
  const files = new Map<string, Buffer>();
  if (existsSync(outDir))
    for (const file of readdirSync(outDir, { recursive: true, withFileTypes: true }))
      if (file.isFile()) {
        const path = join(file.parentPath, file.name);
        files.set(unhash(path.slice(outDir.length + 1)), readFileSync(path));
      }
  return { status: run.status, problems, files, tail: output.split('\n').slice(-15).join('\n') };
}

const BINARY = /\.(png|jpe?g|webp|avif|woff2?|ttf|pdf|wasm|pf_\w+|gz|zip)$/;

/** Every difference between two builds of one tree, as lines to print. */
function differences(tree: string, a: Built, b: Built): string[] {
  const out: string[] = [];
  if (a.status !== b.status) {
    const failed = a.status === 0 ? b : a;
    out.push(
      `${tree}: build exit ${a.status} → ${b.status}; the failing build ended:\n${failed.tail}`,
    );
  }
  if (a.problems.join('\n') !== b.problems.join('\n'))
    out.push(
      createTwoFilesPatch(
        `${tree} problems (base)`,
        `${tree} problems (head)`,
        a.problems.join('\n'),
        b.problems.join('\n'),
      ),
    );
  const names = [...new Set([...a.files.keys(), ...b.files.keys()])].sort();
  for (const name of names) {
    const x = a.files.get(name);
    const y = b.files.get(name);
    if (!x) out.push(`${tree}: only in head: ${name}`);
    else if (!y) out.push(`${tree}: only in base: ${name}`);
    else if (BINARY.test(name)) {
      if (!x.equals(y)) out.push(`${tree}: ${name} differs (${x.length} → ${y.length} bytes)`);
    } else {
      const [s, t] = [unhash(x.toString('utf8')), unhash(y.toString('utf8'))];
      // Long minified lines are split at tags, so a patch shows the change, not the whole line.
      const lines = (text: string) => text.replace(/></g, '>\n<');
      if (s !== t)
        out.push(
          createTwoFilesPatch(
            `${tree}/${name} (base)`,
            `${tree}/${name} (head)`,
            lines(s),
            lines(t),
          ),
        );
    }
  }
  return out;
}

function main(): void {
  const args = process.argv.slice(2);
  const treesFlag = args.indexOf('--trees');
  const only = treesFlag >= 0 ? args.splice(treesFlag, 2)[1]?.split(',') : undefined;
  const [base, head = 'HEAD'] = args;
  if (!base) {
    console.error(
      'usage: npm run compare-builds -- <base commit> [head commit] [--trees content,valid,…]',
    );
    process.exit(2);
  }
  const trees = TREES.filter((t) => !only || only.includes(t.name));
  const work = mkdtempSync(join(tmpdir(), 'metodika-compare-'));
  // Interrupted, the temporary folders go too.
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => {
      rmSync(work, { recursive: true, force: true });
      process.exit(130);
    });
  try {
    const sides = [base, head].map((commit, i) => {
      const dir = join(work, i === 0 ? 'base' : 'head');
      checkout(commit, dir);
      return { commit, dir };
    });
    let different = 0;
    for (const tree of trees) {
      const contentDir = join(work, 'trees', tree.name);
      tree.make(contentDir);
      const [a, b] = sides.map((side) => {
        console.error(`building ${side.commit}:`);
        return build(side.dir, contentDir, tree, join(side.dir, 'out', tree.name));
      }) as [Built, Built];
      const found = differences(tree.name, a, b);
      different += found.length;
      console.log(
        found.length === 0
          ? `${tree.name}: identical (${a.files.size} files, ${a.problems.length} problems, build exit ${a.status})`
          : found.join('\n'),
      );
    }
    console.log(
      different === 0 ? `No difference between ${base} and ${head}.` : `${different} differences.`,
    );
    process.exitCode = different === 0 ? 0 : 1;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
