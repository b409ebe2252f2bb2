import { E2E_KEY, E2E_X, expect, test } from './fixtures';
import { clickToolbarButton, Composer } from './pages';

const ARTICLE = { url: 'https://news.example/2026/beams', title: 'Beams of light' };

test('shares the page from the toolbar to two networks and links both live posts', async ({
  context,
  extensionId,
  configured,
  sandbox,
  webPage,
}) => {
  void configured;
  const tab = await webPage({ ...ARTICLE, body: '<h1>Beams of light</h1><p>Long read.</p>' });
  const composer = new Composer(await clickToolbarButton(context, tab, extensionId));

  await expect(composer.text).toHaveValue(`${ARTICLE.title}\n${ARTICLE.url}`);
  await composer.network('Bluesky').check();
  await composer.network('Facebook').check();
  await composer.postButton.click();

  await expect(composer.postLink('Bluesky')).toHaveAttribute('href', /^https:\/\/bsky\.app\//);
  await expect(composer.postLink('Facebook')).toHaveAttribute('href', /^https:\/\/www\.facebook\.com\//);
  await expect(composer.resultFor('Bluesky')).toContainText('Published');

  const posts = sandbox.requestsTo('POST', '/post');
  expect(posts).toHaveLength(1);
  const [request] = posts;
  expect(request?.headers.authorization).toBe(`Bearer ${E2E_KEY}`);
  expect(request?.headers['profile-key']).toBeUndefined();
  expect(request?.headers['x-twitter-oauth1-api-key']).toBe(E2E_X.xApiKey);
  expect(request?.body).toEqual({
    post: `${ARTICLE.title}\n${ARTICLE.url}`,
    platforms: ['bluesky', 'facebook'],
    idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/),
  });
});

test('quotes the text selected on the page', async ({ context, extensionId, configured, webPage }) => {
  void configured;
  const tab = await webPage({ ...ARTICLE, body: '<p id="quote">Light travels fast.</p><p>More.</p>' });
  await tab.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('quote')!);
    window.getSelection()!.addRange(range);
  });
  const composer = new Composer(await clickToolbarButton(context, tab, extensionId));
  await expect(composer.text).toHaveValue(`“Light travels fast.”\n\n${ARTICLE.title}\n${ARTICLE.url}`);
});

test('shows the composer from cached networks before the refresh answers', async ({ configured, openComposer, sandbox }) => {
  void configured;
  const first = await openComposer({ url: ARTICLE.url });
  await expect(first.network('Bluesky')).toBeVisible();
  await first.page.close();

  sandbox.fault({ method: 'GET', path: '/user', kind: 'delay', ms: 5_000 });
  const second = await openComposer({ url: ARTICLE.url });
  await expect(second.network('Bluesky')).toBeVisible();
  await expect(second.text).toHaveValue(ARTICLE.url);
});

test('keeps what was typed and chosen when the popup is closed and opened again', async ({ openComposer }) => {
  const composer = await openComposer({ url: ARTICLE.url, title: ARTICLE.title });
  await composer.text.fill('My own words about beams');
  await composer.network('LinkedIn').check();
  await composer.page.close();

  const again = await openComposer({ url: ARTICLE.url, title: ARTICLE.title });
  await expect(again.text).toHaveValue('My own words about beams');
  await expect(again.network('LinkedIn')).toBeChecked();
});

test('without an API key, says the way there in one line with a button to Options, and offers nothing that needs the key', async ({ context, extensionId }) => {
  const composer = await Composer.open(context, extensionId, { url: ARTICLE.url });
  await expect(composer.page.getByText('Get your API key from Ayrshare, paste it in Options and test the connection.')).toBeVisible();
  await expect(composer.text).toHaveValue(ARTICLE.url);
  await expect(composer.postButton).toHaveCount(0);
  await expect(composer.page.getByRole('checkbox')).toHaveCount(0);
  const optionsOpened = context.waitForEvent('page', (p) => p.url().endsWith('/options.html'));
  await composer.page.getByRole('button', { name: 'Open Options', exact: true }).click();
  await expect((await optionsOpened).getByLabel('API key', { exact: true })).toBeVisible();
});
