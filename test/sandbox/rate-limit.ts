// Ayrshare's per-profile budget (§5.3): a fixed 5-minute window, 250 requests by default,
// reported in `x-ratelimit-max`/`x-ratelimit-count` (current docs) and `-remaining`/`-reset`
// (older docs) so clients reading either set work. 1,000 rejections in 24 h suspend the profile.
import { DAY, MINUTE } from './clock.ts';

export const RATE_LIMIT_WINDOW_MS = 5 * MINUTE;
const SUSPEND_AFTER_VIOLATIONS = 1_000;

interface Window {
  start: number;
  count: number;
}

export interface RateLimitVerdict {
  allowed: boolean;
  headers: Record<string, string>;
  /** The 429s of the last 24 h reached Ayrshare's auto-suspension threshold. */
  suspend: boolean;
}

export class RateLimiter {
  readonly #windows = new Map<string, Window>();
  readonly #violations = new Map<string, number[]>();

  hit(bucket: string, max: number, now: number): RateLimitVerdict {
    const window = this.#current(bucket, now);
    window.count++;
    const allowed = window.count <= max;
    let suspend = false;
    if (!allowed) {
      const recent = (this.#violations.get(bucket) ?? []).filter((t) => t > now - DAY);
      recent.push(now);
      this.#violations.set(bucket, recent);
      suspend = recent.length >= SUSPEND_AFTER_VIOLATIONS;
    }
    return { allowed, headers: headersFor(window, max, now), suspend };
  }

  /** Headers for an answer that used up the budget (the `rateLimit` fault). */
  exhausted(bucket: string, max: number, now: number): Record<string, string> {
    const window = this.#current(bucket, now);
    return headersFor({ start: window.start, count: Math.max(window.count, max) }, max, now);
  }

  #current(bucket: string, now: number): Window {
    let window = this.#windows.get(bucket);
    if (!window || now - window.start >= RATE_LIMIT_WINDOW_MS) {
      window = { start: now, count: 0 };
      this.#windows.set(bucket, window);
    }
    return window;
  }
}

function headersFor(window: Window, max: number, now: number): Record<string, string> {
  return {
    'x-ratelimit-max': String(max),
    'x-ratelimit-count': String(window.count),
    'x-ratelimit-remaining': String(Math.max(0, max - window.count)),
    'x-ratelimit-reset': String(Math.max(0, window.start + RATE_LIMIT_WINDOW_MS - now)),
  };
}
