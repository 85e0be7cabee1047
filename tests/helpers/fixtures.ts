import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** Where fixture trees live, and where tests compose their own. */
export const FIXTURES = resolve(import.meta.dirname, '../fixtures');
export const TMP = resolve(import.meta.dirname, '../.tmp');

/**
 * A tree made of the valid fixture with an overlay on top: the files of `fixtures/<overlay>`
 * replace or add to the valid ones, and `remove` deletes files. A `base` overlay (such as
 * `editions`) goes on the valid tree first. Returns the tree's folder.
 */
export function composeTree(
  overlay: string,
  remove: readonly string[] = [],
  base?: string,
): string {
  const dir = join(TMP, 'trees', overlay.replaceAll('/', '-'));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(FIXTURES, 'valid'), dir, { recursive: true });
  if (base) cpSync(join(FIXTURES, base), dir, { recursive: true });
  // The fault description and a deny-list sit beside the overlay's files, not in the tree.
  const notInTree = (src: string) =>
    !(/^(fault\.json|.*\.txt)$/.test(basename(src)) && dirname(src) === join(FIXTURES, overlay));
  cpSync(join(FIXTURES, overlay), dir, { recursive: true, filter: notInTree });
  for (const file of remove) rmSync(join(dir, file), { force: true });
  return dir;
}

/** What a fault fixture promises: the one problem its tree must produce. */
export interface FaultSpec {
  test: string;
  file: string;
  path: string;
  rule: string;
  remove?: string[];
  denylist?: string;
  /** An overlay the fault goes on top of, e.g. `editions` for a tree with two editions. */
  base?: string;
}

/** Reads `fixtures/faults/<name>/fault.json`. */
export function readFault(name: string): FaultSpec {
  return JSON.parse(
    readFileSync(join(FIXTURES, 'faults', name, 'fault.json'), 'utf8'),
  ) as FaultSpec;
}
