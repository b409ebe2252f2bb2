// `scheduleDate` must be UTC ISO-8601 `YYYY-MM-DDThh:mm:ssZ` (§1, §4.2), the one format the docs
// show: no fraction of a second (what JavaScript's toISOString() adds), no offset such as `+02:00`.

const UTC_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/;

export interface UtcDate {
  ms: number;
  /** As sent (the format has whole seconds only). */
  iso: string;
}

export function parseUtcDateTime(value: unknown): UtcDate | null {
  if (typeof value !== 'string') return null;
  const match = UTC_DATE_TIME.exec(value);
  if (!match) return null;
  const [, year, month, day, hour, minute, second] = match.map(Number);
  const ms = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!);
  const check = new Date(ms);
  // Rejects 2026-02-30T… and 25:00:00 rather than letting Date roll them over.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month! - 1 || check.getUTCDate() !== day || check.getUTCHours() !== hour || check.getUTCMinutes() !== minute) {
    return null;
  }
  return { ms, iso: value };
}

export const SCHEDULE_DATE_FORMAT_HINT = 'Use UTC ISO-8601 "YYYY-MM-DDThh:mm:ssZ", e.g. "2026-07-08T12:30:00Z".';
