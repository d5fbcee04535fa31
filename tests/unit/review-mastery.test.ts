import { describe, expect, test } from 'vitest';
import type { DayIndependence } from '../../src/domain/review/independence';
import {
  dueProbes,
  maintenanceProbes,
  masteredOn,
  suggestedProgressCode,
} from '../../src/domain/review/mastery';
import { dayAfter, type SchoolDay } from '../../src/domain/time';

const MONDAY = '2026-09-07' as SchoolDay;
const day = (offset: number) => dayAfter(MONDAY, offset);
/** Ten starts a day from a Monday, with this many independent each day. */
const daysOf = (independent: readonly number[], start = 0): DayIndependence[] =>
  independent.map((count, index) => ({
    day: day(start + index),
    starts: 10,
    independent: count,
    share: count / 10,
  }));
const criterion = { percent: 90, days: 3 };

describe('mastery', () => {
  test('is the last day of the first run that meets the criterion, and not a day sooner', () => {
    expect(masteredOn(daysOf([9, 9]), criterion)).toBeUndefined();
    expect(masteredOn(daysOf([9, 9, 9]), criterion)).toBe(day(2));
    expect(masteredOn(daysOf([9, 9, 8, 9, 10, 9, 9]), criterion)).toBe(day(5));
  });

  test('the percent is met exactly, in whole starts', () => {
    const exactly = [{ day: day(0), starts: 20, independent: 18, share: 0.9 }];
    expect(masteredOn(exactly, { percent: 90, days: 1 })).toBe(day(0));
    expect(
      masteredOn([{ ...exactly[0], independent: 17 } as DayIndependence], { percent: 90, days: 1 }),
    ).toBeUndefined();
  });
});

describe('maintenance probes', () => {
  test('fall due 1, 2 and 4 weeks after mastery, each answered by the first school day from its due day', () => {
    const mastered = day(2);
    const later = [...daysOf([9], 10), ...daysOf([6], 16), ...daysOf([8], 17)];
    const probes = maintenanceProbes(later, mastered);
    expect(probes.map((probe) => [probe.weeks, probe.due, probe.result?.day])).toEqual([
      [1, day(9), day(10)],
      [2, day(16), day(16)],
      [4, day(30), undefined],
    ]);
  });

  test('a day before the next probe is due answers only its own probe', () => {
    const probes = maintenanceProbes(daysOf([9], 20), day(2));
    expect(probes.map((probe) => probe.result?.day)).toEqual([undefined, day(20), undefined]);
  });

  test('the teacher is reminded of a probe from its due day until a school day answers it', () => {
    const probes = maintenanceProbes([], day(2));
    expect(dueProbes(probes, day(8))).toEqual([]);
    expect(dueProbes(probes, day(9)).map((probe) => probe.weeks)).toEqual([1]);
    expect(dueProbes(maintenanceProbes(daysOf([9], 9), day(2)), day(16)).map((probe) => probe.weeks)).toEqual(
      [2],
    );
  });
});

describe('the suggested progress code', () => {
  test('not introduced without data, goal met once mastered', () => {
    expect(suggestedProgressCode({ days: 0 })).toBe('not-introduced');
    expect(suggestedProgressCode({ days: 5, mastered: day(4), decision: 'change-plan' })).toBe('goal-met');
  });

  test('insufficient when the rules call for a change or the trend falls short', () => {
    expect(suggestedProgressCode({ days: 8, decision: 'change-plan', trendAgainstAim: 'faster' })).toBe(
      'insufficient',
    );
    for (const trend of ['slower', 'flat', 'away'] as const)
      expect(suggestedProgressCode({ days: 8, trendAgainstAim: trend })).toBe('insufficient');
  });

  test('sufficient when the data keep up with the aim', () => {
    expect(suggestedProgressCode({ days: 8, trendAgainstAim: 'as-aimed' })).toBe('sufficient');
    expect(suggestedProgressCode({ days: 4, decision: 'raise-goal' })).toBe('sufficient');
    expect(suggestedProgressCode({ days: 2, share: 0.8, aim: 0.8 })).toBe('sufficient');
  });

  test('no suggestion when the data cannot tell yet', () => {
    expect(suggestedProgressCode({ days: 2, share: 0.5, aim: 0.8 })).toBeUndefined();
    expect(suggestedProgressCode({ days: 2, share: 0.5 })).toBeUndefined();
  });
});
