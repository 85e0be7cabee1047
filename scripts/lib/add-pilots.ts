/**
 * Adds the ministry files the self-assessment tool exports (pilot files of the contract) to a
 * content tree, only if the tree with them passes the same check as `npm run check`: the files
 * are tried on a copy of the tree first, so a refused file never lands in `content/pilots/`.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { checkContentTree } from '../../src/lib/content/check-tree.ts';
import { COLLECTIONS } from '../../src/lib/content/collections.ts';
import { PILOT_ID_PATTERN } from '../../src/lib/content/schemas/index.ts';

export interface AddOutcome {
  ok: boolean;
  /** What to print: the files added, or why none was. */
  message: string;
  added: string[];
}

/** The name a ministry file goes under: its pilot id (`P77.json`), else its own name. */
function targetName(path: string, text: string): string {
  try {
    const id = (JSON.parse(text) as { id?: unknown }).id;
    if (typeof id === 'string' && PILOT_ID_PATTERN.test(id)) return `${id}.json`;
  } catch {
    // not JSON: the check reports it under the file's own name
  }
  return basename(path);
}

export function addPilotFiles(
  root: string,
  files: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): AddOutcome {
  const dir = COLLECTIONS.pilots.dir;
  const incoming = files.map((path) => {
    const text = readFileSync(path, 'utf8');
    return { path, text, file: `${dir}/${targetName(path, text)}` };
  });
  const taken = incoming.filter((f) => existsSync(join(root, f.file)));
  if (taken.length > 0)
    return {
      ok: false,
      added: [],
      message: `Nothing was added: ${taken.map((f) => f.file).join(', ')} already exist${taken.length === 1 ? 's' : ''} (a pilot id is used once; remove the old file first if this one replaces it).`,
    };
  const trial = mkdtempSync(join(tmpdir(), 'metodika-add-pilots-'));
  try {
    cpSync(root, trial, { recursive: true });
    for (const { text, file } of incoming) writeFileSync(join(trial, file), text);
    const outcome = checkContentTree(trial, env);
    if (!outcome.ok)
      return {
        ok: false,
        added: [],
        message: `${outcome.message}\n\nNothing was added to ${root}: fix the file${incoming.length === 1 ? '' : 's'} and add again.`,
      };
    for (const { text, file } of incoming) writeFileSync(join(root, file), text);
    return {
      ok: true,
      added: incoming.map((f) => f.file),
      message: `Added ${incoming.map((f) => f.file).join(', ')}.\n${outcome.message}`,
    };
  } finally {
    rmSync(trial, { recursive: true, force: true });
  }
}
