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
  await expect(composer.page.getByRole('button', { name: /Options/ }).first()).toBeVisible();
  await expectNoAxeViolations(composer.page, 'the composer without a key');

  const options = await OptionsPage.open(context, extensionId);
  await expect(options.baseUrl).not.toHaveValue('');
  await expectNoAxeViolations(options.page, 'the options page before anything is saved');
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

  await history.action(entry, 'Delete').click();
  await expect(history.dialog).toBeVisible();
  await expectNoAxeViolations(history.page, 'History with the delete confirmation open');
});
