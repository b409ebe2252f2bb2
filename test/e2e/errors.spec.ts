import net from 'node:net';
import { E2E_KEY, e2eSeed, expect, test } from './fixtures';
import { OptionsPage } from './pages';

const URL_SHARED = 'https://news.example/a';

/** A local port with nothing listening: the "dead server". */
async function closedPort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

test("reports a network's own refusal next to the others' success", async ({ openComposer, sandbox }) => {
  sandbox.reset(e2eSeed({ rejects: { facebook: { code: 161, message: 'Facebook authorization expired. Please relink Facebook.' } } }));
  const composer = await openComposer({ url: URL_SHARED });
  await composer.network('Bluesky').check();
  await composer.network('Facebook').check();
  await composer.postButton.click();

  await expect(composer.postLink('Bluesky')).toBeVisible();
  await expect(composer.resultFor('Facebook')).toContainText('Not posted: Facebook authorization expired. Please relink Facebook.');
  await expect(composer.postLink('Facebook')).toHaveCount(0);
  await expect(composer.text).toHaveValue(URL_SHARED);
  expect(sandbox.requestsTo('POST', '/post')).toHaveLength(1);
});

test('a wrong key is named as the problem, in Options and in the composer, and nothing typed is lost', async ({
  context,
  extensionId,
  sandbox,
  openComposer,
}) => {
  const options = await OptionsPage.open(context, extensionId);
  await options.apiKey.fill('not-the-key');
  await options.baseUrl.fill(sandbox.baseUrl);
  await options.testConnection();
  await expect(options.status).toContainText('Ayrshare did not accept the API key (HTTP 401)');
  await options.save();

  const composer = await openComposer({ url: URL_SHARED });
  await expect(composer.alert).toContainText('Ayrshare did not accept the API key (HTTP 401). Check the key in Options.');
  await composer.text.fill('Words I do not want to type twice');
  await composer.page.reload();
  await expect(composer.text).toHaveValue('Words I do not want to type twice');
  expect(sandbox.requestsTo('POST', '/post')).toHaveLength(0);
});

test('a dead server is named, the send waits for a retry, and the draft stays', async ({ openComposer, configured, sandbox }) => {
  const composer = await openComposer({ url: URL_SHARED });
  await composer.network('Bluesky').check();
  const port = await closedPort();
  await configured.page.bringToFront();
  await configured.baseUrl.fill(`http://127.0.0.1:${port}/api`);
  await configured.saveConfirmingKeys();

  await composer.page.bringToFront();
  await composer.postButton.click();
  await expect(composer.results).toContainText(`Could not reach 127.0.0.1:${port}. Retries at`);
  await expect(composer.text).toHaveValue(URL_SHARED);
  await expect(composer.network('Bluesky')).toBeChecked();
  expect(sandbox.requestsTo('POST', '/post')).toHaveLength(0);
});

test('empty text is caught before sending, for every network that needs it', async ({ openComposer, sandbox }) => {
  const composer = await openComposer({ url: URL_SHARED });
  await composer.text.fill('');
  await composer.network('Bluesky').check();
  await expect(composer.page.getByText('Write something or add an image.')).toBeVisible();
  await composer.postButton.click();
  await expect(composer.alert).toContainText('None of the chosen networks can take this post yet');
  expect(sandbox.requestsTo('POST', '/post')).toHaveLength(0);
});

test('a network unlinked since the composer opened is reported in its own words', async ({ openComposer, sandbox }) => {
  const composer = await openComposer({ url: URL_SHARED });
  await composer.network('Threads').check();
  await composer.network('Bluesky').check();
  sandbox.reset(e2eSeed({ linked: ['bluesky', 'facebook'] }));
  await composer.postButton.click();

  await expect(composer.postLink('Bluesky')).toBeVisible();
  await expect(composer.resultFor('Threads')).toContainText('Not posted:');
  const [request] = sandbox.requestsTo('POST', '/post');
  expect(request?.body).toMatchObject({ platforms: ['bluesky', 'threads'] });
  expect(request?.headers.authorization).toBe(`Bearer ${E2E_KEY}`);
});
