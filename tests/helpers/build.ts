import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { TMP } from './fixtures.ts';
import { runCommand } from './run.ts';

const ROOT = resolve(import.meta.dirname, '../..');

export interface BuildOutcome {
  status: number | null;
  output: string;
  outDir: string;
}

/** Runs the real `astro build` on a content tree, into its own output folder. */
export async function buildTree(
  contentDir: string,
  name: string,
  env: NodeJS.ProcessEnv = {},
): Promise<BuildOutcome> {
  const outDir = join(TMP, 'dist', name);
  mkdirSync(outDir, { recursive: true });
  const { status, output } = await runAstroBuild(contentDir, outDir, env);
  return { status, output, outDir };
}

/**
 * Runs the real `astro build` on a content tree into the given folder, wherever it is. PDFs are
 * not printed unless `env` asks (`PDFS: 'on'`): fixture builds stay as fast as before.
 */
export function runAstroBuild(contentDir: string, outDir: string, env: NodeJS.ProcessEnv = {}) {
  return runCommand(process.execPath, [join(ROOT, 'node_modules/astro/astro.js'), 'build'], {
    cwd: ROOT,
    env: {
      PDFS: 'off',
      ...env,
      CONTENT_DIR: contentDir,
      OUT_DIR: outDir,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
}

/** Runs `npm run check`'s script on a content tree. */
export function checkTree(
  contentDir: string,
  env: NodeJS.ProcessEnv = {},
): Promise<{ status: number | null; output: string }> {
  return runCommand(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/check.ts')], {
    cwd: ROOT,
    env: { ...env, CONTENT_DIR: contentDir },
  });
}
