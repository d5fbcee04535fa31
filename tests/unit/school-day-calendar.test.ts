import { expect, test } from 'vitest';
import {
  calendarOf,
  dayAfter,
  dayBounds,
  dayMatchesMoment,
  dayNumberOf,
  localDateOf,
  mondayOf,
  nextDayStartOf,
  type SchoolDay,
  schoolDayOf,
} from '../../src/domain/time';

const day = (text: string) => text as SchoolDay;

test('a school day is taken apart into its year, month and date', () => {
  expect(calendarOf(day('2026-09-07'))).toEqual({ year: 2026, month: 9, date: 7 });
});

test('a moment of a school day is on the device’s own clock', () => {
  const noon = localDateOf(day('2026-03-08'), 12);
  expect([noon.getFullYear(), noon.getMonth(), noon.getDate(), noon.getHours()]).toEqual([2026, 2, 8, 12]);
  expect(schoolDayOf(localDateOf(day('2026-12-31')).getTime())).toBe('2026-12-31');
});

test('days after and before cross months, years and leap days', () => {
  expect(dayAfter(day('2026-01-31'), 1)).toBe('2026-02-01');
  expect(dayAfter(day('2026-12-31'), 1)).toBe('2027-01-01');
  expect(dayAfter(day('2028-03-01'), -1)).toBe('2028-02-29');
  expect(dayNumberOf(day('2026-09-14')) - dayNumberOf(day('2026-09-07'))).toBe(7);
});

test('the Monday of a week: a Monday is its own, a Sunday belongs to the week before', () => {
  expect(mondayOf(day('2026-09-07'))).toBe('2026-09-07');
  expect(mondayOf(day('2026-09-11'))).toBe('2026-09-07');
  expect(mondayOf(day('2026-09-13'))).toBe('2026-09-07');
  expect(mondayOf(day('2027-01-01'))).toBe('2026-12-28');
});

test('a day’s bounds meet the next day’s without a gap', () => {
  const today = dayBounds(day('2026-09-07'));
  const tomorrow = dayBounds(day('2026-09-08'));
  expect(tomorrow.from - today.to).toBe(1);
  expect(schoolDayOf(today.to)).toBe('2026-09-07');
  expect(schoolDayOf(tomorrow.from)).toBe('2026-09-08');
});

test('the day moves at midnight: 23:59:59.999 is still today, the next millisecond is tomorrow', () => {
  const lastMoment = new Date(2026, 8, 7, 23, 59, 59, 999).getTime();
  expect(schoolDayOf(lastMoment)).toBe('2026-09-07');
  expect(schoolDayOf(lastMoment + 1)).toBe('2026-09-08');
  expect(nextDayStartOf(lastMoment)).toBe(lastMoment + 1);
  expect(nextDayStartOf(new Date(2026, 8, 7, 8, 30).getTime())).toBe(new Date(2026, 8, 8).getTime());
  expect(nextDayStartOf(lastMoment + 1)).toBe(new Date(2026, 8, 9).getTime());
});

test('a day that is 23 or 25 hours long (a clock change) still ends at the next local midnight', () => {
  for (const date of [new Date(2026, 2, 8, 12), new Date(2026, 10, 1, 12), new Date(2026, 2, 29, 12)]) {
    const next = new Date(nextDayStartOf(date.getTime()));
    expect([next.getDate(), next.getHours(), next.getMinutes()]).toEqual([date.getDate() + 1, 0, 0]);
    expect(schoolDayOf(next.getTime() - 1)).toBe(schoolDayOf(date.getTime()));
  }
});

test('an event’s day matches its moment only on the device-local day of that moment', () => {
  const afterMidnight = new Date(2026, 8, 8, 0, 0, 1).getTime();
  expect(dayMatchesMoment({ day: day('2026-09-08'), at: afterMidnight })).toBe(true);
  expect(dayMatchesMoment({ day: day('2026-09-07'), at: afterMidnight })).toBe(false);
});
