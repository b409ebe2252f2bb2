import { browser } from 'wxt/browser';

/**
 * Chrome stops an extension's service worker 30 seconds after its last event or extension API
 * call, and a `fetch` still waiting for its answer does not count: a post that takes Ayrshare
 * longer (video, many networks) would lose its worker, and with it the answer. An extension API
 * call every 20 seconds while a request is open keeps the worker (Chrome's documented way).
 */
export const KEEP_ALIVE_EVERY_MS = 20_000;

let open = 0;
let timer: ReturnType<typeof setInterval> | undefined;

const ping = () => void browser.runtime.getPlatformInfo?.().catch(() => undefined);

/** Runs `work`, keeping the worker alive until it settles (and while any other such work is open). */
export async function keptAlive<T>(work: () => Promise<T>): Promise<T> {
  if (open++ === 0) timer = setInterval(ping, KEEP_ALIVE_EVERY_MS);
  try {
    return await work();
  } finally {
    if (--open === 0) clearInterval(timer);
  }
}
