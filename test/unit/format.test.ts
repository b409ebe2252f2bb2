import { describe, expect, it } from 'vitest';
import { formatBytes, formatClock, formatCompact, formatCountdown, formatDate, formatDateTime, formatDuration, formatList, formatNumber, timeOfDay, weekdayName } from '@/utils/format';

const AT = Date.UTC(2026, 11, 3, 14, 5);

describe('formatting for people', () => {
  it('groups the digits of large numbers, as counters and analytics show them', () => {
    expect(formatNumber(1234567)).toMatch(/^1\D?234\D?567$/);
    expect(formatNumber(42)).toBe('42');
  });

  it('says a follower count at a glance, in compact notation', () => {
    expect(formatCompact(12_345)).toBe('12.3K');
    expect(formatCompact(980)).toBe('980');
    expect(formatCompact(1_250_000)).toBe('1.3M');
  });

  it('names networks in a sentence, with "and" before the last', () => {
    expect(formatList(['Bluesky'])).toBe('Bluesky');
    expect(formatList(['Bluesky', 'Facebook'])).toBe('Bluesky and Facebook');
    expect(formatList(['Bluesky', 'Facebook', 'X'])).toBe('Bluesky, Facebook, and X');
  });

  it('says a file size in kB or MB, and days of the week by name', () => {
    expect(formatBytes(223_340)).toBe('223 kB');
    expect(formatBytes(4_200_000)).toBe('4.2 MB');
    expect(formatBytes(12)).toBe('1 kB');
    expect([0, 1, 6].map(weekdayName)).toEqual(['Sun', 'Mon', 'Sat']);
  });

  it('says a time of day with hours and minutes only, the way the outbox names its retries', () => {
    expect(timeOfDay(AT)).toBe(new Date(AT).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' }));
    expect(timeOfDay(AT)).not.toMatch(/\d{1,2}\D\d{2}\D\d{2}/);
  });

  it('says a date with its year, and a date with its time', () => {
    expect(formatDate(AT)).toMatch(/2026/);
    expect(formatDateTime(AT)).toMatch(/2026/);
    expect(formatDateTime(AT)).toContain(timeOfDay(AT).replace(/^0/, ''));
  });

  it('says how long a wait is in seconds, then minutes, never zero', () => {
    expect(formatDuration(30_000)).toBe('30 seconds');
    expect(formatDuration(1_000)).toBe('1 second');
    expect(formatDuration(200)).toBe('1 second');
    expect(formatDuration(5 * 60_000)).toBe('5 minutes');
  });
});

describe('countdowns', () => {
  it('counts seconds under a minute and a half, then minutes, and never says zero', () => {
    const inWords = new Intl.RelativeTimeFormat(undefined, { numeric: 'always' });
    expect(formatCountdown(45_000)).toBe(inWords.format(45, 'second'));
    expect(formatCountdown(200)).toBe(inWords.format(1, 'second'));
    expect(formatCountdown(5 * 60_000)).toBe(inWords.format(5, 'minute'));
  });
});

describe('times of day kept as HH:MM', () => {
  it('are written the way the locale writes a time, not as stored', () => {
    expect(formatClock('09:30')).toMatch(/^9:30\sAM$/);
    expect(formatClock('21:05')).toMatch(/^9:05\sPM$/);
  });
});
