/**
 * The site's Content-Security-Policy and companion headers, in one place for the <meta> tag
 * and the `_headers` file. Nothing is inlined, so no 'unsafe-inline' is needed anywhere.
 */
const POLICY: Record<string, string> = {
  'default-src': "'self'",
  // Pagefind's search runs as WebAssembly: 'wasm-unsafe-eval' allows compiling it, not eval().
  'script-src': "'self' 'wasm-unsafe-eval'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
};

/**
 * What `astro dev` adds to the policy: Vite injects the page's styles as <style> elements and
 * talks to its client over a WebSocket. Never part of a build: the built site keeps POLICY.
 */
const DEVELOPMENT: Record<string, string> = {
  'script-src': `${POLICY['script-src']} 'unsafe-inline'`,
  'style-src': `${POLICY['style-src']} 'unsafe-inline'`,
  'connect-src': `${POLICY['connect-src']} ws: wss:`,
};

/** Directives a browser ignores in a <meta> tag; they go in the HTTP header only. */
const HEADER_ONLY: Record<string, string> = { 'frame-ancestors': "'none'" };

const serialize = (policy: Record<string, string>) =>
  Object.entries(policy)
    .map(([directive, value]) => `${directive} ${value}`)
    .join('; ');

/** The policy for `<meta http-equiv="Content-Security-Policy">`; `development` only in `astro dev`. */
export function metaPolicy(development = false): string {
  return serialize(development ? { ...POLICY, ...DEVELOPMENT } : POLICY);
}

/** The `_headers` file for static hosts (Netlify, Cloudflare Pages and compatible servers). */
export function headersFile(): string {
  const headers = {
    'Content-Security-Policy': serialize({ ...POLICY, ...HEADER_ONLY }),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
    'X-Frame-Options': 'DENY',
  };
  return `/*\n${Object.entries(headers)
    .map(([name, value]) => `  ${name}: ${value}`)
    .join('\n')}\n`;
}
