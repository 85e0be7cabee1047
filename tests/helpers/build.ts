import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { TMP } from './fixtures.ts';

const ROOT = resolve(import.meta.dirname, '../..');

export interface BuildOutcome {
  status: number | null;
  output: string;
  outDir: string;
}

/**
 * Runs a command to its end without blocking the test runner: a build of a large tree takes
 * minutes, and a blocked worker misses the runner's messages ("Timeout calling onTaskUpdate").
 */
function run(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<{ status: number | null; output: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', fail);
    child.on('close', (status) => done({ status, output }));
  });
}

/** Runs the real `astro build` on a content tree, into its own output folder. */
export async function buildTree(
  contentDir: string,
  name: string,
  env: NodeJS.ProcessEnv = {},
): Promise<BuildOutcome> {
  const outDir = join(TMP, 'dist', name);
  mkdirSync(outDir, { recursive: true });
  const result = await run([join(ROOT, 'node_modules/astro/astro.js'), 'build'], {
    ...process.env,
    ...env,
    CONTENT_DIR: contentDir,
    OUT_DIR: outDir,
    ASTRO_TELEMETRY_DISABLED: '1',
  });
  return { ...result, outDir };
}

/** Runs `npm run check`'s script on a content tree. */
export function checkTree(
  contentDir: string,
  env: NodeJS.ProcessEnv = {},
): Promise<{ status: number | null; output: string }> {
  return run(['--import', 'tsx', join(ROOT, 'scripts/check.ts')], {
    ...process.env,
    ...env,
    CONTENT_DIR: contentDir,
  });
}
