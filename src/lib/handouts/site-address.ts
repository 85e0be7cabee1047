/** The address the default content ships with: a placeholder, never the real site. */
export const PLACEHOLDER_URL = 'https://metodika.example.lv';

/**
 * The warning for a build whose handouts would print QR codes and addresses that lead nowhere:
 * site.json has no `url`, or still the placeholder. Undefined when the address looks real.
 */
export function siteAddressWarning(url: string | undefined): string | undefined {
  const problem = !url
    ? 'site.json has no "url"'
    : hostOf(url) === hostOf(PLACEHOLDER_URL)
      ? `site.json "url" is still the placeholder ${PLACEHOLDER_URL}`
      : undefined;
  if (!problem) return undefined;
  return (
    `${problem}: the QR codes and addresses printed on handouts point to ${PLACEHOLDER_URL}, ` +
    'which is not your site. Set "url" in site.json to the public address (see docs/authoring.md).'
  );
}

/** The host of an address; the validator reports an address that is not one. */
function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
}
