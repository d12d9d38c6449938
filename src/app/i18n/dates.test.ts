// Dates on the prints: Gregorian in every language, month names from content where the browser has none.
import { describe, expect, it } from 'vitest';
import { dayParts, formatDay } from './dates';

const without = (missing: string[]) => (lang: string) => !missing.includes(lang);

describe('days in his language', () => {
  it('uses the month names from content where the browser lacks the language, never English', () => {
    const chromium = without(['ti', 'ps', 'so', 'ckb', 'kmr']);
    expect(formatDay('2026-12-05', 'ti', chromium)).toBe('5 ታሕሳስ 2026');
    expect(dayParts('2027-02-03', 'so', chromium)).toEqual({
      day: 3,
      month: 'Febraayo',
      year: 2027,
    });
    expect(formatDay('2026-12-05', 'ps', chromium)).toBe('5 دسمبر 2026');
  });

  it('keeps the Gregorian calendar where the language would default to another', () => {
    expect(formatDay('2026-12-05', 'fa')).toContain('دسامبر');
    expect(formatDay('2026-12-05', 'nl')).toBe('5 december 2026');
  });

  it('falls back to Dutch for a language without browser data or a table', () => {
    expect(dayParts('2026-12-05', 'xx', without(['xx'])).month).toBe('december');
  });
});
