import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where Chromium is: CHROMIUM (or CHROMIUM_PATH), else Debian's /usr/bin/chromium. Never a downloaded browser. */
export function chromiumPath(): string {
  return process.env['CHROMIUM'] ?? process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
}

/** True when Chromium is installed where chromiumPath() says. */
export function hasChromium(): boolean {
  return existsSync(chromiumPath());
}

/** Debian's Chromium, headless, with nothing that would call home on a closed network. */
export function launchBrowser(): Promise<Browser> {
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
    ],
  });
}
