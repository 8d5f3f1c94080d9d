import { defineConfig } from 'vitest/config';

/**
 * Browser tests: Debian's Chromium (driven by playwright-core) against the built
 * site in dist/, served on a free localhost port by tests/e2e/global-setup.ts.
 * Run `npm run build` first; `npm run test:e2e` runs these.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Each test file runs its own Chromium; two at a time is plenty.
    maxWorkers: 2,
  },
});
