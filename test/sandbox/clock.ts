// The sandbox's notion of "now": the host clock (or a test's) plus however far tests advanced it.
// Scheduled posts and async networks compare against this, so tests never sleep.

export class SandboxClock {
  #offsetMs = 0;

  constructor(private readonly base: () => number = Date.now) {}

  now(): number {
    return this.base() + this.#offsetMs;
  }

  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`advanceClock needs a finite, non-negative ms, got ${ms}`);
    this.#offsetMs += ms;
  }

  get offsetMs(): number {
    return this.#offsetMs;
  }
}

export const SECOND = 1_000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** The `{_seconds, _nanoseconds, utc}` timestamp object Ayrshare's history examples use (§4.7). */
export function firestoreTimestamp(ms: number): { _seconds: number; _nanoseconds: number; utc: string } {
  return { _seconds: Math.floor(ms / 1000), _nanoseconds: (ms % 1000) * 1_000_000, utc: new Date(ms).toISOString() };
}
