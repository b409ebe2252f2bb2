import { expect, test } from './fixtures';
import { click, Composer, HistoryPage, textOf } from './pages';

const PAGE = { url: 'https://news.example/2026/dens', title: 'Dens in the snow' };

test('History lists the post sent from the composer and deletes it after a confirmation', async ({ configured, firefox, sandbox }) => {
  void configured;
  const composer = await Composer.open(firefox, PAGE);
  await composer.check('LinkedIn');
  await composer.post();
  await composer.postLink('LinkedIn');
  const [made] = sandbox.posts();

  const history = await HistoryPage.openFrom(composer, firefox);
  const entry = await history.entry(`${PAGE.title} ${PAGE.url}`);
  await expect.poll(() => textOf(entry)).toContain('Published');
  await expect.poll(() => textOf(entry)).toContain('Sent from this browser');

  await (await history.action(entry, 'Delete')).click();
  const dialog = await history.dialog();
  expect(await textOf(dialog)).toContain('It is removed from the networks it was published on');
  expect(sandbox.requestsTo('DELETE', '/post')).toHaveLength(0);
  await click(dialog, 'button', 'Confirm');

  await expect.poll(() => textOf(entry)).toContain('Done. Ayrshare now reports this post as: Deleted.');
  expect(sandbox.requestsTo('DELETE', '/post').map((r) => r.body)).toEqual([{ id: made?.id }]);
  expect(sandbox.posts()[0]?.status).toBe('deleted');
});
