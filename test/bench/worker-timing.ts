import type { Page } from '@playwright/test';
import { stopWorker } from '../e2e/faults';
import type { BenchBrowser } from './session';

/**
 * The service worker's cold start: Chrome stops an idle worker after 30 s, and the next message
 * from a page has to start it again (load and run background.js, add its listeners) before it is
 * handled. Timed in the page, from sending a message to its reply, after stopping the worker as
 * Chrome does; a warm round trip (the worker running) is timed beside it.
 */

/** A read every options page makes at start: settings, with secrets as masked hints. */
const MESSAGE = { type: 'settings/load', input: {} };

function roundTrip(page: Page): Promise<number> {
  return page.evaluate(async (message) => {
    const sent = performance.now();
    const reply = (await chrome.runtime.sendMessage(message)) as { value?: unknown } | undefined;
    if (!reply || !('value' in reply)) throw new Error(`The worker did not handle ${message.type}: ${JSON.stringify(reply)}`);
    return performance.now() - sent;
  }, MESSAGE);
}

export async function timeWorker(browser: BenchBrowser, runs: number): Promise<{ cold: number[]; warm: number[] }> {
  const page = await browser.context.newPage();
  await page.goto(browser.url('blank.html'));
  const cold: number[] = [];
  const warm: number[] = [];
  for (let i = 0; i < runs; i++) {
    await stopWorker(browser.context);
    cold.push(await roundTrip(page));
    warm.push(await roundTrip(page));
  }
  await page.close();
  return { cold, warm };
}
