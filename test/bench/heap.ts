import type { BrowserContext, CDPSession } from '@playwright/test';
import { BLANK_FILE, loadEventOf, networksRefreshed, openPage, POPUP_FILE, type OpenPage } from './page-timing';
import type { SandboxProcess } from './sandbox-process';
import { waitFor, type BenchBrowser } from './session';

/**
 * JS heap in use after a garbage collection, through the DevTools protocol. V8 counts per isolate,
 * and every page of the extension shares one renderer isolate: each page is measured as the only
 * extension page open, and a page closed just before can take a moment to leave that isolate, so
 * the lowest of a few readings is the page's own. The service worker has an isolate of its own.
 */

export interface HeapUsage {
  /** Bytes of live objects after garbage collection. */
  usedSize: number;
  /** Bytes V8 has reserved for the heap. */
  totalSize: number;
}

export interface Heaps {
  /** The popup with its composer open: first paint, what loads after it, networks refreshed. */
  popup: HeapUsage;
  /** The blank page: what any page of the extension costs at least. */
  blank: HeapUsage;
  /** The service worker, after it answered the composer. */
  worker: HeapUsage;
}

export async function measureHeaps(browser: BenchBrowser, sandbox: SandboxProcess): Promise<Heaps> {
  // Without the timing instruments, which would count too.
  const blankPage = await openPage(browser, BLANK_FILE, false);
  await loadEventOf(blankPage);
  await onlyExtensionPage(browser, BLANK_FILE);
  const blank = await lowestOf(() => heapOf(blankPage.cdp));
  await blankPage.close();

  await sandbox.reset();
  const opened = Date.now();
  const popupPage = await openPage(browser, POPUP_FILE, false);
  await networksRefreshed(sandbox, 0);
  const refreshed = (await sandbox.requestsTo('GET', '/user')).length;
  await waitFor(() => composerSettled(popupPage, opened, refreshed), 'the composer to settle');
  await onlyExtensionPage(browser, POPUP_FILE);
  const popup = await lowestOf(() => heapOf(popupPage.cdp));
  const worker = await workerHeap(browser.context, browser.extensionId);
  await popupPage.close();
  return { popup, blank, worker };
}

/**
 * What loads after the first paint is on screen (Add media, the network tiles' icons) and the
 * `refreshed` profiles' networks are cached.
 */
function composerSettled(page: OpenPage, since: number, refreshed: number): Promise<boolean> {
  return page.evaluate<boolean>(`(async () => {
    const loaded = [...document.querySelectorAll('button')].some((b) => b.textContent === 'Add media') && document.querySelector('.network svg');
    if (!loaded) return false;
    const { account = [] } = await chrome.storage.local.get('account');
    return account.filter((snapshot) => snapshot.fetchedAt >= ${since}).length >= ${refreshed};
  })()`);
}

/**
 * Fails unless `file` is the one page of the extension open: any other would be read with it (an
 * options tab the extension opened at the browser's start once added 1.5 MiB to every reading).
 */
async function onlyExtensionPage(browser: BenchBrowser, file: string): Promise<void> {
  const session = await browser.context.browser()!.newBrowserCDPSession();
  try {
    const others = (await extensionTargets(session, browser.extensionId)).filter((t) => t.type === 'page' && t.url !== browser.url(file));
    if (others.length > 0) throw new Error(`The heap of ${file} would include other pages of the extension: ${others.map((t) => t.url).join(', ')}`);
  } finally {
    await session.detach();
  }
}

/**
 * Readings, each after a full collection, until one is no lower than the lowest so far (at most
 * five): a page closed just before may still be in the isolate, and leaves it as the collections
 * run, not after a set time.
 */
async function lowestOf(read: () => Promise<HeapUsage>): Promise<HeapUsage> {
  let low = await read();
  for (let i = 1; i < 5; i++) {
    const next = await read();
    if (next.usedSize >= low.usedSize) break;
    low = next;
  }
  return low;
}

type Send = (method: string) => Promise<unknown>;

async function measure(send: Send): Promise<HeapUsage> {
  await send('HeapProfiler.collectGarbage');
  const { usedSize, totalSize } = (await send('Runtime.getHeapUsage')) as HeapUsage;
  return { usedSize, totalSize };
}

function heapOf(cdp: CDPSession): Promise<HeapUsage> {
  return measure((method) => cdp.send(method as 'Runtime.getHeapUsage'));
}

/**
 * Playwright opens DevTools sessions on pages only; the worker is reached through the browser's
 * session, attached to the worker's target, with commands passed as messages to that target.
 */
export async function workerHeap(context: BrowserContext, extensionId: string): Promise<HeapUsage> {
  const browserSession = await context.browser()!.newBrowserCDPSession();
  try {
    const worker = (await extensionTargets(browserSession, extensionId)).find((t) => t.type === 'service_worker');
    if (!worker) throw new Error('The extension has no running service worker');
    const { sessionId } = await browserSession.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
    return await measure(targetCaller(browserSession, sessionId));
  } finally {
    await browserSession.detach();
  }
}

/** The extension's pages and worker, as the browser's DevTools session lists them. */
async function extensionTargets(browserSession: CDPSession, extensionId: string) {
  const { targetInfos } = await browserSession.send('Target.getTargets');
  return targetInfos.filter((t) => t.url.startsWith(`chrome-extension://${extensionId}/`));
}

function targetCaller(browserSession: CDPSession, sessionId: string): Send {
  let lastId = 0;
  const waiting = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  browserSession.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
    const call = message.id === undefined ? undefined : waiting.get(message.id);
    if (!call) return;
    waiting.delete(message.id!);
    if (message.error) call.reject(new Error(message.error.message));
    else call.resolve(message.result);
  });
  return (method) =>
    new Promise((resolve, reject) => {
      const id = ++lastId;
      waiting.set(id, { resolve, reject });
      browserSession.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params: {} }) }).catch(reject);
    });
}
