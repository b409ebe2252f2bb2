import { describe, expect, it } from 'vitest';
import { formatCountdown, formatDate, formatDateTime, formatNumber, pluralForm, timeOfDay } from '@/utils/format';

const AT = Date.UTC(2026, 11, 3, 14, 5);

describe('formatting for people', () => {
  it('groups the digits of large numbers, as counters and analytics show them', () => {
    expect(formatNumber(1234567)).toMatch(/^1\D?234\D?567$/);
    expect(formatNumber(42)).toBe('42');
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

  it('picks the plural form of the extension’s language', () => {
    expect(pluralForm(1)).toBe('one');
    expect(pluralForm(0)).toBe('other');
    expect(pluralForm(3)).toBe('other');
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
