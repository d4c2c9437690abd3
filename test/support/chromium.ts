/**
 * Debian's headless Chromium driven by playwright-core, for the report's browser tests.
 * The flags keep it from reaching the network at start (it would stall on a machine
 * without one); each browser gets a fresh profile. Without /usr/bin/chromium the tests
 * fail and say what to install: they never skip.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchChromium(): Promise<BrowserContext> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing: ${CHROMIUM} does not exist. Install Debian's packages: apt-get install -y --no-install-recommends chromium chromium-driver (or set CHROMIUM_PATH).`,
    );
  }
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'cp-chromium-')), {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 1000 },
  });
}
