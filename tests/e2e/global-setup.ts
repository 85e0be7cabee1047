import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { buildTree } from '../helpers/build.ts';

/** Where the browser tests find the default site, built once for all of them. */
export const DEFAULT_SITE = resolve(import.meta.dirname, '../.tmp/dist/default-site');

/** Builds the default content and prints its handouts to PDF, as a user would with npm run build && npm run pdf. */
export default async function setup(): Promise<void> {
  const build = await buildTree(resolve(import.meta.dirname, '../../content'), 'default-site');
  if (build.status !== 0) throw new Error(`the default site does not build:\n${build.output}`);
  const pdf = spawnSync(
    process.execPath,
    ['--import', 'tsx', resolve(import.meta.dirname, '../../scripts/pdf.ts')],
    {
      env: { ...process.env, OUT_DIR: DEFAULT_SITE },
      encoding: 'utf8',
    },
  );
  if (pdf.status !== 0) throw new Error(`npm run pdf failed:\n${pdf.stdout}${pdf.stderr}`);
}
