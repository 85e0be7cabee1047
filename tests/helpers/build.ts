import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { TMP } from './fixtures.ts';

const ROOT = resolve(import.meta.dirname, '../..');

export interface BuildOutcome {
  status: number | null;
  output: string;
  outDir: string;
}

/** Runs the real `astro build` on a content tree, into its own output folder. */
export function buildTree(
  contentDir: string,
  name: string,
  env: NodeJS.ProcessEnv = {},
): BuildOutcome {
  const outDir = join(TMP, 'dist', name);
  mkdirSync(outDir, { recursive: true });
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/astro.js'), 'build'], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...env,
      CONTENT_DIR: contentDir,
      OUT_DIR: outDir,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}`, outDir };
}

/** Runs `npm run check`'s script on a content tree. */
export function checkTree(
  contentDir: string,
  env: NodeJS.ProcessEnv = {},
): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/check.ts')], {
    cwd: ROOT,
    env: { ...process.env, ...env, CONTENT_DIR: contentDir },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
