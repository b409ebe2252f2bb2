import { expect, FIREFOX_KEY, test } from './fixtures';
import { Composer, hrefOf } from './pages';

const ARTICLE = { url: 'https://news.example/2026/foxes', title: 'Foxes at night' };

test('shares the page from the composer to two networks and links both live posts', async ({ configured, firefox, sandbox }) => {
  void configured;
  const composer = await Composer.open(firefox, ARTICLE);
  await expect.poll(() => composer.text()).toBe(`${ARTICLE.title}\n${ARTICLE.url}`);
  await composer.check('Bluesky');
  await composer.check('Facebook');
  await composer.post();

  expect(await hrefOf(await composer.postLink('Bluesky'))).toMatch(/^https:\/\/bsky\.app\//);
  expect(await hrefOf(await composer.postLink('Facebook'))).toMatch(/^https:\/\/www\.facebook\.com\//);
  const posts = sandbox.requestsTo('POST', '/post');
  expect(posts).toHaveLength(1);
  expect(posts[0]?.headers.authorization).toBe(`Bearer ${FIREFOX_KEY}`);
  expect(posts[0]?.body).toEqual({
    post: `${ARTICLE.title}\n${ARTICLE.url}`,
    platforms: ['bluesky', 'facebook'],
    idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/),
  });
  expect(sandbox.posts()).toHaveLength(1);
});
