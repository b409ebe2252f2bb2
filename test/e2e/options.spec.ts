import type { Worker } from '@playwright/test';
import { startSandbox } from '../sandbox/server';
import { E2E_KEY, e2eSeed, expect, test } from './fixtures';
import { OptionsPage } from './pages';

/** Records every request the worker makes, with its headers, from now on. */
async function recordWorkerRequests(sw: Worker): Promise<() => Promise<Array<{ url: string; headers: Record<string, string> }>>> {
  await sw.evaluate(() => {
    const g = globalThis as unknown as { requests: unknown[] };
    g.requests = [];
    const real = globalThis.fetch.bind(globalThis);
    globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      g.requests.push({ url: request.url, headers: Object.fromEntries(request.headers) });
      return real(input, init);
    };
  });
  return () => sw.evaluate(() => (globalThis as unknown as { requests: never[] }).requests);
}

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
  await expect(options.status).toContainText('The API base URL must be a full https:// address');
});

test('a plain http address beyond this computer is refused with the reason', async ({ configured }) => {
  await configured.baseUrl.fill('http://192.168.1.5:8080/api');
  await configured.page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(configured.status).toContainText('must start with https://: your keys would cross the network unencrypted to 192.168.1.5:8080');
  await configured.page.reload();
  await expect(configured.baseUrl).not.toHaveValue('http://192.168.1.5:8080/api');
});

test('a custom https address asks the browser for permission, and no key goes there before it is granted', async ({ configured, sw }) => {
  const requests = await recordWorkerRequests(sw);
  const page = configured.page;
  // What the browser's prompt answers, as the user declines; and the calls made to it.
  await page.evaluate(() => {
    const g = globalThis as unknown as { asked: unknown[]; answer: boolean };
    g.asked = [];
    g.answer = false;
    chrome.permissions.request = ((permissions: unknown, callback?: (granted: boolean) => void) => {
      g.asked.push(permissions);
      callback?.(g.answer);
      return Promise.resolve(g.answer);
    }) as typeof chrome.permissions.request;
  });
  await configured.baseUrl.fill('https://proxy.example/api');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('dialog')).toContainText('Send your saved keys to https://proxy.example?');
  await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
  await expect(configured.status).toContainText('Sharebeam has not been allowed to send your keys to proxy.example');
  expect(await page.evaluate(() => (globalThis as unknown as { asked: unknown[] }).asked)).toEqual([{ origins: ['https://proxy.example/*'] }]);

  // A page that skipped the prompt gets no further: the worker checks the browser's grant itself.
  await page.evaluate(() => void ((globalThis as unknown as { answer: boolean }).answer = true));
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
  await expect(configured.status).toContainText('Sharebeam has not been allowed to send your keys to proxy.example');
  await configured.apiKey.fill(E2E_KEY);
  await configured.testConnection();
  await expect(configured.status).toContainText('Sharebeam has not been allowed to send your keys to proxy.example');

  await page.reload();
  await expect(configured.baseUrl).not.toHaveValue('https://proxy.example/api');
  expect((await requests()).filter((r) => r.url.includes('proxy.example'))).toEqual([]);
});

test('Test connection to an address not saved sends no saved key, only one typed with it', async ({ configured }) => {
  const other = await startSandbox({ port: 0, seed: e2eSeed() });
  try {
    await configured.baseUrl.fill(other.baseUrl);
    await configured.testConnection();
    await expect(configured.status).toContainText('Saved keys only go to the saved address');
    expect(other.requestsTo('GET', '/user')).toHaveLength(0);

    await configured.apiKey.fill(E2E_KEY);
    await configured.testConnection();
    await expect(configured.status).toContainText('Connected to E2E Primary.');
    expect(other.requestsTo('GET', '/user').map((r) => [r.headers.authorization, r.headers['x-twitter-oauth1-api-key']])).toEqual([[`Bearer ${E2E_KEY}`, undefined]]);
  } finally {
    await other.close();
  }
});
