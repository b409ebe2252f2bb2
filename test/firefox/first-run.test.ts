import { expect, test } from './fixtures';
import { aria, click, find, textOf } from './pages';

test('installing the add-on opens Options on the first-run guide, with Firefox’s way to pin the button; skipped, it stays away', async ({ firefox }) => {
  const installed = await firefox.tabAt('/options.html');
  const guide = await find(installed, 'region', 'Get started with Sharebeam');
  expect(await textOf(guide)).toContain('choose “Pin to Toolbar”');
  await click(guide, 'button', 'Skip guide');

  const again = await firefox.open('/options.html');
  await find(again, 'region', 'Profiles');
  expect(await again.$(aria('Get started with Sharebeam', 'region'))).toBeNull();
});
