import type { AstroIntegration } from 'astro';
import { siteAddressWarning } from '../lib/handouts/site-address.ts';

/**
 * Warns, without failing, when a build prints handouts whose QR codes and addresses would lead
 * to the placeholder address instead of the real site: site.json's `url` is missing or unchanged.
 */
export function siteAddress(url: string | undefined): AstroIntegration {
  return {
    name: 'metodika:site-address',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const warning = siteAddressWarning(url);
        if (warning) logger.warn(warning);
      },
    },
  };
}
