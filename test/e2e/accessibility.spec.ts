import type { Locator, Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { e2eSeed, expect, test } from './fixtures';
import { Composer, HistoryPage, OptionsPage } from './pages';

/**
 * Issue 14: every view a person meets passes axe-core's WCAG 2.1 AA and best-practice rules in the
 * light and the dark theme, focus is visible, results and errors are announced, and the composer
 * works by keyboard alone.
 */

const PAGE = { url: 'https://news.example/lighthouse', title: 'The lighthouse keeper' };

test('the composer without a key, and the options page before anything is saved', async ({ context, extensionId }) => {
  const composer = await Composer.open(context, extensionId, PAGE);
  // What the composer says in place of the networks (loaded after the first paint).
  await expect(composer.page.getByRole('main').getByText(/API key/).first()).toBeVisible();
  await expectNoAxeViolations(composer.page, 'the composer without a key');

  const options = await OptionsPage.open(context, extensionId);
  await expect(options.baseUrl).not.toHaveValue('');
  await expectNoAxeViolations(options.page, 'the options page before anything is saved');
});

test('a refused key, in Options and in the composer', async ({ context, extensionId, sandbox }) => {
  const options = await OptionsPage.open(context, extensionId);
  await options.baseUrl.fill(sandbox.baseUrl);
  await options.apiKey.fill('not-the-key');
  await options.save();
  await options.testConnection();
  await expect(options.status).toContainText('Ayrshare did not accept the API key (HTTP 401)');
  await expectNoAxeViolations(options.page, 'the options page with a refused key');

  const composer = await Composer.open(context, extensionId, PAGE);
  await expect(composer.alert).toContainText('Ayrshare did not accept the API key (HTTP 401). Check the key in Options.');
  await expectNoAxeViolations(composer.page, 'the composer with a refused key');
});

test('the composer empty, filled, after a result, with a refusal and with a validation error', async ({ openComposer, sandbox }) => {
  sandbox.reset(e2eSeed({ rejects: { facebook: { code: 161, message: 'Facebook authorization expired. Please relink Facebook.' } } }));
  const composer = await openComposer();
  await expect(composer.network('Bluesky')).toBeVisible();
  await expectNoAxeViolations(composer.page, 'the empty composer');

  await composer.text.fill('The lamp is lit at dusk');
  await composer.network('Bluesky').check();
  await composer.network('Facebook').check();
  await expectNoAxeViolations(composer.page, 'the filled composer');

  await composer.postButton.click();
  await expect(composer.postLink('Bluesky')).toBeVisible();
  await expect(composer.resultFor('Facebook')).toContainText('Not posted: Facebook authorization expired.');
  await expectNoAxeViolations(composer.page, 'the result with one refusal');

  await composer.results.getByRole('button', { name: 'New post', exact: true }).click();
  await composer.text.fill('');
  await composer.network('Bluesky').check();
  await composer.postButton.click();
  await expect(composer.alert).toContainText('None of the chosen networks can take this post yet');
  await expectNoAxeViolations(composer.page, 'the composer with a validation error');
});

test("the composer's panels, the media picker's Library tab and Add to queue", async ({ configured, openComposer }) => {
  await configured.addSchedule({ title: 'Mornings', times: ['09:30'] });
  await configured.addSchedule({ title: 'Evenings', times: ['19:00'] });
  const composer = await openComposer(PAGE);
  await composer.text.fill('Tonight the lamp turns');
  await composer.network('Bluesky').check();
  await composer.openPanel('More options');
  await composer.openPanel('Network options');
  await composer.openPanel('Preview');
  await expect(composer.queueButton).toBeVisible();
  await expectNoAxeViolations(composer.page, 'the composer with its panels open and Add to queue');

  await composer.openMedia('Library');
  await expectNoAxeViolations(composer.page, "the media picker's Library tab");

  await composer.queueButton.click();
  await expect(composer.resultFor('Bluesky')).toBeVisible();
  await expectNoAxeViolations(composer.page, 'the result of Add to queue');
});

test('the options page with and without profiles', async ({ configured }) => {
  await configured.testConnection();
  await expect(configured.status).toContainText('Bluesky');
  await expectNoAxeViolations(configured.page, 'the options page without profiles');

  await configured.addProfile('Harbour Cafe', 'profile-key-harbour', { networks: ['Bluesky'] });
  await configured.addSchedule({ title: 'Mornings', times: ['09:30'] });
  await configured.page.getByRole('button', { name: 'Add profile', exact: true }).click();
  await expectNoAxeViolations(configured.page, 'the options page with a profile, a schedule and the profile form open');
});

test('History with entries, and with the delete confirmation open', async ({ openComposer }) => {
  const composer = await openComposer(PAGE);
  await composer.text.fill('Keeper of the light');
  await composer.network('Bluesky').check();
  await composer.network('Facebook').check();
  await composer.postButton.click();
  await expect(composer.postLink('Bluesky')).toBeVisible();

  const history = await HistoryPage.openFrom(composer);
  const entry = history.entry('Keeper of the light');
  await expect(history.networkOf(entry, 'Bluesky')).toBeVisible();
  await expectNoAxeViolations(history.page, 'History with an entry');

  // The post's status line is there, silent, before it has anything to say: what it then says is read out.
  const status = await entry.getByRole('status').elementHandle();
  expect(await status!.evaluate((element) => element.textContent)).toBe('');

  // By keyboard: Enter on Delete, Enter on Confirm (the dialog's first button has the focus).
  await history.action(entry, 'Delete').focus();
  await history.page.keyboard.press('Enter');
  await expect(history.dialog.getByRole('button', { name: 'Confirm', exact: true })).toBeFocused();
  await expectNoAxeViolations(history.page, 'History with the delete confirmation open');
  await history.page.keyboard.press('Enter');
  await expect(history.dialog).toHaveCount(0);
  await expect(entry.getByRole('status')).toHaveText('Done. Ayrshare now reports this post as: Deleted.');
  expect(await status!.evaluate((element) => element.isConnected)).toBe(true);
  // Delete is gone with the post: the focus stays at the post, not back at the top of the page.
  await expect(history.action(entry, 'Delete')).toHaveCount(0);
  await expect(entry).toBeFocused();
});

/** Presses Tab until `target` has the focus, as a keyboard user does; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

test('every control of the composer shows a clear outline when Tab reaches it, in both themes', async ({ openComposer }) => {
  const composer = await openComposer(PAGE);
  const page = composer.page;
  await expect(composer.network('Bluesky')).toBeVisible();
  await composer.openPanel('More options');
  const history = page.getByRole('button', { name: 'History', exact: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    // From the first control of the popup, once round to it again (past the page itself).
    await history.focus();
    await page.keyboard.press('Tab');
    const seen: string[] = [];
    while (!seen.includes('History') && seen.length < 80) {
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        if (element === document.body) return undefined;
        const style = getComputedStyle(element);
        const label = (element as HTMLInputElement).labels?.[0]?.textContent;
        return {
          name: element.getAttribute('aria-label') || label || element.textContent?.trim() || element.id || element.tagName,
          outline: style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth),
          color: style.outlineColor,
        };
      });
      if (!focused) {
        await page.keyboard.press('Tab');
        continue;
      }
      seen.push(focused.name);
      expect(focused.outline, `outline of ${focused.name} in the ${colorScheme} theme`).toBeGreaterThanOrEqual(2);
      // --focus: 4.3:1 against the light page, 8.4:1 against the dark one.
      expect(focused.color, `outline colour of ${focused.name}`).toBe(colorScheme === 'light' ? 'rgb(76, 110, 245)' : 'rgb(157, 176, 255)');
      await page.keyboard.press('Tab');
    }
    // The walk went through the whole composer: its text, the networks, an option and Post.
    expect(seen).toEqual(expect.arrayContaining(['History', 'Post text', 'Bluesky', 'Require approval', 'Post']));
  }
});

test('a post composed and sent by keyboard alone: Tab, typing, Space and Enter', async ({ openComposer, sandbox }) => {
  const composer = await openComposer(PAGE);
  const page = composer.page;
  await expect(composer.network('Bluesky')).toBeVisible();
  await tabTo(page, composer.text);
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Lit by keyboard alone');
  await tabTo(page, composer.network('Bluesky'));
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(composer.network('Facebook')).toBeFocused();
  await page.keyboard.press('Space');
  await tabTo(page, composer.postButton);
  await page.keyboard.press('Enter');

  await expect(composer.postLink('Bluesky')).toBeVisible();
  await expect(composer.postLink('Facebook')).toBeVisible();
  expect(sandbox.requestsTo('POST', '/post').map((r) => r.body)).toEqual([
    expect.objectContaining({ post: 'Lit by keyboard alone', platforms: ['bluesky', 'facebook'] }),
  ]);
  const newPost = composer.results.getByRole('button', { name: 'New post', exact: true });
  await tabTo(page, newPost);
  await page.keyboard.press('Enter');
  await expect(composer.text).toHaveValue('');
  await expect(composer.network('Bluesky')).toBeChecked();
});

test('results are read out once Ayrshare answers, errors at once, and a retry countdown is not read every second', async ({
  openComposer,
  sandbox,
}) => {
  sandbox.reset(e2eSeed({ rejects: { facebook: { code: 161, message: 'Facebook authorization expired. Please relink Facebook.' } } }));
  const composer = await openComposer(PAGE);
  await composer.text.fill('');
  await composer.network('Bluesky').check();
  await composer.postButton.click();
  // A post nothing can take: said at once, as an alert.
  await expect(composer.alert).toContainText('None of the chosen networks can take this post yet');

  await composer.text.fill('The lamp is lit');
  await composer.network('Facebook').check();
  // The live region is there before the post, so what arrives in it is read out.
  const live = composer.page.getByRole('main').locator('[aria-live="polite"]');
  await expect(live).toHaveCount(1);
  const region = await live.elementHandle();
  await composer.postButton.click();
  await expect(composer.postLink('Bluesky')).toBeVisible();
  const said = await region!.evaluate((element) => element.isConnected && element.textContent);
  expect(said).toContain('Bluesky Published.');
  expect(said).toContain('Not posted: Facebook authorization expired. Please relink Facebook.');

  await composer.results.getByRole('button', { name: 'New post', exact: true }).click();
  await composer.text.fill('The lamp again');
  sandbox.fault({ method: 'POST', path: '/post', kind: 'status', status: 503 });
  await composer.postButton.click();
  const waiting = composer.results.getByRole('status').filter({ hasText: 'Ayrshare had a problem (HTTP 503). Retries at' });
  // On screen a countdown; for a screen reader the time of the next try, said once.
  await expect(waiting).toContainText('Next try');
  expect(await waiting.ariaSnapshot()).not.toContain('Next try');
});
