/**
 * Scheduling in the user's own time. The field holds a local date and time ("2026-12-01T09:30",
 * as <input type="datetime-local"> gives it); Ayrshare wants the UTC instant as
 * YYYY-MM-DDThh:mm:ssZ (ayrshare-api.md §1).
 */
export function scheduleDateUtc(local: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(local)) return undefined;
  // Without a zone suffix, Date parses date-time strings as local time.
  const instant = new Date(local);
  if (Number.isNaN(instant.getTime())) return undefined;
  return instant.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The browser's time zone, named the way people know it ("Europe/Berlin"). */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** A local date-time string for `ms`, as the datetime-local field takes it. */
export function toLocalInput(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
