/**
 * `npm test`'s first step (npm runs it as `pretest`): the browser, PDF and W3C tests need
 * Chromium, poppler and a Java runtime. Where one is missing it is installed with apt-get when
 * that can run (root or passwordless sudo on Debian or Ubuntu); otherwise the tests do not start,
 * and one line names the command that installs what is missing. `.ci/run` relies on this too.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath, hasChromium } from '../src/lib/pdf/chromium.ts';

/** The Debian packages, the same line everywhere: no recommended extras, fonts for Chromium. */
const PACKAGES = ['chromium', 'fonts-dejavu-core', 'poppler-utils', 'default-jre-headless'];

/** A command on the PATH. */
const installed = (command: string) =>
  spawnSync('/bin/sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

/** What is missing, by the package that brings it. */
function missing(): string[] {
  const lacking = new Set<string>();
  if (!hasChromium()) lacking.add('chromium');
  for (const tool of ['pdfinfo', 'pdftotext', 'pdffonts', 'pdftoppm'])
    if (!installed(tool)) lacking.add('poppler-utils');
  if (!installed('java')) lacking.add('default-jre-headless');
  return [...lacking];
}

/** How apt-get can run here: directly as root, through passwordless sudo, or not at all. */
function aptRunner(): string[] | undefined {
  if (!existsSync('/etc/debian_version') || !installed('apt-get')) return undefined;
  if (process.getuid?.() === 0) return [];
  if (installed('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0)
    return ['sudo', '-n'];
  return undefined;
}

function apt(prefix: string[], args: string[]): boolean {
  const [command = 'apt-get', ...rest] = [...prefix, 'apt-get', ...args];
  const run = spawnSync(command, rest, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return run.status === 0;
}

const named = process.env['CHROMIUM'] ?? process.env['CHROMIUM_PATH'];
if (named !== undefined && !hasChromium()) {
  console.error(
    `CHROMIUM is ${named}, which does not exist: point it at a Chromium binary or unset it.`,
  );
  process.exit(1);
}
const lacking = missing();
if (lacking.length > 0) {
  const runner = aptRunner();
  const command = `sudo apt-get install -y --no-install-recommends ${PACKAGES.join(' ')}`;
  if (!runner) {
    console.error(
      `npm test needs ${lacking.join(', ')} (Chromium at ${chromiumPath()}, poppler, Java): run ${command}, or set CHROMIUM to a Chromium binary.`,
    );
    process.exit(1);
  }
  console.error(`Installing ${PACKAGES.join(' ')} for the browser, PDF and W3C tests …`);
  const done =
    apt(runner, ['update', '-qq']) &&
    apt(runner, ['install', '-y', '-qq', '--no-install-recommends', ...PACKAGES]);
  const still = missing();
  if (!done || still.length > 0) {
    console.error(`Could not install ${still.join(', ') || PACKAGES.join(' ')}: run ${command}.`);
    process.exit(1);
  }
}
