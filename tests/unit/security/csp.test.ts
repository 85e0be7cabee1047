import { describe, expect, it } from 'vitest';
import { headersFile, metaPolicy } from '../../../src/lib/security/csp.ts';

describe('the Content-Security-Policy', () => {
  it('allows only the site itself and never inline code or styles', () => {
    expect(metaPolicy()).toContain("default-src 'self'");
    expect(metaPolicy()).toContain("script-src 'self'");
    expect(metaPolicy()).not.toContain('unsafe-inline');
  });

  it('leaves header-only directives out of the meta tag but puts them in _headers', () => {
    expect(metaPolicy()).not.toContain('frame-ancestors');
    expect(headersFile()).toContain("frame-ancestors 'none'");
    expect(headersFile()).toMatch(/^\/\*\n {2}Content-Security-Policy: /);
  });

  it('lets astro dev load its injected styles, but only in development', () => {
    expect(metaPolicy(true)).toContain("style-src 'self' 'unsafe-inline'");
    expect(metaPolicy(false)).not.toContain('unsafe-inline');
  });
});
