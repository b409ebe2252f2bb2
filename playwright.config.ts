import { defineConfig } from '@playwright/test';

// One worker: each test launches its own Chromium with the extension, and the machine has 2 cores.
export default defineConfig({
  testDir: './test/e2e',
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: process.env.CI ? [['list'], ['json', { outputFile: '.ci-out/playwright.json' }]] : 'list',
  use: { trace: 'retain-on-failure' },
});
