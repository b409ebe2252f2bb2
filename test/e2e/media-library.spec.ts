import { expect, test } from './fixtures';

/**
 * The media library (issue 15): what was uploaded once is picked again from the Library tab
 * without a second upload, and an address typed in is checked with Ayrshare before a post uses
 * it. Both run against the sandbox's two readings (the pessimistic one answers an unreachable
 * address with HTTP 400 instead of 200).
 */

/** A tiny PNG, as a file chosen from the computer. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

test('a file uploaded once is picked from Library in a second post, without a second upload (either reading)', async ({ openComposer, sandbox }) => {
  const composer = await openComposer({ url: 'https://example.com/harbour', title: 'The harbour at dawn' });
  const picker = await composer.openMedia();
  await picker.getByLabel('Choose files…').setInputFiles({ name: 'harbour.png', mimeType: 'image/png', buffer: PNG });
  await expect(composer.media.getByRole('listitem')).toHaveCount(1);
  await composer.network('Bluesky').check();
  await composer.postButton.click();
  await expect(composer.postLink('Bluesky')).toBeVisible();
  const [upload] = sandbox.requestsTo('POST', '/media/upload');
  const first = sandbox.posts()[0]!.mediaUrls;
  expect(first).toHaveLength(1);

  await composer.results.getByRole('button', { name: 'New post', exact: true }).click();
  await composer.text.fill('The harbour again');
  const library = await composer.openMedia('Library');
  const file = library.getByRole('checkbox', { name: /^harbour\.png/ });
  await expect(file).toBeVisible();
  // Its size, its type and its date, as GET /media lists it.
  await expect(library.getByRole('listitem').filter({ hasText: 'harbour.png' })).toContainText(/\d+ kB · Image · \w{3} \d{1,2}, \d{4}/);
  await library.getByRole('searchbox', { name: 'Search the library' }).fill('nothing like it');
  await expect(file).toHaveCount(0);
  await library.getByRole('searchbox', { name: 'Search the library' }).fill('HARBOUR');
  await file.check();
  await library.getByRole('button', { name: 'Add to the post', exact: true }).click();
  await expect(composer.media.getByRole('listitem')).toHaveCount(1);
  await composer.postButton.click();
  await expect(composer.postLink('Bluesky')).toBeVisible();

  expect(sandbox.requestsTo('POST', '/media/upload')).toEqual([upload]);
  expect(sandbox.requestsTo('GET', '/media').length).toBeGreaterThan(0);
  expect(sandbox.requestsTo('POST', '/post')[1]?.body).toMatchObject({ post: 'The harbour again', mediaUrls: first });
  // Neither the upload nor the library's file was checked again: Ayrshare holds them.
  expect(sandbox.requestsTo('POST', '/media/urlExists')).toHaveLength(0);
});

test('an unreachable media address is refused before sending, with its reason; a reachable one is added (either reading)', async ({ openComposer, sandbox }) => {
  const composer = await openComposer({ url: 'https://example.com/photos', title: 'Photos from the web' });
  const picker = await composer.openMedia();
  const address = picker.getByLabel('Media address', { exact: true });
  await address.fill('https://photos.example.invalid/gone.jpg');
  await picker.getByRole('button', { name: 'Add address', exact: true }).click();
  await expect(picker.getByRole('alert')).toContainText('Ayrshare cannot fetch this address, so it was not added:');
  await expect(picker.getByRole('alert')).toContainText('Not Found');
  await expect(composer.media).toHaveCount(0);

  await address.fill('https://cdn.example.com/photos/lighthouse.jpg');
  await picker.getByRole('button', { name: 'Add address', exact: true }).click();
  await expect(composer.media.getByRole('listitem')).toHaveCount(1);
  await expect(picker.getByRole('alert')).toHaveCount(0);
  await composer.network('Facebook').check();
  await composer.postButton.click();
  await expect(composer.postLink('Facebook')).toBeVisible();

  expect(sandbox.requestsTo('POST', '/media/urlExists').map((r) => r.body)).toEqual([
    { mediaUrl: 'https://photos.example.invalid/gone.jpg' },
    { mediaUrl: 'https://cdn.example.com/photos/lighthouse.jpg' },
  ]);
  expect(sandbox.requestsTo('POST', '/post').map((r) => (r.body as { mediaUrls?: string[] }).mediaUrls)).toEqual([['https://cdn.example.com/photos/lighthouse.jpg']]);
});

test('an address that is not public https is refused without asking Ayrshare', async ({ openComposer, sandbox }) => {
  const composer = await openComposer({ url: 'https://example.com/local', title: 'Local' });
  const picker = await composer.openMedia();
  await picker.getByLabel('Media address', { exact: true }).fill('http://192.168.1.20/photo.jpg');
  await picker.getByRole('button', { name: 'Add address', exact: true }).click();
  await expect(picker.getByRole('alert')).toContainText('Only a public https address');
  expect(sandbox.requestsTo('POST', '/media/urlExists')).toHaveLength(0);
});
