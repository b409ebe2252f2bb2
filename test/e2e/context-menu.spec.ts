import { expect, test } from './fixtures';
import { clickMenu, Composer } from './pages';

const PAGE = { url: 'https://blog.example/post/7', title: 'Seven things' };

test.describe('right-click share', () => {
  test('registers the four entries under their ids', async ({ sw }) => {
    // There is no contextMenus.getAll(); updating an id that does not exist is refused.
    const menus = () =>
      sw.evaluate(async () => {
        const ids = ['share-page', 'share-selection', 'share-link', 'share-image', 'share-nothing'];
        return Promise.all(
          ids.map((id) =>
            chrome.contextMenus.update(id, {}).then(
              () => 'exists',
              () => 'missing',
            ),
          ),
        );
      });
    // The menus are created by runtime.onInstalled, which may still be running just after install.
    await expect.poll(menus).toEqual(['exists', 'exists', 'exists', 'exists', 'missing']);
  });

  for (const { name, info, text, media } of [
    { name: 'page', info: { menuItemId: 'share-page' }, text: `${PAGE.title}\n${PAGE.url}`, media: [] },
    {
      name: 'selection',
      info: { menuItemId: 'share-selection', selectionText: 'A line worth sharing' },
      text: `“A line worth sharing”\n\n${PAGE.title}\n${PAGE.url}`,
      media: [],
    },
    { name: 'link', info: { menuItemId: 'share-link', linkUrl: 'https://other.example/paper' }, text: 'https://other.example/paper', media: [] },
    {
      name: 'image',
      info: { menuItemId: 'share-image', srcUrl: 'https://cdn.example/photo.jpg', mediaType: 'image' },
      text: `${PAGE.title}\n${PAGE.url}`,
      media: ['photo.jpg'],
    },
  ]) {
    test(`shares the ${name} in a prefilled composer`, async ({ context, sw, configured, webPage }) => {
      void configured;
      await webPage({ ...PAGE, body: '<p>Seven things.</p>' });
      const opened = context.waitForEvent('page', (p) => p.url().includes('/popup.html?'));
      await clickMenu(sw, { editable: false, pageUrl: PAGE.url, ...info }, PAGE);
      const composer = new Composer(await opened);
      await expect(composer.text).toHaveValue(text);
      for (const file of media) await expect(composer.page.getByRole('img', { name: file })).toBeVisible();
    });
  }

  test('posts a right-clicked image as the post media', async ({ context, sw, configured, sandbox, webPage }) => {
    void configured;
    await webPage({ ...PAGE, body: '<img src="https://cdn.example/photo.jpg" alt="">' });
    const opened = context.waitForEvent('page', (p) => p.url().includes('/popup.html?'));
    await clickMenu(sw, { menuItemId: 'share-image', editable: false, pageUrl: PAGE.url, srcUrl: 'https://cdn.example/photo.jpg' }, PAGE);
    const composer = new Composer(await opened);
    await composer.network('Instagram').check();
    await composer.postButton.click();
    await expect(composer.postLink('Instagram')).toBeVisible();
    expect(sandbox.requestsTo('POST', '/post')[0]?.body).toMatchObject({
      platforms: ['instagram'],
      mediaUrls: ['https://cdn.example/photo.jpg'],
    });
  });
});
