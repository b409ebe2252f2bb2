import { E2E_KEY, expect, test } from './fixtures';

/**
 * On Ayrshare's Basic plan the queue, the media library (and its address check) and account
 * analytics are refused (ayrshare-api.md §8: 403). Each is explained in words where it is used,
 * and nothing else fails.
 */

test.beforeEach(async ({ configured, sandbox }) => {
  sandbox.reset({ apiKeys: [E2E_KEY], plan: 'basic', primary: { title: 'Basic Bakery', linked: ['bluesky', 'facebook', 'instagram'] } });
  await configured.page.reload();
});

test('a Basic plan account sees the queue, the library and follower counts explained rather than failing', async ({ configured, openComposer, sandbox }) => {
  await expect(configured.schedules.getByRole('status').filter({ hasText: "Add to queue uses Ayrshare's posting schedules" })).toContainText(
    'which come with a Premium plan or higher',
  );
  await expect(configured.schedules.getByRole('button', { name: 'Add schedule' })).toHaveCount(0);

  const composer = await openComposer({ url: 'https://example.com/bread', title: 'Fresh bread' });
  await composer.network('Facebook').check();
  // No follower counts: said once, under the networks.
  await expect(composer.page.getByRole('group', { name: 'Networks' })).toContainText("Follower counts come with Ayrshare's Premium plan or higher.");

  await composer.queueButton.click();
  await expect(composer.alert).toContainText("Add to queue uses Ayrshare's posting schedules, which come with a Premium plan or higher. You can still schedule a post for a date and time.");
  expect(sandbox.requestsTo('POST', '/post')).toHaveLength(0);

  const library = await composer.openMedia('Library');
  await expect(library.getByRole('status')).toContainText("The media library comes with Ayrshare's Premium plan or higher. Images from the page can still be added.");

  // An address Ayrshare cannot check on this plan is added unchecked, and that is said.
  const picker = await composer.openMedia('Page and files');
  await picker.getByLabel('Media address', { exact: true }).fill('https://cdn.example.com/loaf.jpg');
  await picker.getByRole('button', { name: 'Add address', exact: true }).click();
  await expect(composer.media.getByRole('listitem')).toHaveCount(1);
  await expect(picker.getByRole('status')).toContainText('Ayrshare checks media addresses on a Premium plan or higher, so this one was added unchecked');

  // Posting itself works on Basic.
  await composer.postButton.click();
  await expect(composer.postLink('Facebook')).toBeVisible();
});
