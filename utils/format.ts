/**
 * Numbers, dates, times and durations in the user's own language and time zone: the one place
 * Sharebeam formats them (a message's plural form is utils/i18n.ts's `tn`). Each formatter is built on first use (building one loads locale data,
 * which a popup that never shows a date should not pay for) and kept.
 */

let numbers: Intl.NumberFormat | undefined;
let compact: Intl.NumberFormat | undefined;
let kilobytes: Intl.NumberFormat | undefined;
let megabytes: Intl.NumberFormat | undefined;
let weekdays: Intl.DateTimeFormat | undefined;
let dates: Intl.DateTimeFormat | undefined;
let dateTimes: Intl.DateTimeFormat | undefined;
let times: Intl.DateTimeFormat | undefined;
let clocks: Intl.DateTimeFormat | undefined;
let seconds: Intl.NumberFormat | undefined;
let minutes: Intl.NumberFormat | undefined;
let relative: Intl.RelativeTimeFormat | undefined;
let lists: Intl.ListFormat | undefined;

/** 12,345 (or 12 345, 12.345…). */
export function formatNumber(n: number): string {
  numbers ??= new Intl.NumberFormat();
  return numbers.format(n);
}

/** A count at a glance: 12.3K, 980, 1.2M (or 12,3 k, 1,2 Mio.…). */
export function formatCompact(n: number): string {
  compact ??= new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 });
  return compact.format(n);
}

/** The size of a file: "218 kB", "4.2 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1_000_000) {
    kilobytes ??= new Intl.NumberFormat(undefined, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 });
    return kilobytes.format(Math.max(1, Math.round(bytes / 1000)));
  }
  megabytes ??= new Intl.NumberFormat(undefined, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
  return megabytes.format(bytes / 1_000_000);
}

/** A day of the week by its number, 0 = Sunday to 6 = Saturday: "Mon". */
export function weekdayName(day: number): string {
  weekdays ??= new Intl.DateTimeFormat(undefined, { weekday: 'short', timeZone: 'UTC' });
  // 4 January 1970 was a Sunday.
  return weekdays.format(Date.UTC(1970, 0, 4 + day));
}

/** "3 Dec 2026". */
export function formatDate(ms: number): string {
  dates ??= new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
  return dates.format(ms);
}

/** "3 Dec 2026, 14:05". */
export function formatDateTime(ms: number): string {
  dateTimes ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return dateTimes.format(ms);
}

/** A time of day, "14:05". */
export function timeOfDay(ms: number): string {
  times ??= new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
  return times.format(ms);
}

/** A time of day kept as "HH:MM" (a posting schedule's slot), written the user's way: "09:30", "9:30 AM". */
export function formatClock(hhmm: string): string {
  const [hours, minutes] = hhmm.split(':').map(Number);
  clocks ??= new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
  return clocks.format(Date.UTC(1970, 0, 1, hours, minutes));
}

/** How long a wait is, "45 seconds" or "3 minutes" (or "45 Sekunden", "3 minutes"…). */
export function formatDuration(ms: number): string {
  const s = Math.max(1, Math.ceil(ms / 1000));
  if (s < 90) {
    seconds ??= new Intl.NumberFormat(undefined, { style: 'unit', unit: 'second', unitDisplay: 'long' });
    return seconds.format(s);
  }
  minutes ??= new Intl.NumberFormat(undefined, { style: 'unit', unit: 'minute', unitDisplay: 'long' });
  return minutes.format(Math.ceil(s / 60));
}

/** How long until a moment, "in 45 seconds" or "in 3 minutes" (never "in 0 seconds"). */
export function formatCountdown(ms: number): string {
  relative ??= new Intl.RelativeTimeFormat(undefined, { numeric: 'always' });
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  return seconds < 90 ? relative.format(seconds, 'second') : relative.format(Math.round(seconds / 60), 'minute');
}

/** Names in a sentence: "Bluesky, Facebook and X" (or "Bluesky, Facebook und X"…). */
export function formatList(items: readonly string[]): string {
  lists ??= new Intl.ListFormat();
  return lists.format(items);
}
