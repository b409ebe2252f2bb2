import fs from 'node:fs';
import path from 'node:path';

/** The budgets in budgets.json: popup and background bytes, popup start-up time, posting, heap. */
export interface Budgets {
  /** JS + CSS the popup's HTML loads, with its static imports, each file once. */
  popupStartupGzipKiB: number;
  /** The service worker's script with its static imports. */
  backgroundGzipKiB: number;
  /** Median time to a usable composer, divided by the median time to load an extension page with no script. */
  popupReadyVsBlank: number;
  /** Median time from Post to the last of five profiles' requests, divided by the time for one. */
  fiveProfilesVsOne: number;
  /** The popup's used JS heap after the composer opened, after garbage collection. */
  popupHeapMiB: number;
}

export const BUDGETS_FILE = path.join(import.meta.dirname, 'budgets.json');

export function readBudgets(file = BUDGETS_FILE): Budgets {
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  const keys: Array<keyof Budgets> = ['popupStartupGzipKiB', 'backgroundGzipKiB', 'popupReadyVsBlank', 'fiveProfilesVsOne', 'popupHeapMiB'];
  const budgets = {} as Budgets;
  for (const key of keys) {
    const value = raw[key];
    if (typeof value !== 'number' || !(value > 0)) throw new Error(`${file}: "${key}" must be a positive number`);
    budgets[key] = value;
  }
  return budgets;
}

/** One budget against what the benchmark measured. */
export interface Check {
  budget: keyof Budgets;
  what: string;
  limit: number;
  actual: number;
  unit: 'bytes' | 'ratio';
  ok: boolean;
  /** Where the time or the bytes went, said when the budget is missed. */
  cause?: string;
}

/** What each check needs from the measurements; `cause` is asked only of a missed budget. */
export interface Measured {
  popupStartupGzip: number;
  backgroundGzip: number;
  popupReadyVsBlank: number;
  fiveProfilesVsOne: number;
  popupHeapBytes: number;
  cause(budget: keyof Budgets): string;
}

export function checkBudgets(budgets: Budgets, measured: Measured): Check[] {
  const checks: Array<Omit<Check, 'ok' | 'cause'>> = [
    { budget: 'popupStartupGzipKiB', what: 'popup JS + CSS, gzip', limit: budgets.popupStartupGzipKiB * 1024, actual: measured.popupStartupGzip, unit: 'bytes' },
    { budget: 'backgroundGzipKiB', what: 'background, gzip', limit: budgets.backgroundGzipKiB * 1024, actual: measured.backgroundGzip, unit: 'bytes' },
    { budget: 'popupReadyVsBlank', what: 'popup usable / no-script page loaded (median)', limit: budgets.popupReadyVsBlank, actual: measured.popupReadyVsBlank, unit: 'ratio' },
    { budget: 'fiveProfilesVsOne', what: 'Post to 5 profiles / to 1 (median)', limit: budgets.fiveProfilesVsOne, actual: measured.fiveProfilesVsOne, unit: 'ratio' },
    { budget: 'popupHeapMiB', what: 'popup JS heap', limit: budgets.popupHeapMiB * 1024 * 1024, actual: measured.popupHeapBytes, unit: 'bytes' },
  ];
  return checks.map((check) => {
    // NaN (nothing measured) is a miss, never a pass.
    const ok = check.actual <= check.limit;
    return ok ? { ...check, ok } : { ...check, ok, cause: measured.cause(check.budget) };
  });
}
