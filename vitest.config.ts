import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          // Some unit tests spawn the CLI or a generator; the machines are shared and slow at times.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          // One emulator serves every test; it is reset between tests, so files run one at a time.
          globalSetup: ['test/support/emulator-global-setup.ts'],
          setupFiles: ['test/support/emulator-reset.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          // The HTML report in Debian's headless Chromium (/usr/bin/chromium), driven by playwright-core.
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
