import { afterEach, expect, test } from 'vitest';
import type { SchoolDay } from '../../src/domain/time';
import { setLocale } from '../../src/i18n';
import {
  formatDay,
  formatDecimal,
  formatPercent,
  formatRange,
  formatSeconds,
} from '../../src/ui/teacher/review/format';

const day = (text: string) => text as SchoolDay;

afterEach(() => setLocale('en'));

test('figures and dates in English, then in Spanish once the adult screens switch', async () => {
  await setLocale('en');
  expect(formatPercent(0.724)).toBe('72%');
  expect(formatDay(day('2026-09-02'))).toBe('Sep 2');
  // The dash of a range stands between thin spaces.
  expect(formatRange({ from: day('2026-10-01'), to: day('2026-11-08') })).toMatch(/^Oct 1\s–\sNov 8$/);
  expect(formatRange({ from: day('2026-09-02'), to: day('2026-09-13') }, true)).toMatch(
    /^Sep 2\s–\s13, 2026$/,
  );
  expect(formatDecimal(3.25)).toBe('3.3');
  expect(formatSeconds(4500)).toBe('4.5');

  await setLocale('es');
  expect(formatPercent(0.724)).toBe('72\u00a0%');
  expect(formatDay(day('2026-09-02'))).toBe('2 sept');
  expect(formatDecimal(3.25)).toBe('3,3');
});

test('no figure reads as “no data”, never as 0%', async () => {
  await setLocale('en');
  expect(formatPercent(undefined)).not.toMatch(/\d/);
  expect(formatPercent(0)).toBe('0%');
});
