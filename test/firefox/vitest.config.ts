import path from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * The Firefox end-to-end suite (npm run test:firefox): each test starts its own headless Firefox
 * with the built add-on, one test at a time, as the Playwright suite does for Chromium.
 */
export default defineConfig({
  root: path.resolve(import.meta.dirname, '../..'),
  test: {
    include: ['test/firefox/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 90_000,
    hookTimeout: 60_000,
    // Bounded waits for what the pages show, long enough for a loaded two-core machine.
    expect: { poll: { timeout: 15_000, interval: 50 } },
    // .ci/run adds this suite's counts to the summary line.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: '.ci-out/firefox.json' },
  },
});
