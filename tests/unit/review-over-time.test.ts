import { describe, expect, test } from 'vitest';
import { type StepId, ulid } from '../../src/domain/ids';
import { dailyLatency, partialWeek, weeklyMeans, weeklyPrompts } from '../../src/domain/review/over-time';
import { rollupsFromEvents } from '../../src/domain/rollup';
import type { SchoolDay } from '../../src/domain/time';
import { mondayOf } from '../../src/domain/time';
import { ANA, anEvent, aShown, aVoid, morning } from '../support/events';

const day = (text: string) => text as SchoolDay;
const start = (date: number, minute: number, prompt: 'independent' | 'verbal', latencyMs: number) =>
  anEvent(
    {
      type: 'step-started',
      studentId: ANA,
      actor: { kind: 'student' },
      stepId: ulid<'step'>(morning(date, minute)) as StepId,
      prompt,
      latencyMs,
    },
    morning(date, minute),
  );

// Fri Sep 4: 2 s and 6 s, both independent. Mon Sep 7: 10 s verbal, 20 s verbal (voided), 4 s independent.
const mistaken = start(7, 2, 'verbal', 20_000);
const rollups = rollupsFromEvents([
  start(4, 0, 'independent', 2000),
  start(4, 1, 'independent', 6000),
  start(7, 0, 'verbal', 10_000),
  mistaken,
  aVoid(mistaken, morning(7, 3)),
  start(7, 4, 'independent', 4000),
  aShown(ANA, morning(4)),
]);
const september = { from: day('2026-09-01'), to: day('2026-09-30') };

test('mean start time per day; a voided start is out', () => {
  expect(dailyLatency(rollups, september)).toEqual([
    { day: '2026-09-04', starts: 2, meanMs: 4000, oldRule: true },
    { day: '2026-09-07', starts: 2, meanMs: 7000, oldRule: false },
  ]);
});

test('a day whose steps were shown under the old rule (when loaded, even covered) is marked', () => {
  const uncovered = { ...aShown(ANA, morning(7)), uncovered: true as const };
  const marked = dailyLatency(rollupsFromEvents([start(7, 1, 'independent', 3000), uncovered]), september);
  expect(marked.map((entry) => entry.oldRule)).toEqual([false]);
  expect(
    dailyLatency(rollupsFromEvents([start(7, 1, 'independent', 3000), aShown(ANA, morning(7))]), september),
  ).toMatchObject([{ oldRule: true }]);
});

test('help given week by week, weeks starting on Monday', () => {
  const weeks = weeklyPrompts(rollups, september);
  expect(
    weeks.map((week) => [week.monday, week.starts, week.byPrompt.independent, week.byPrompt.verbal]),
  ).toEqual([
    ['2026-08-31', 2, 2, 0],
    ['2026-09-07', 2, 1, 1],
  ]);
});

test('Monday of a Sunday is the Monday before it; of a Monday, itself', () => {
  expect(mondayOf(day('2026-09-13'))).toBe('2026-09-07');
  expect(mondayOf(day('2026-09-07'))).toBe('2026-09-07');
  expect(mondayOf(day('2026-03-01'))).toBe('2026-02-23');
});

test('day means gathered week by week, each day weighted by how many it was made of', () => {
  const day = (text: string) => text as SchoolDay;
  // Week of Sep 7: 1 start at 10 s and 3 starts at 2 s → (10 + 6) / 4 = 4 s. Week of Sep 14: one day.
  expect(
    weeklyMeans([
      { day: day('2026-09-14'), count: 2, mean: 5 },
      { day: day('2026-09-07'), count: 1, mean: 10 },
      { day: day('2026-09-11'), count: 3, mean: 2 },
    ]),
  ).toEqual([
    { monday: '2026-09-07', count: 4, mean: 4 },
    { monday: '2026-09-14', count: 2, mean: 5 },
  ]);
  expect(weeklyMeans([])).toEqual([]);
});

describe('a week the range holds only part of', () => {
  const monday = '2026-09-07' as SchoolDay;
  const range = (from: string, to: string) => ({ from: from as SchoolDay, to: to as SchoolDay });

  test('a range from a Wednesday makes its first week partial, from that Wednesday to Friday', () => {
    expect(partialWeek(monday, range('2026-09-09', '2026-10-30'))).toEqual(range('2026-09-09', '2026-09-11'));
  });

  test('a range to a Tuesday makes its last week partial; a range from the Monday or a weekend before holds the whole week', () => {
    expect(partialWeek(monday, range('2026-09-01', '2026-09-08'))).toEqual(range('2026-09-07', '2026-09-08'));
    expect(partialWeek(monday, range('2026-09-07', '2026-09-11'))).toBeUndefined();
    expect(partialWeek(monday, range('2026-09-05', '2026-09-13'))).toBeUndefined();
  });
});
