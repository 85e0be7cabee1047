#!/usr/bin/env node
/**
 * The registry this project installs from serves only the Linux builds of packages with
 * per-platform binaries (rollup, esbuild, sharp, pagefind…). `npm install` then leaves the other
 * platforms' optional packages out of package-lock.json, and `npm ci` refuses that lock as "out
 * of sync". This adds a stub for each missing optional package, marked for a platform no machine
 * reports, so `npm ci` accepts the lock and skips them — exactly as it skips any other platform's
 * binary. Run it after `npm install` changes the lock: `node scripts/complete-lockfile.mjs`.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages;
let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    // npm resolves a dependency next to its dependent first, then at the top level.
    const nested = `${path ? `${path}/` : ''}node_modules/${name}`;
    if (packages[nested] || packages[`node_modules/${name}`]) continue;
    packages[`node_modules/${name}`] = { version, optional: true, os: ['unsupported-platform'] };
    added += 1;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: ${added} optional packages for other platforms recorded as stubs.`);
