/** The link targets content may have: web, e-mail and phone addresses, and addresses on this site. */
export const SAFE_PROTOCOLS = ['http', 'https', 'mailto', 'tel'] as const;

/**
 * True when a link or image address is safe to publish: one of SAFE_PROTOCOLS, or relative
 * (`/criteria/1/`, `#part`, `../x`). Browsers ignore tabs, line breaks and leading control
 * characters in addresses (`jav&#x09;ascript:`), so the check does too.
 */
export function isSafeUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\u0000-\u0020\u007F]/g, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(cleaned)?.[1];
  if (scheme === undefined) return true;
  return (SAFE_PROTOCOLS as readonly string[]).includes(scheme);
}
