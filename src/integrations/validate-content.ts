import type { AstroIntegration } from 'astro';
import { checkContentTree } from '../lib/content/check-tree.ts';

/**
 * Runs the content validator before Astro reads a single file, in `astro build` and
 * `astro dev` alike. Astro's own content errors show raw zod output and `:0:0` locations;
 * ours name file, field and rule for every problem, so they must come first. On a bad tree
 * it prints the report and exits 1: an exception here would bury the report under a stack trace.
 */
export function validateContent(contentDir: string): AstroIntegration {
  return {
    name: 'metodika:validate-content',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const outcome = checkContentTree(contentDir);
        if (outcome.ok) {
          logger.info(outcome.message);
          return;
        }
        process.stderr.write(`\n${outcome.message}\n`);
        process.exit(1);
      },
    },
  };
}
