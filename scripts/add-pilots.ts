/**
 * `npm run add-pilots -- P77.json …`: adds ministry files from the self-assessment tool to the
 * tree at CONTENT_DIR (./content), only when the tree with them passes `npm run check`.
 */
import { contentRoot } from '../src/lib/content/check-tree.ts';
import { addPilotFiles } from './lib/add-pilots.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('Name the ministry files to add: npm run add-pilots -- P77.json');
  process.exit(1);
}
const outcome = addPilotFiles(contentRoot(), files);
if (outcome.ok) console.log(outcome.message);
else {
  console.error(outcome.message);
  process.exitCode = 1;
}
