/**
 * `npm run check`: validates the content tree at CONTENT_DIR (default ./content) without
 * building, and exits 1 with every problem listed when the tree breaks the contract.
 */
import { checkContentTree, contentRoot } from '../src/lib/content/check-tree.ts';

const outcome = checkContentTree(contentRoot());
if (outcome.warning) console.warn(outcome.warning);
if (outcome.ok) {
  console.log(outcome.message);
} else {
  console.error(outcome.message);
  process.exitCode = 1;
}
