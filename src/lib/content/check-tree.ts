import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { loadDenylist } from '../pii/denylist.ts';
import { formatProblems, formatSkipped, formatSuccess, type Tally } from './format.ts';
import { loadContentTree, type LoadResult } from './load-tree.ts';

/** Where the content tree is: CONTENT_DIR, or ./content. */
export function contentRoot(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  return resolve(cwd, env['CONTENT_DIR'] || 'content');
}

/**
 * What the report puts before each file: paths inside the working folder read as
 * `content/pilots/P03.json`; others stay relative to the tree.
 */
export function reportPrefix(root: string): string {
  const fromCwd = relative(process.cwd(), root);
  return fromCwd.startsWith('..') || isAbsolute(fromCwd) ? '' : `${fromCwd}/`;
}

export interface CheckOutcome {
  ok: boolean;
  /** What to print: the one-line success or the full problem report. */
  message: string;
  /** One line naming the litter files skipped, when there are any. */
  warning?: string;
  result?: LoadResult;
}

/**
 * The validator shared by `npm run check` and the build: loads the tree at `root` with the
 * deny-list from ANONYMITY_DENYLIST and says, in an editor's words, whether it may be built.
 */
export function checkContentTree(root: string, env: NodeJS.ProcessEnv = process.env): CheckOutcome {
  const started = performance.now();
  if (!existsSync(root)) {
    return {
      ok: false,
      message: `There is no content folder at ${root} (set CONTENT_DIR to the right folder).`,
    };
  }
  const denylistFile = env['ANONYMITY_DENYLIST'];
  if (denylistFile && !existsSync(denylistFile)) {
    return {
      ok: false,
      message: `ANONYMITY_DENYLIST names ${denylistFile}, which does not exist.`,
    };
  }
  let denylist: RegExp[];
  try {
    denylist = loadDenylist(denylistFile);
  } catch {
    return {
      ok: false,
      message: `ANONYMITY_DENYLIST names ${denylistFile}, which cannot be read as a UTF-8 text file.`,
    };
  }
  const result = loadContentTree(root, { denylist });
  const warning = formatSkipped(result.skipped, reportPrefix(root));
  if (result.problems.length > 0) {
    return {
      ok: false,
      message: formatProblems(result.problems, reportPrefix(root)),
      ...(warning ? { warning } : {}),
      result,
    };
  }
  const { tree } = result;
  const summary: Tally[] = [
    [tree.site.locales.length, 'locale', 'locales'],
    [new Set(tree.criteria.map((c) => c.id)).size, 'criterion code', 'criterion codes'],
    [tree.pilots.length, 'pilot', 'pilots'],
    [tree.methodology.length + tree.reports.length + tree.news.length, 'page', 'pages'],
    [new Set(tree.glossary.map((g) => g.id)).size, 'glossary term', 'glossary terms'],
    [tree.events.length, 'event', 'events'],
  ];
  // Only a tree that declares editions mentions them, so a tree without stays as it was.
  if (tree.site.editions.length > 0)
    summary.splice(2, 0, [tree.site.editions.length, 'edition', 'editions']);
  return {
    ok: true,
    message: formatSuccess(summary, (performance.now() - started) / 1000),
    ...(warning ? { warning } : {}),
    result,
  };
}
