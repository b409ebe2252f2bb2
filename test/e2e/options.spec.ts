import { E2E_KEY, expect, test } from './fixtures';
import { OptionsPage } from './pages';

test('Test connection lists the linked networks by name', async ({ context, extensionId, sandbox }) => {
  const options = await OptionsPage.open(context, extensionId);
  await options.baseUrl.fill(sandbox.baseUrl);
  await options.apiKey.fill(E2E_KEY);
  await options.testConnection();
  const list = options.page.getByRole('list', { name: 'Linked networks' });
  await expect(list.getByRole('listitem')).toHaveText([/^Bluesky/, /^Facebook/, /^Instagram/, /^LinkedIn/, /^Threads/, /^X/]);
  await expect(options.status).toContainText('Connected to E2E Primary.');
});

test('keys are masked and never shown again once saved', async ({ context, extensionId, sandbox }) => {
  const options = await OptionsPage.open(context, extensionId);
  await expect(options.baseUrl).toHaveValue('https://api.ayrshare.com/api');
  for (const field of [options.apiKey, options.xApiKey, options.xApiSecret]) await expect(field).toHaveAttribute('type', 'password');
  await options.configure({ baseUrl: sandbox.baseUrl, apiKey: E2E_KEY, xApiKey: 'xkey-123456789', xApiSecret: 'xsecret-987654321' });

  await options.page.reload();
  await expect(options.apiKey).toHaveValue('');
  await expect(options.page.getByText('A key ending in ••••0001 is saved.')).toBeVisible();
  const html = await options.page.content();
  for (const secret of [E2E_KEY, 'xkey-123456789', 'xsecret-987654321']) expect(html).not.toContain(secret);
  await expect(options.baseUrl).toHaveValue(sandbox.baseUrl);
});

test('a base URL that is not an address is refused with a reason', async ({ context, extensionId }) => {
  const options = await OptionsPage.open(context, extensionId);
  await options.baseUrl.fill('api.ayrshare.com');
  await options.page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(options.status).toContainText('The API base URL must be a full http:// or https:// address');
});
