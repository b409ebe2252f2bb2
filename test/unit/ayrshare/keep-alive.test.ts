import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { KEEP_ALIVE_EVERY_MS, keptAlive } from '@/utils/ayrshare/keep-alive';

/**
 * Chrome stops a worker 30 s after its last extension API call, whatever fetch it waits for: while
 * a request is open the worker calls one every 20 s, and stops when none is open.
 */
let calls: number;
beforeEach(() => {
  vi.useFakeTimers();
  calls = 0;
  fakeBrowser.runtime.getPlatformInfo = vi.fn(async () => {
    calls++;
    return { os: 'linux', arch: 'x86-64' } as never;
  });
});
afterEach(() => vi.useRealTimers());

describe('keeping the worker alive', () => {
  it('calls the browser every 20 seconds while a request is open, overlapping ones included, and stops after', async () => {
    let finishFirst!: () => void;
    let finishSecond!: () => void;
    const first = keptAlive(() => new Promise<void>((resolve) => (finishFirst = resolve)));
    await vi.advanceTimersByTimeAsync(KEEP_ALIVE_EVERY_MS);
    const second = keptAlive(() => new Promise<void>((resolve) => (finishSecond = resolve)));
    await vi.advanceTimersByTimeAsync(KEEP_ALIVE_EVERY_MS);
    expect(calls).toBe(2);

    finishFirst();
    await first;
    await vi.advanceTimersByTimeAsync(KEEP_ALIVE_EVERY_MS);
    expect(calls).toBe(3);

    finishSecond();
    await second;
    await vi.advanceTimersByTimeAsync(5 * KEEP_ALIVE_EVERY_MS);
    expect(calls).toBe(3);
  });

  it('stops when the request fails, and passes the failure on', async () => {
    await expect(keptAlive(() => Promise.reject(new Error('offline')))).rejects.toThrow('offline');
    await vi.advanceTimersByTimeAsync(3 * KEEP_ALIVE_EVERY_MS);
    expect(calls).toBe(0);
  });
});
