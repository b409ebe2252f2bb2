import { test as base, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { startSandbox, type Sandbox, type SandboxSeed } from '../sandbox/server';
import { launchWithExtension } from './chromium';
import { Composer, OptionsPage } from './pages';

export const E2E_KEY = 'e2e-api-key-0001';
export const E2E_X = { xApiKey: 'e2e-x-consumer-key', xApiSecret: 'e2e-x-consumer-secret' };

/** A primary profile with a handful of networks; tests that need others reseed the sandbox. */
export function e2eSeed(overrides: Partial<SandboxSeed['primary']> = {}, pessimistic = false): SandboxSeed {
  return {
    apiKeys: [E2E_KEY],
    primary: { title: 'E2E Primary', linked: ['bluesky', 'facebook', 'linkedin', 'twitter', 'threads', 'instagram'], ...overrides },
    ...(pessimistic && { pessimistic: true }),
  };
}

export interface Options {
  /**
   * The sandbox's pessimistic readings (test/sandbox/README.md), for the Playwright project
   * "pessimistic", which runs the fault tests again with them.
   */
  pessimistic: boolean;
}

interface Fixtures {
  /** The browser's time zone (test.use({ timeZone })); the machine's when unset. */
  timeZone: string | undefined;
  /**
   * The browser's language, "de", "es" or "fr" (test.use({ language: 'de' })): Sharebeam's
   * messages, plural rules, dates and numbers all follow it (see launchWithExtension). English
   * when unset. Playwright's own `locale` option would not do: it emulates tabs only, and the
   * extension's pages and catalogue follow the browser's UI language. The page objects and the
   * `configured` fixture name controls in English: a test in another language names them in its
   * own words (test/e2e/languages.spec.ts).
   */
  language: string | undefined;
  /** Leaves the first-run guide the extension opens on install (see launchWithExtension). */
  keepInstallTab: boolean;
  sandbox: Sandbox;
  context: BrowserContext;
  sw: Worker;
  extensionId: string;
  /** Opens the options page, points the extension at the sandbox and saves. */
  configured: OptionsPage;
  /** Opens the composer with a prefill, after the options are configured. */
  openComposer(prefill?: Parameters<typeof Composer.open>[2]): Promise<Composer>;
  /** A web page served at an https address, for sharing from. */
  webPage(html: { url: string; title: string; body: string }): Promise<Page>;
}

export const test = base.extend<Fixtures & Options>({
  pessimistic: [false, { option: true }],
  sandbox: async ({ pessimistic }, use) => {
    const sandbox = await startSandbox({ port: 0, seed: e2eSeed({}, pessimistic) });
    await use(sandbox);
    await sandbox.close();
  },
  timeZone: [undefined, { option: true }],
  language: [undefined, { option: true }],
  keepInstallTab: [false, { option: true }],
  context: async ({ timeZone, language, keepInstallTab }, use) => {
    const context = await launchWithExtension({ timeZone, language, keepInstallTab });
    await use(context);
    await context.close();
  },
  sw: async ({ context }, use) => {
    const [sw] = context.serviceWorkers();
    await use(sw ?? (await context.waitForEvent('serviceworker')));
  },
  extensionId: async ({ sw }, use) => {
    await use(new URL(sw.url()).host);
  },
  configured: async ({ context, extensionId, sandbox }, use) => {
    const options = await OptionsPage.open(context, extensionId);
    await options.configure({ baseUrl: sandbox.baseUrl, apiKey: E2E_KEY, ...E2E_X });
    await use(options);
  },
  openComposer: async ({ context, extensionId, configured }, use) => {
    void configured;
    await use((prefill = {}) => Composer.open(context, extensionId, prefill));
  },
  webPage: async ({ context }, use) => {
    await use(async ({ url, title, body }) => {
      // The page is served by the test, at the https address a real article would have.
      await context.route(url, (route) =>
        route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>${title}</title><body>${body}</body>` }),
      );
      const page = await context.newPage();
      await page.goto(url);
      return page;
    });
  },
});

export { expect };
