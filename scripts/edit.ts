/**
 * `npm run edit`: the content editor in the browser for the tree at CONTENT_DIR (./content by
 * default). Starts the site's preview, Decap CMS's local backend and the editor's page, all on
 * loopback, and prints their addresses; Ctrl+C stops them.
 */
import { contentRoot } from '../src/lib/content/check-tree.ts';
import { startEditor } from './lib/editor.ts';

const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const editor = await startEditor({
  contentDir: contentRoot(),
  adminPort: port('EDIT_PORT', 4322),
  backendPort: port('EDIT_BACKEND_PORT', 8081),
  devPort: port('EDIT_PREVIEW_PORT', 4321),
});
console.log(
  `\n  Content editor:  ${editor.admin}/\n  Site preview:    ${editor.preview}/\n\n  Press Ctrl+C to stop.\n`,
);
const stop = () => void editor.stop().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
