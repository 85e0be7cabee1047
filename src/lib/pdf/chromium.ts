import { existsSync, statSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where distributions install Chromium or Chrome; Debian's comes first. */
const INSTALLED = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
];

/**
 * Where Chromium is: CHROMIUM (or CHROMIUM_PATH), else the first installed one of INSTALLED
 * (Debian's /usr/bin/chromium when there is none). Never a downloaded browser.
 */
export function chromiumPath(): string {
  const named = process.env['CHROMIUM'] ?? process.env['CHROMIUM_PATH'];
  if (named !== undefined) return named;
  return INSTALLED.find((path) => existsSync(path)) ?? '/usr/bin/chromium';
}

/** Which Chromium build this is, without starting it: its path and when it was installed. */
export function chromiumIdentity(): string {
  const path = chromiumPath();
  return `${path}@${existsSync(path) ? statSync(path).mtimeMs : 0}`;
}

/** True when Chromium is installed where chromiumPath() says. */
export function hasChromium(): boolean {
  return existsSync(chromiumPath());
}

/**
 * Debian's Chromium, headless, with nothing that would call home on a closed network; `args` are
 * added to its command line (Lighthouse asks for a DevTools port).
 */
export function launchBrowser(args: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
      ...args,
    ],
  });
}
