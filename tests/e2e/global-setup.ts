import { resolve } from 'node:path';
import { buildTree } from '../helpers/build.ts';

/** Where the browser tests find the default site, built once for all of them. */
export const DEFAULT_SITE = resolve(import.meta.dirname, '../.tmp/dist/default-site');

/** Builds the default content with its PDFs, as a user would with npm run build. */
export default async function setup(): Promise<void> {
  const build = await buildTree(resolve(import.meta.dirname, '../../content'), 'default-site', {
    PDFS: 'on',
  });
  if (build.status !== 0) throw new Error(`the default site does not build:\n${build.output}`);
  if (!/PDFs: \d+ printed/.test(build.output))
    throw new Error(`the default site was built without its PDFs:\n${build.output}`);
}
