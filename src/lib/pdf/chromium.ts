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
 * The environment Chromium runs in: the given one, in a UTF-8 locale. A fresh container sets no
 * LANG, and in the POSIX locale Chromium cannot write a file name such as "…-Jānis.json", so it
 * saves a download as "download" (readers' desktops always have a UTF-8 locale).
 */
export function browserEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const locale = env['LC_ALL'] || env['LC_CTYPE'] || env['LANG'] || '';
  return /utf-?8/i.test(locale) ? env : { ...env, LC_ALL: 'C.UTF-8' };
}

/**
 * Debian's Chromium, headless, with nothing that would call home on a closed network; `args` are
 * added to its command line (Lighthouse asks for a DevTools port).
 */
export function launchBrowser(args: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    env: browserEnv(),
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
