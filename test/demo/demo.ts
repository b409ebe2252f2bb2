import path from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { build } from 'wxt';
import { launchWithExtension } from '../e2e/chromium';
import { DEFAULT_SEED, startSandbox, type Sandbox } from '../sandbox/server';

const root = path.resolve(import.meta.dirname, '../..');

export interface Demo {
  sandbox: Sandbox;
  context: BrowserContext;
  stop(): Promise<void>;
}

/**
 * What `npm start` runs: the sandbox, a development build of the extension that already points
 * at it (no account, no key to type), and Chromium with that build loaded on a page to share.
 */
export async function startDemo(options: { port: number; headless: boolean; profileDir?: string; buildDir?: string }): Promise<Demo> {
  const sandbox = await startSandbox({ port: options.port, seed: DEFAULT_SEED }).catch(() =>
    startSandbox({ port: 0, seed: DEFAULT_SEED }),
  );
  // Read by utils/storage/defaults.ts, and only in a development build.
  process.env.WXT_SANDBOX_URL = sandbox.baseUrl;
  process.env.WXT_SANDBOX_KEY = DEFAULT_SEED.apiKeys[0];
  const buildDir = options.buildDir ?? 'chrome-mv3-dev';
  await build({ root, mode: 'development', browser: 'chrome', outDirTemplate: buildDir, logger: quietLogger() });

  const context = await launchWithExtension({
    headless: options.headless,
    extensionDir: path.join(root, '.output', buildDir),
    userDataDir: options.profileDir ?? '',
    // The build saves the sandbox's key, so the first-run guide has nothing to show.
    withKey: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${sandbox.origin}/demo`);
  return {
    sandbox,
    context,
    async stop() {
      await context.close().catch(() => undefined);
      await sandbox.close();
    },
  };
}

function quietLogger() {
  const quiet = () => undefined;
  return { debug: quiet, log: quiet, info: quiet, warn: console.warn, error: console.error, fatal: console.error, success: quiet, level: 0 };
}
