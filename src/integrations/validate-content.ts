import type { AstroIntegration } from 'astro';
import { checkContentTree } from '../lib/content/check-tree.ts';
import type { ContentTree } from '../lib/content/tree.ts';

/**
 * Runs the content validator before Astro reads a single file, in `astro build` and
 * `astro dev` alike. Astro's own content errors show raw zod output and `:0:0` locations;
 * ours name file, field and rule for every problem, so they must come first. On a bad tree
 * it prints the report and exits 1: an exception here would bury the report under a stack trace.
 * A valid tree is handed to `onValid`, so build-time jobs need not read it again.
 */
export function validateContent(
  contentDir: string,
  onValid: (tree: ContentTree) => void = () => {},
): AstroIntegration {
  return {
    name: 'metodika:validate-content',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const outcome = checkContentTree(contentDir);
        if (outcome.ok && outcome.result) {
          logger.info(outcome.message);
          onValid(outcome.result.tree);
          return;
        }
        process.stderr.write(`\n${outcome.message}\n`);
        process.exit(1);
      },
    },
  };
}
