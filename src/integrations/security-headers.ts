import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/security/csp.ts';

/** Writes `_headers` (CSP and companions) next to the built site, for static hosts that read it. */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'metodika:security-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        writeFileSync(fileURLToPath(new URL('_headers', dir)), headersFile());
      },
    },
  };
}
