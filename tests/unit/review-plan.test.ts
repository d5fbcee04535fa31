import { expect, test } from 'vitest';
import { recentRanges, trialTooLong } from '../../src/domain/review/plan';
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

test('a trial of six weeks is fine; a day more is too long', () => {
  expect(trialTooLong({ trial: { from: day('2026-10-01'), to: day('2026-11-11') } })).toBe(false);
  expect(trialTooLong({ trial: { from: day('2026-10-01'), to: day('2026-11-12') } })).toBe(true);
  expect(trialTooLong({})).toBe(false);
});
