import type { BrowserContext, Page } from '@playwright/test';
import { E2E_KEY, E2E_X, expect, test } from './fixtures';
import { Outbox } from './faults';
import { clickMenu, clickToolbarButton, Composer } from './pages';

/** Keys stay in the background, and whatever a web page hands over is treated as hostile. */

const SECRETS = [E2E_KEY, E2E_X.xApiKey, E2E_X.xApiSecret];
const HOSTILE_TITLE = `<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">${'A'.repeat(5_000)}`;
const HOSTILE_TEXT = `<b onmouseover="window.pwned = 3">quoted</b> ${'q'.repeat(30_000)}`;
const PAGE = { url: 'https://hostile.example/article', title: HOSTILE_TITLE };

/** Everything a page holds: its markup and the values of its fields. */
async function everythingIn(page: Page): Promise<string> {
  const values = await page.evaluate(() =>
    [...document.querySelectorAll('input, textarea')].map((field) => (field as HTMLInputElement).value).join('\n'),
  );
  return `${await page.content()}\n${values}`;
}

/** Fails the test on any dialog a hostile value might open, and reports whether any of its scripts ran. */
async function expectInert(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  // The popup's own script is the only one; nothing from the page became an element.
  const scripts = await page.locator('script').evaluateAll((all) => all.map((s) => new URL((s as HTMLScriptElement).src).pathname));
  expect(scripts).toEqual([expect.stringMatching(/^\/chunks\/popup-start-[\w-]+\.js$/)]);
  expect(await page.locator('img[src^="javascript:"], img[src="x"], a[href^="javascript:"]').count()).toBe(0);
}

function failOnDialogs(context: BrowserContext) {
  context.on('page', (page) => page.on('dialog', (dialog) => {
    throw new Error(`A page opened a dialog: ${dialog.message()}`);
  }));
}

test.describe('keys stay in the background', () => {
  test('no page but the options form ever holds a key, and that form shows only masked hints', async ({
    context,
    extensionId,
    configured,
    openComposer,
    sandbox,
    webPage,
  }) => {
    const tab = await webPage({ url: 'https://news.example/keys', title: 'Keys', body: '<p>An article.</p>' });
    const popup = new Composer(await clickToolbarButton(context, tab, extensionId));
    await popup.network('Bluesky').check();
    await popup.postButton.click();
    await expect(popup.postLink('Bluesky')).toBeVisible();

    // A server that echoes the key back in its error: the text reaches the user without it.
    const composer = await openComposer({ url: 'https://news.example/echo' });
    await composer.network('Facebook').check();
    sandbox.fault({
      method: 'POST',
      path: '/post',
      kind: 'status',
      status: 400,
      body: { action: 'post', status: 'error', code: 101, message: `Key ${E2E_KEY} with ${E2E_X.xApiSecret} is not allowed here.` },
    });
    await composer.postButton.click();
    await expect(composer.alert).toContainText('Key •••• with •••• is not allowed here.');

    await configured.page.reload();
    await expect(configured.page.getByText('••••0001')).toBeVisible();
    await expect(configured.apiKey).toHaveValue('');
    await expect(configured.xApiSecret).toHaveValue('');

    const others = context.pages().filter((page) => page !== configured.page);
    expect(others.length).toBeGreaterThanOrEqual(3);
    for (const page of context.pages()) {
      const held = await everythingIn(page);
      for (const secret of SECRETS) expect(held, `${page.url()} holds a key`).not.toContain(secret);
    }
  });

  test('a script injected into a web page can neither read Sharebeam\'s storage nor get an answer from it', async ({
    context,
    extensionId,
    configured,
    sw,
    webPage,
  }) => {
    void configured;
    const tab = await webPage({ url: 'https://news.example/probe', title: 'Probe', body: '<p>Probe.</p>' });

    // Clicking the toolbar button grants activeTab, so the worker may inject into the tab, as it
    // does to read the selection. Code running there is no trusted context.
    await clickToolbarButton(context, tab, extensionId);
    const probe = await sw.evaluate(async (url) => {
      const [target] = await chrome.tabs.query({ url });
      const [frame] = await chrome.scripting.executeScript({
        target: { tabId: target!.id! },
        func: async () => {
          const c = (globalThis as unknown as { chrome: typeof chrome }).chrome;
          let storage: string;
          try {
            storage = JSON.stringify(await c.storage.local.get(null));
          } catch (error) {
            storage = `refused: ${(error as Error).message}`;
          }
          let reply: string;
          try {
            reply = JSON.stringify(await c.runtime.sendMessage({ type: 'settings/load', input: {} })) ?? 'no reply';
          } catch (error) {
            reply = `refused: ${(error as Error).message}`;
          }
          return { storage, reply };
        },
      });
      return frame?.result as { storage: string; reply: string };
    }, 'https://news.example/probe');
    // Storage is closed to it because the worker says so (setAccessLevel); the message is ignored
    // because the worker answers its own pages only (isTrustedSender): both are Sharebeam's doing.
    expect(probe.storage).toMatch(/^refused: /);
    expect(probe.reply).toBe('no reply');
    for (const secret of SECRETS) expect(JSON.stringify(probe)).not.toContain(secret);
  });
});

test.describe('hostile page content, in every way a share can start', () => {
  test.beforeEach(({ context }) => failOnDialogs(context));

  test('the toolbar button: a scripted, huge title and a hostile selection arrive as bounded plain text', async ({
    context,
    extensionId,
    configured,
    webPage,
  }) => {
    void configured;
    const tab = await webPage({ ...PAGE, body: '<p id="q"></p>' });
    await tab.evaluate((text) => {
      const quote = document.getElementById('q')!;
      quote.textContent = text;
      const range = document.createRange();
      range.selectNodeContents(quote);
      window.getSelection()!.addRange(range);
    }, HOSTILE_TEXT);
    const composer = new Composer(await clickToolbarButton(context, tab, extensionId));

    const text = await composer.text.inputValue();
    expect(text.startsWith('“<b onmouseover="window.pwned = 3">quoted</b> qqq')).toBe(true);
    expect(text).toContain('\n\n<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">AAA');
    expect(text.endsWith(`…\n${PAGE.url}`)).toBe(true);
    expect(Array.from(text).length).toBeLessThan(5_000 + 300 + PAGE.url.length + 10);
    await expectInert(composer.page);
  });

  for (const { name, info, expectText } of [
    { name: 'page', info: { menuItemId: 'share-page' }, expectText: /^<script>window\.pwned = 1<\/script>.*A…\nhttps:\/\/hostile\.example\/article$/s },
    { name: 'selection', info: { menuItemId: 'share-selection', selectionText: HOSTILE_TEXT }, expectText: /^“<b onmouseover/ },
    { name: 'javascript: link', info: { menuItemId: 'share-link', linkUrl: 'javascript:window.pwned=4', linkText: '<svg onload="window.pwned=5">' }, expectText: /^<svg onload="window\.pwned=5">$/ },
    { name: 'image with credentials in its URL', info: { menuItemId: 'share-image', srcUrl: 'https://user:secret@cdn.example/photo.jpg' }, expectText: /hostile\.example\/article$/ },
    { name: 'javascript: image', info: { menuItemId: 'share-image', srcUrl: 'javascript:window.pwned=6' }, expectText: /hostile\.example\/article$/ },
    { name: 'plain http image', info: { menuItemId: 'share-image', srcUrl: 'http://cdn.example/photo.jpg' }, expectText: /hostile\.example\/article$/ },
  ]) {
    test(`the context menu, ${name}: kept as inert, bounded text; unsafe URLs dropped`, async ({ context, sw, configured, webPage }) => {
      void configured;
      await webPage({ ...PAGE, body: '<p>Hostile.</p>' });
      const opened = context.waitForEvent('page', (p) => p.url().includes('/popup.html?'));
      await clickMenu(sw, { editable: false, pageUrl: PAGE.url, ...info }, PAGE);
      const composer = new Composer(await opened);

      const text = await composer.text.inputValue();
      expect(text).toMatch(expectText);
      expect(text).not.toContain('javascript:');
      expect(text).not.toContain('secret@');
      expect(Array.from(text).length).toBeLessThanOrEqual(5_000 + 300 + PAGE.url.length + 10);
      await expect(composer.page.getByRole('img')).toHaveCount(0);
      await expectInert(composer.page);
    });
  }

  test("the composer's own URL, as any page could open it: nothing unsafe gets in", async ({ openComposer, sandbox }) => {
    const composer = await openComposer({
      url: 'javascript:window.pwned=7',
      title: HOSTILE_TITLE,
      text: HOSTILE_TEXT,
      media: ['https://cdn.example/ok.jpg', 'https://u:p@cdn.example/creds.jpg', 'data:image/png;base64,AAAA', 'javascript:window.pwned=8'],
    });
    const text = await composer.text.inputValue();
    expect(text).not.toContain('javascript:');
    expect(text.startsWith('“<b onmouseover')).toBe(true);
    await expect(composer.page.getByRole('img')).toHaveCount(1);
    await expect(composer.page.getByRole('img', { name: 'ok.jpg' })).toBeVisible();
    await expectInert(composer.page);

    // What goes to Ayrshare is the same inert text and only the safe image.
    await composer.network('Facebook').check();
    await composer.postButton.click();
    await expect(composer.postLink('Facebook')).toBeVisible();
    expect(sandbox.requestsTo('POST', '/post')[0]?.body).toMatchObject({ post: text, mediaUrls: ['https://cdn.example/ok.jpg'] });
  });

  test('the outbox shows a hostile post as text too', async ({ openComposer, sandbox }) => {
    const first = await openComposer({ url: 'https://hostile.example/one' });
    await first.text.fill('<img src=x onerror="window.pwned=9"> waiting');
    await first.network('Bluesky').check();
    sandbox.fault({ method: 'POST', path: '/post', kind: 'status', status: 503 });
    await first.postButton.click();
    await expect(first.results).toContainText('Retries at');

    const other = await openComposer({ url: 'https://hostile.example/two' });
    await expect(new Outbox(other.page).send('waiting')).toContainText('<img src=x onerror="window.pwned=9"> waiting');
    await expectInert(other.page);
  });
});

