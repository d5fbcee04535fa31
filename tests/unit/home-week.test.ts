import { describe, expect, test } from 'vitest';
import type { HomeNoteDraft } from '../../src/domain/home-note';
import { schoolWeekOf, summarizeWeek, weekHasRecords } from '../../src/domain/home-week';
import type { CardId } from '../../src/domain/ids';
import type { SchoolDay } from '../../src/domain/time';

const day = (value: string) => value as SchoolDay;
const reading = 'card-reading' as CardId;
const math = 'card-math' as CardId;
const empty: HomeNoteDraft = {
  onTheirOwn: [],
  started: 0,
  independent: 0,
  finished: 0,
  ratings: [],
  tokens: 0,
  rewards: 0,
};

describe('the school week of a note home', () => {
  test('is Monday to Friday of the day’s week, from any day of it, the weekend included', () => {
    const week = ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04'];
    expect(schoolWeekOf(day('2026-12-02'))).toEqual(week);
    expect(schoolWeekOf(day('2026-11-30'))).toEqual(week);
    expect(schoolWeekOf(day('2026-12-06'))).toEqual(week);
  });
});

describe('a week summarized for the family', () => {
  test('adds the days up and keeps one bar per day in the order of the week', () => {
    const week = summarizeWeek([
      { day: day('2026-11-30'), draft: { ...empty, started: 4, independent: 1, finished: 3, tokens: 2 } },
      { day: day('2026-12-01'), draft: empty },
      { day: day('2026-12-02'), draft: { ...empty, started: 5, independent: 3, finished: 5, rewards: 1 } },
    ]);
    expect(week.bars).toEqual([
      { day: '2026-11-30', started: 4, independent: 1 },
      { day: '2026-12-01', started: 0, independent: 0 },
      { day: '2026-12-02', started: 5, independent: 3 },
    ]);
    expect(week).toMatchObject({ started: 9, independent: 4, finished: 8, tokens: 2, rewards: 1 });
    expect(weekHasRecords(week)).toBe(true);
  });

  test('names first the activities started on their own on the most days, then in the order they came', () => {
    const week = summarizeWeek([
      { day: day('2026-11-30'), draft: { ...empty, onTheirOwn: [reading] } },
      { day: day('2026-12-01'), draft: { ...empty, onTheirOwn: [reading, math] } },
      { day: day('2026-12-02'), draft: { ...empty, onTheirOwn: [math] } },
      { day: day('2026-12-03'), draft: { ...empty, onTheirOwn: [math] } },
    ]);
    expect(week.onTheirOwn).toEqual([math, reading]);
    const tie = summarizeWeek([{ day: day('2026-11-30'), draft: { ...empty, onTheirOwn: [reading, math] } }]);
    expect(tie.onTheirOwn).toEqual([reading, math]);
  });

  test('tells the rating chosen most often, the higher one of a tie, and none without ratings', () => {
    const rated = (ratings: HomeNoteDraft['ratings']) =>
      summarizeWeek([{ day: day('2026-11-30'), draft: { ...empty, ratings } }]);
    expect(rated([2, 2, 4])).toMatchObject({ usualRating: 2, ratingCount: 3 });
    expect(rated([4, 2, 2, 4]).usualRating).toBe(4);
    expect(rated([]).usualRating).toBeUndefined();
  });

  test('a week with nothing recorded says so', () => {
    const week = summarizeWeek(schoolWeekOf(day('2026-11-30')).map((each) => ({ day: each, draft: empty })));
    expect(week.bars).toHaveLength(5);
    expect(weekHasRecords(week)).toBe(false);
  });
});
