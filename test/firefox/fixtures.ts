import { test as base } from 'vitest';
import { startSandbox, type Sandbox, type SandboxSeed } from '../sandbox/server';
import { launchFirefox, type FirefoxWithExtension } from './firefox';
import { OptionsPage } from './pages';

export const FIREFOX_KEY = 'firefox-api-key-0001';

export const seed: SandboxSeed = {
  apiKeys: [FIREFOX_KEY],
  primary: { title: 'Firefox Primary', linked: ['bluesky', 'facebook', 'linkedin'] },
};

interface Fixtures {
  /** Firefox prefs a test adds to the browser it starts (test.override). */
  firefoxPrefs: Record<string, unknown>;
  sandbox: Sandbox;
  firefox: FirefoxWithExtension;
  /** The options page, after the extension was pointed at the sandbox with a key. */
  configured: OptionsPage;
}

/** Each test gets its own sandbox on a free port and its own Firefox, both stopped afterwards. */
export const test = base.extend<Fixtures>({
  firefoxPrefs: {},
  sandbox: async ({}, use) => {
    const sandbox = await startSandbox({ port: 0, seed });
    await use(sandbox);
    await sandbox.close();
  },
  firefox: async ({ firefoxPrefs }, use) => {
    const firefox = await launchFirefox(firefoxPrefs);
    await use(firefox);
    await firefox.close();
  },
  configured: async ({ firefox, sandbox }, use) => {
    const options = await OptionsPage.open(firefox);
    await options.configure({ baseUrl: sandbox.baseUrl, apiKey: FIREFOX_KEY });
    await use(options);
  },
});

export { expect } from 'vitest';
