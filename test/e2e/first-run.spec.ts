import type { Page } from '@playwright/test';
import { E2E_KEY, expect, test } from './fixtures';
import { installTab } from './chromium';
import { messagesIn } from './locale';
import { Composer, OptionsPage } from './pages';

const ARTICLE = { url: 'https://news.example/2026/first-light', title: 'First light' };
const LANGUAGES = ['en', 'de', 'es', 'fr'];

// A new user of each language, from the install on: the browser's language is the only setting,
// and every control is found by its name in that language's messages.
for (const lang of LANGUAGES) {
  test.describe(`first run in ${lang}`, () => {
    test.use({ language: lang, keepInstallTab: true });
    const m = messagesIn(lang);

    test('the guide opens on install and leads to a first post on the sandbox, then stays away', async ({ context, extensionId, sw, sandbox }) => {
      test.setTimeout(60_000);
      const options = await installTab(context);
      // The browser's language, and the one the extension's messages are read in.
      const language = () => [chrome.i18n.getUILanguage(), chrome.i18n.getMessage('@@ui_locale')];
      const inLang = expect.stringMatching(new RegExp(`^${lang}([-_]|$)`));
      for (const said of [await sw.evaluate(language), await options.evaluate(language)]) expect(said).toEqual([inLang, inLang]);
      const guide = options.getByRole('region', { name: m('guideTitle') });
      await expect(guide).toBeVisible();
      const steps = ['guideStepKey', 'guideStepPaste', 'guideStepTest', 'guideStepPin', 'guideStepShare'].map((key) => m(key));
      await expect(guide.getByRole('listitem')).toHaveText(steps.map((title) => new RegExp(`^${escape(title)}`)));
      const step = (index: number) => guide.getByRole('listitem', { name: steps[index], exact: true });
      await expect(guide.getByRole('link', { name: m('guideStepKeyLink') })).toHaveAttribute('href', 'https://app.ayrshare.com/api-key');
      await expect(step(3)).toContainText(m('guideStepPinChrome'));
      await expect(step(4)).toContainText(m('menuSharePage'));
      for (const index of [0, 1, 2]) await expect(step(index)).not.toContainText(m('guideStepDone'));

      // The composer, before any key: the same path in one line, and the way to Options.
      const early = await Composer.open(context, extensionId, ARTICLE);
      await expect(early.page.getByText(m('composerSetupLine'))).toBeVisible();
      await expect(early.page.getByRole('button', { name: m('composerSetupButton'), exact: true })).toBeVisible();
      await expect(early.page.getByRole('button', { name: m('postButton'), exact: true })).toHaveCount(0);
      await early.page.close();

      // Paste the key where the guide points, at the sandbox's address, and save.
      await options.getByLabel(m('baseUrlLabel'), { exact: true }).fill(sandbox.baseUrl);
      await guide.getByRole('button', { name: m('guideStepPasteGo') }).click();
      await expect(options.getByLabel(m('apiKeyLabel'), { exact: true })).toBeFocused();
      await options.keyboard.insertText(E2E_KEY);
      await options.getByRole('button', { name: m('save'), exact: true }).click();
      const status = options.getByRole('region', { name: m('optionsAyrshareSection') }).getByRole('status');
      await expect(status).toContainText(m('settingsSaved'));
      for (const index of [0, 1]) await expect(step(index)).toContainText(m('guideStepDone'));
      await expect(step(2)).not.toContainText(m('guideStepDone'));

      await options.getByRole('button', { name: m('testConnection'), exact: true }).click();
      const linked = status.getByRole('list', { name: m('linkedNetworksLabel') });
      await expect(linked).toContainText(m('network_bluesky'));
      await expect(linked).toContainText(m('network_linkedin'));
      await expect(step(2)).toContainText(m('guideStepDone'));
      await expect(guide.getByRole('button', { name: m('guideClose'), exact: true })).toBeVisible();

      // The first post.
      const composer = await Composer.open(context, extensionId, ARTICLE);
      await composer.page.getByLabel(m('postTextLabel'), { exact: true }).fill(`My first post ${lang}`);
      await composer.page.getByRole('checkbox', { name: m('network_bluesky'), exact: true }).check();
      await composer.page.getByRole('checkbox', { name: m('network_linkedin'), exact: true }).check();
      await composer.page.getByRole('button', { name: m('postButton'), exact: true }).click();
      const results = composer.page.getByRole('region', { name: m('resultsLabel') });
      await expect(results.getByRole('link', { name: m('resultViewPost', m('network_bluesky')) })).toBeVisible();
      await expect(results.getByRole('link', { name: m('resultViewPost', m('network_linkedin')) })).toBeVisible();
      expect(sandbox.posts()).toEqual([expect.objectContaining({ post: `My first post ${lang}`, platforms: ['bluesky', 'linkedin'] })]);

      // Options opened by hand later: straight to the settings.
      await settledAfterReload(options, m);
      await expect(options.getByRole('region', { name: m('guideTitle') })).toHaveCount(0);
    });

    test('the guide can be skipped, and Options opens without it after that', async ({ context }) => {
      const options = await installTab(context);
      const guide = options.getByRole('region', { name: m('guideTitle') });
      await guide.getByRole('button', { name: m('guideSkip'), exact: true }).click();
      await expect(guide).toHaveCount(0);
      await expect(options.getByRole('heading', { level: 1 })).toBeFocused();

      await settledAfterReload(options, m);
      await expect(options.getByRole('region', { name: m('guideTitle') })).toHaveCount(0);
    });
  });
}

test('a saved key that worked in the composer ends the guide too', async ({ openComposer, context, extensionId, sw }) => {
  const composer = await openComposer(ARTICLE);
  await expect(composer.network('Bluesky')).toBeVisible();
  // The composer keeps what GET /user said of the primary profile: the key worked.
  await expect.poll(() => sw.evaluate(async () => ((await chrome.storage.local.get('account')).account as unknown[] | undefined)?.length)).toBe(1);

  const options = await OptionsPage.open(context, extensionId);
  await expect(options.page.getByRole('region', { name: 'Profiles' })).toBeVisible();
  await expect(options.page.getByRole('region', { name: 'Get started with Sharebeam' })).toHaveCount(0);
});

/** Reloads Options and waits until it has read the settings (the profiles appear with them, and the guide would). */
async function settledAfterReload(options: Page, m: (key: string) => string): Promise<void> {
  await options.reload();
  await expect(options.getByRole('region', { name: m('profilesSection') })).toBeVisible();
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
