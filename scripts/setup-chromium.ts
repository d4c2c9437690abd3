/**
 * Headless Chromium for the HTML report's browser tests: Debian's chromium and
 * chromium-driver packages (a test tool's own browser download cannot work here). Installs
 * them when they are missing and this runs as root; otherwise says what to install. Run by
 * `npm test` (pretest) and CI.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const HINT = 'apt-get install -y --no-install-recommends chromium chromium-driver';

if (existsSync(CHROMIUM)) process.exit(0);
if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
  console.error(`Chromium is missing (${CHROMIUM}); the browser tests need Debian's packages: ${HINT} (as root), or set CHROMIUM_PATH.`);
  process.exit(0); // The browser tests then fail with the same message; the other tests still run.
}
console.log(`Installing Chromium from Debian's packages (${HINT}) ...`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium', 'chromium-driver']]) {
  const run = spawnSync('apt-get', args, { stdio: 'inherit', env });
  if (run.status !== 0) {
    console.error(`apt-get ${args.join(' ')} failed (exit ${run.status}); the browser tests will fail until Chromium is installed.`);
    process.exit(1);
  }
}
