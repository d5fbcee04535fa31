import { expect, test } from 'vitest';
import { previousRanges, recentRanges, trialTooLong } from '../../src/domain/review/plan';
import type { SchoolDay } from '../../src/domain/time';

const day = (text: string) => text as SchoolDay;

test('this week starts on Monday and this month on the first, both up to today', () => {
  // 10 September 2026 is a Thursday; 13 September a Sunday.
  expect(recentRanges(day('2026-09-10'))).toEqual({
    week: { from: '2026-09-07', to: '2026-09-10' },
    month: { from: '2026-09-01', to: '2026-09-10' },
  });
  expect(recentRanges(day('2026-09-13')).week.from).toBe('2026-09-07');
  expect(recentRanges(day('2026-10-01')).week).toEqual({ from: '2026-09-28', to: '2026-10-01' });
});

test('last week is Monday to Sunday, last month its first day to its last, across the new year', () => {
  expect(previousRanges(day('2026-09-10'))).toEqual({
    previousWeek: { from: '2026-08-31', to: '2026-09-06' },
    previousMonth: { from: '2026-08-01', to: '2026-08-31' },
  });
  expect(previousRanges(day('2027-01-03'))).toEqual({
    previousWeek: { from: '2026-12-21', to: '2026-12-27' },
    previousMonth: { from: '2026-12-01', to: '2026-12-31' },
  });
  expect(previousRanges(day('2028-03-01')).previousMonth).toEqual({ from: '2028-02-01', to: '2028-02-29' });
});

test('a trial of six weeks is fine; a day more is too long', () => {
  expect(trialTooLong({ trial: { from: day('2026-10-01'), to: day('2026-11-11') } })).toBe(false);
  expect(trialTooLong({ trial: { from: day('2026-10-01'), to: day('2026-11-12') } })).toBe(true);
  expect(trialTooLong({})).toBe(false);
});
