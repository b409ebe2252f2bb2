import { expect, FIREFOX_KEY, test } from './fixtures';
import { click, find, itemsOf, OptionsPage } from './pages';

test('a key saved on the options page passes Test connection, which lists the linked networks', async ({ firefox, sandbox }) => {
  const options = await OptionsPage.open(firefox);
  await options.configure({ baseUrl: sandbox.baseUrl, apiKey: FIREFOX_KEY });

  await click(options.page, 'button', 'Test connection');
  const networks = await find(options.page, 'list', 'Linked networks');
  expect(await itemsOf(networks)).toEqual([expect.stringMatching(/^Bluesky/), expect.stringMatching(/^Facebook/), expect.stringMatching(/^LinkedIn/)]);
  await expect.poll(() => options.status()).toContain('Connected to Firefox Primary.');
  const asked = sandbox.requestsTo('GET', '/user').at(-1);
  expect(asked?.headers.authorization).toBe(`Bearer ${FIREFOX_KEY}`);
});
