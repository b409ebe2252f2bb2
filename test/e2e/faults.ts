import { expect, type BrowserContext, type Locator, type Page, type Worker } from '@playwright/test';

/**
 * What the reliability tests do to the extension from outside: stop its service worker the way
 * Chrome does when it is idle or killed, fire its alarm early, see its notifications, and make
 * its long timeouts short. Each reaches the real extension; none changes its code.
 */

/** The outbox alarm's name (utils/outbox/deliver.ts). */
const OUTBOX_ALARM = 'outbox';

/**
 * Stops the extension's service worker, as Chrome does to an idle worker or from
 * chrome://serviceworker-internals. An in-flight request dies with it. Playwright's `sw` handle
 * follows the next worker once something wakes it.
 */
export async function stopWorker(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  const session = await context.newCDPSession(page);
  const stopped = new Promise<void>((resolve) =>
    session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.some((v) => v.scriptURL.endsWith('/background.js') && v.runningStatus === 'stopped')) resolve();
    }),
  );
  await session.send('ServiceWorker.enable');
  await session.send('ServiceWorker.stopAllWorkers');
  await stopped;
  // The page that drove DevTools is not left to wake anything.
  await page.close();
}

/** The extension's service worker as it runs now (a stopped one is replaced by the next). */
export async function currentWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers().at(-1) ?? (await context.waitForEvent('serviceworker'));
}

/** When the outbox alarm is set for, or undefined. */
export function outboxAlarmTime(sw: Worker): Promise<number | undefined> {
  return sw.evaluate(async (name) => (await chrome.alarms.get(name))?.scheduledTime, OUTBOX_ALARM);
}

/**
 * Lets the outbox alarm go off now, as Chrome does at its time: the real listener runs with the
 * alarm as Chrome would pass it. Waiting minutes of real time is what this spares.
 */
export async function fireOutboxAlarm(sw: Worker): Promise<void> {
  await sw.evaluate(async (name) => {
    const alarm = await chrome.alarms.get(name);
    if (!alarm) throw new Error('The outbox alarm is not set');
    (chrome.alarms.onAlarm as unknown as { dispatch(alarm: unknown): void }).dispatch(alarm);
  }, OUTBOX_ALARM);
}

/**
 * Counts the extension API calls the worker makes to keep itself alive (utils/ayrshare/keep-alive.ts).
 * Chrome stops a worker 30 s after its last event or API call; with DevTools attached, as in these
 * tests, it never does, so the calls are what shows a real browser would keep it.
 */
export async function countKeepAlives(sw: Worker): Promise<() => Promise<number>> {
  await sw.evaluate(() => {
    const g = globalThis as unknown as { keepAlives?: number };
    g.keepAlives = 0;
    const real = chrome.runtime.getPlatformInfo.bind(chrome.runtime);
    (chrome.runtime as unknown as { getPlatformInfo: unknown }).getPlatformInfo = () => {
      g.keepAlives!++;
      return real();
    };
  });
  return () => sw.evaluate(() => (globalThis as unknown as { keepAlives: number }).keepAlives);
}

/** Starts recording the notifications the worker shows (headless Chromium has no notification centre). */
export async function recordNotifications(sw: Worker): Promise<void> {
  await sw.evaluate(() => {
    const g = globalThis as unknown as { shown?: unknown[] };
    if (g.shown) return;
    g.shown = [];
    const create = chrome.notifications.create.bind(chrome.notifications) as (...args: unknown[]) => unknown;
    (chrome.notifications as unknown as { create: unknown }).create = (...args: unknown[]) => {
      g.shown!.push(args.find((a) => typeof a === 'object'));
      return create(...args);
    };
  });
}

export function notificationsShown(sw: Worker): Promise<Array<{ title: string; message: string }>> {
  return sw.evaluate(() => ((globalThis as unknown as { shown?: Array<{ title: string; message: string }> }).shown ?? []));
}

/**
 * Makes the worker's long timers (the 60 s wait for Ayrshare's answer) fire after `to` ms, as a
 * fake clock would: the request times out for real, without the test waiting a minute.
 */
export async function shortenLongTimers(sw: Worker, to = 50): Promise<void> {
  await sw.evaluate((to) => {
    const real = globalThis.setTimeout;
    globalThis.setTimeout = ((handler: () => void, ms?: number, ...args: unknown[]) =>
      real(handler, ms !== undefined && ms >= 30_000 ? to : ms, ...args)) as typeof setTimeout;
  }, to);
}

/** The outbox list in the popup, and one send in it. */
export class Outbox {
  constructor(readonly page: Page) {}

  get region(): Locator {
    return this.page.getByRole('region', { name: 'Outbox' });
  }
  send(text: string): Locator {
    return this.region.getByRole('listitem').filter({ hasText: text });
  }
}

/** The time of day the popup shows for `ms`, in the popup's own locale. */
export function timeOfDayIn(page: Page, ms: number): Promise<string> {
  return page.evaluate((at) => new Date(at).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' }), ms);
}

/** Every POST /post the sandbox received carried the same idempotency key. */
export function expectOneKey(requests: Array<{ body: unknown }>): void {
  const keys = new Set(requests.map((r) => (r.body as { idempotencyKey?: string }).idempotencyKey));
  expect(keys.size).toBe(1);
  expect([...keys][0]).toMatch(/^[0-9a-f-]{36}$/);
}

/** The sends in the outbox, as stored. */
export function storedOutbox(sw: Worker): Promise<Array<{ id: string; targets: Array<{ state: string; retryAt?: number }> }>> {
  return sw.evaluate(async () => ((await chrome.storage.local.get('outbox')).outbox ?? []) as never);
}

/**
 * Lets the outbox alarm go off as Chrome would at `when` (the end of a share-now's ten seconds,
 * say), and resolves once the worker has handled it: its last step sets the alarm again or
 * clears it (utils/outbox/deliver.ts, scheduleWake).
 */
export async function wakeOutboxAt(sw: Worker, when: number): Promise<void> {
  await sw.evaluate(
    async ({ name, when }) => {
      const alarms = chrome.alarms as unknown as Record<'clear' | 'create', (...args: unknown[]) => unknown>;
      const real = { clear: alarms.clear.bind(alarms), create: alarms.create.bind(alarms) };
      const handled = new Promise<void>((resolve) => {
        for (const method of ['clear', 'create'] as const) {
          alarms[method] = (...args: unknown[]) => {
            Object.assign(alarms, real);
            resolve();
            return real[method](...args);
          };
        }
      });
      (chrome.alarms.onAlarm as unknown as { dispatch(alarm: unknown): void }).dispatch({ name, scheduledTime: when });
      await handled;
    },
    { name: OUTBOX_ALARM, when },
  );
}
