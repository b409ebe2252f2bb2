import { e2eSeed, expect, test } from './fixtures';
import { clickToolbarButton, Composer } from './pages';

const PAGE = { url: 'https://news.example/harbour', title: 'The harbour at dawn' };
const ALL = ['bluesky', 'facebook', 'instagram', 'linkedin', 'reddit', 'threads', 'twitter'] as const;

test.describe('scheduling in another time zone', () => {
  test.use({ timeZone: 'America/Los_Angeles' });

  test('sends the UTC instant of the local date and time, and says it is scheduled', async ({ openComposer, sandbox }) => {
    const composer = await openComposer({ url: PAGE.url });
    await composer.network('Bluesky').check();
    await composer.scheduleFor.fill('2030-12-01T09:30');
    await expect(composer.page.getByText('Your time zone: America/Los_Angeles')).toBeVisible();
    await composer.page.getByRole('button', { name: 'Schedule', exact: true }).click();

    await expect(composer.resultFor('Bluesky')).toContainText('Scheduled.');
    // 09:30 in Los Angeles in December (UTC−8) is 17:30 UTC.
    expect(sandbox.requestsTo('POST', '/post')[0]?.body).toMatchObject({ scheduleDate: '2030-12-01T17:30:00Z' });
  });
});

test('closing and reopening the popup mid-draft restores everything typed and chosen', async ({ openComposer, sandbox }) => {
  sandbox.reset(e2eSeed({ linked: [...ALL] }));
  const media = ['https://cdn.example/one.jpg', 'https://cdn.example/two.jpg'];
  const composer = await openComposer({ ...PAGE, media });
  await composer.text.fill('My own words');
  await composer.network('Reddit').check();
  await composer.openPanel('Network options');
  await composer.optionsOf('Reddit').getByLabel('Title').fill('Harbour at dawn');
  await composer.page.getByRole('button', { name: 'Move two.jpg earlier' }).click();
  await composer.page.getByLabel('Description of two.jpg').fill('Boats');
  await composer.scheduleFor.fill('2030-01-02T08:00');
  await (await composer.moreOptions()).getByLabel('Notes').fill('Check with the client');
  await composer.page.close();

  const again = await openComposer({ ...PAGE, media });
  await expect(again.text).toHaveValue('My own words');
  await expect(again.network('Reddit')).toBeChecked();
  // A panel with something set in it says so while closed.
  await expect(again.panel('Network options').locator('summary')).toHaveText('Network options · Reddit');
  await expect(again.panel('More options').locator('summary')).toHaveText('More options · notes');
  await again.openPanel('Network options');
  await expect(again.optionsOf('Reddit').getByLabel('Title')).toHaveValue('Harbour at dawn');
  await expect(again.page.getByRole('list', { name: 'Media' }).getByRole('img').first()).toHaveAttribute('alt', 'two.jpg');
  await expect(again.page.getByLabel('Description of two.jpg')).toHaveValue('Boats');
  await expect(again.scheduleFor).toHaveValue('2030-01-02T08:00');
  await expect((await again.moreOptions()).getByLabel('Notes')).toHaveValue('Check with the client');
});

test('Discard draft starts again from the page and forgets what was typed', async ({ openComposer }) => {
  const composer = await openComposer(PAGE);
  await composer.text.fill('Not what I want to say');
  await composer.network('LinkedIn').check();
  await composer.openPanel('More options');
  await composer.page.getByRole('button', { name: 'Discard draft and start again' }).click();
  await expect(composer.text).toHaveValue(`${PAGE.title}\n${PAGE.url}`);
  await expect(composer.network('LinkedIn')).not.toBeChecked();
  await composer.page.close();
  const again = await openComposer(PAGE);
  await expect(again.text).toHaveValue(`${PAGE.title}\n${PAGE.url}`);
});

test('a draft is cleared once every network took the post', async ({ openComposer }) => {
  const composer = await openComposer(PAGE);
  await composer.text.fill('Posted and done');
  await composer.network('Bluesky').check();
  await composer.postButton.click();
  await expect(composer.postLink('Bluesky')).toBeVisible();
  await composer.page.close();
  const again = await openComposer(PAGE);
  await expect(again.text).toHaveValue(`${PAGE.title}\n${PAGE.url}`);
});

test('approval, notes, hashtags, evergreen reposts and Unsplash arrive as documented', async ({ openComposer, sandbox }) => {
  const composer = await openComposer(PAGE);
  await composer.network('LinkedIn').check();
  const panel = await composer.moreOptions();
  await panel.getByLabel('Require approval').check();
  await panel.getByLabel('Notes').fill('For Monday');
  await panel.getByLabel('Shorten links').check();
  await panel.getByLabel('Auto hashtags').check();
  await panel.getByLabel('At most').fill('3');
  await panel.getByLabel('Where').selectOption({ label: 'At the end' });
  await panel.getByLabel('Repost as evergreen content').check();
  await panel.getByLabel('Times').fill('2');
  await panel.getByLabel('Every (days)').fill('10');
  await panel.getByLabel('Unsplash image').fill('harbour');
  await composer.postButton.click();

  await expect(composer.resultFor('LinkedIn')).toContainText('Waiting for approval.');
  expect(sandbox.requestsTo('POST', '/post')[0]?.body).toMatchObject({
    requiresApproval: true,
    notes: 'For Monday',
    shortenLinks: true,
    autoHashtag: { max: 3, position: 'end' },
    autoRepost: { repeat: 2, days: 10 },
    unsplash: 'harbour',
  });
});

test('Bold and Italic style the selection, the preview shows what will be posted, Ctrl+Enter sends', async ({ openComposer, sandbox }) => {
  const composer = await openComposer(PAGE);
  await composer.text.fill('Big news today');
  await composer.text.evaluate((box: HTMLTextAreaElement) => box.setSelectionRange(0, 3));
  await composer.page.getByRole('button', { name: 'Bold' }).click();
  await expect(composer.text).toHaveValue('<b>Big</b> news today');
  await composer.text.evaluate((box: HTMLTextAreaElement) => box.setSelectionRange(11, 15));
  await composer.text.press('Control+i');
  await expect(composer.text).toHaveValue('<b>Big</b> <i>news</i> today');
  await composer.page.getByText('Preview', { exact: true }).click();
  await expect(composer.page.getByRole('region', { name: 'Preview' })).toHaveText('𝗕𝗶𝗴 𝘯𝘦𝘸𝘴 today');
  // X counts the styled letters as it will receive them (two each).
  await composer.network('X').check();
  await expect(composer.networkRow('X')).toContainText('21/280');

  await composer.text.press('Control+Enter');
  await expect(composer.postLink('X')).toBeVisible();
  expect(sandbox.requestsTo('POST', '/post')[0]?.body).toMatchObject({ post: '<b>Big</b> <i>news</i> today' });
});

test('Check with Ayrshare asks /validate/post and says what it found', async ({ openComposer, sandbox }) => {
  const composer = await openComposer(PAGE);
  await composer.network('Facebook').check();
  const panel = await composer.moreOptions();
  await panel.getByRole('button', { name: 'Check with Ayrshare' }).click();
  await expect(panel.getByText('Ayrshare found no problem with this post.')).toBeVisible();
  expect(sandbox.requestsTo('POST', '/validate/post')).toHaveLength(1);
  expect(sandbox.requestsTo('POST', '/post')).toHaveLength(0);
});

test.describe('media', () => {
  const ARTICLE = `
    <meta property="og:image" content="https://cdn.example/og-cover.jpg">
    <img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" width="1" height="1" alt="">
    <p>Story</p>`;

  test('offers the page’s images (Open Graph first, no tiny ones) and posts the chosen one', async ({ context, extensionId, configured, sandbox, webPage }) => {
    void configured;
    const tab = await webPage({ ...PAGE, body: ARTICLE });
    const composer = new Composer(await clickToolbarButton(context, tab, extensionId));
    await composer.page.getByRole('button', { name: 'Add media' }).click();
    await composer.page.getByRole('button', { name: 'Images on this page' }).click();
    const offered = composer.page.getByRole('list', { name: 'Images on this page' }).getByRole('button');
    await expect(offered).toHaveCount(1);
    await offered.first().click();
    await expect(composer.page.getByRole('img', { name: 'og-cover.jpg' })).toBeVisible();
    await composer.network('Facebook').check();
    await composer.postButton.click();
    await expect(composer.postLink('Facebook')).toBeVisible();
    expect(sandbox.requestsTo('POST', '/post')[0]?.body).toMatchObject({ mediaUrls: ['https://cdn.example/og-cover.jpg'] });
  });

  test('uploads a screenshot of the page and posts it', async ({ context, extensionId, configured, sandbox, webPage }) => {
    void configured;
    const tab = await webPage({ ...PAGE, body: ARTICLE });
    const composer = new Composer(await clickToolbarButton(context, tab, extensionId));
    await composer.page.getByRole('button', { name: 'Add media' }).click();
    await composer.page.getByRole('button', { name: 'Take a screenshot' }).click();
    await expect(composer.page.getByRole('list', { name: 'Media' }).getByRole('img')).toHaveCount(1);
    const [upload] = sandbox.requestsTo('POST', '/media/upload');
    expect((upload?.body as { file: string }).file).toMatch(/^data:image\/png;base64,/);
    await composer.network('Instagram').check();
    await composer.postButton.click();
    await expect(composer.postLink('Instagram')).toBeVisible();
    expect((sandbox.requestsTo('POST', '/post')[0]?.body as { mediaUrls: string[] }).mediaUrls[0]).toMatch(/^https:\/\//);
  });

  test('uploads files from disk, a large video with progress, and keeps the order the user sets', async ({ openComposer, sandbox }) => {
    const composer = await openComposer(PAGE);
    await composer.page.getByRole('button', { name: 'Add media' }).click();
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
    await composer.page.getByLabel('Choose files…').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png });
    await expect(composer.page.getByRole('list', { name: 'Media' }).getByRole('img')).toHaveCount(1);

    const video = Buffer.alloc(11 * 1024 * 1024, 1);
    await composer.page.getByLabel('Choose files…').setInputFiles({ name: 'launch.mp4', mimeType: 'video/mp4', buffer: video });
    await expect(composer.page.getByRole('status').filter({ hasText: 'Uploading launch.mp4' }).getByRole('progressbar')).toBeVisible();
    await expect(composer.page.getByRole('list', { name: 'Media' }).getByRole('img')).toHaveCount(2);
    expect(sandbox.requestsTo('GET', '/media/uploadUrl')).toHaveLength(1);

    const uploaded = (await composer.page.getByRole('list', { name: 'Media' }).getByRole('img').evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).src)));
    await composer.page.getByRole('list', { name: 'Media' }).getByRole('button', { name: /^Move .* earlier$/ }).last().click();
    await composer.network('Facebook').check();
    await expect(composer.networkRow('Facebook')).toContainText("can't take images and a video together");
    await composer.page.getByRole('list', { name: 'Media' }).getByRole('button', { name: /^Remove / }).last().click();
    await composer.postButton.click();
    await expect(composer.postLink('Facebook')).toBeVisible();
    expect(sandbox.requestsTo('POST', '/post')[0]?.body).toMatchObject({ mediaUrls: [uploaded[1]], isVideo: true });
  });
});
