import { defineConfig } from '@playwright/test';
import type { Options } from './test/e2e/fixtures';

// One worker: each test launches its own Chromium with the extension, and the machine has 2 cores.
export default defineConfig<Options>({
  testDir: './test/e2e',
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: process.env.CI ? [['list'], ['json', { outputFile: '.ci-out/playwright.json' }]] : 'list',
  use: { trace: 'retain-on-failure' },
  projects: [
    { name: 'chromium' },
    // Where Ayrshare's docs disagree or are silent, the client must work with the pessimistic
    // reading too (test/sandbox/README.md): the fault tests run again against it.
    {
      name: 'pessimistic',
      testMatch: ['reliability-outbox.spec.ts', 'ayrshare-docs.spec.ts', 'queue.spec.ts', 'media-library.spec.ts', 'reach.spec.ts'],
      grep: /lose their worker|do not come|as the docs show|either reading/,
      use: { pessimistic: true },
    },
  ],
});
