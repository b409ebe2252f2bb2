import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  // WxtVitest aliases wxt/browser to an in-memory fake browser and applies wxt.config's Vite setup.
  plugins: [WxtVitest()],
  test: {
    environment: 'node',
    include: ['test/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['test/unit/setup.ts'],
    restoreMocks: true,
    // CI sums vitest's and Playwright's counts into one line (see .ci/run).
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: '.ci-out/vitest.json' },
  },
});
