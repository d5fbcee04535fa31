import { describe, expect, test } from 'vitest';
import {
  aimline,
  compareTrend,
  type DataPoint,
  type DayLine,
  fourPointRule,
  progressDecisions,
  slopeOf,
  tukeyTrend,
  valueOn,
} from '../../src/domain/review/decisions';
import { dayAfter, type SchoolDay } from '../../src/domain/time';

const MONDAY = '2026-09-07' as SchoolDay;
/** Points on consecutive calendar days from a Monday, one value each. */
const points = (values: readonly number[], start = MONDAY): DataPoint[] =>
  values.map((value, index) => ({ day: dayAfter(start, index), value }));
const day = (offset: number) => dayAfter(MONDAY, offset);

describe('the aimline', () => {
  test('starts at the baseline’s median on its middle day and ends at the aim on the goal day', () => {
    const line = aimline(points([0.2, 0.6, 0.3]), { day: day(30), value: 0.9 });
    expect(line).toEqual({ from: { day: day(1), value: 0.3 }, to: { day: day(30), value: 0.9 } });
  });

  test('an even baseline takes the mean of its two middle points, and the earlier middle day', () => {
    const line = aimline(points([0.1, 0.2, 0.4, 0.8]), { day: day(20), value: 1 });
    expect(line?.from).toEqual({ day: day(1), value: 0.30000000000000004 });
  });

  test('needs three baseline points, and a goal day after the baseline', () => {
    expect(aimline(points([0.2, 0.3]), { day: day(30), value: 0.9 })).toBeUndefined();
    expect(aimline(points([0.2, 0.3, 0.4]), { day: day(2), value: 0.9 })).toBeUndefined();
    expect(aimline(points([0.2, 0.3, 0.4]), { day: day(3), value: 0.9 })).toBeDefined();
  });

  test('its value on a day lies on the straight line between its ends', () => {
    const line: DayLine = { from: { day: day(0), value: 0.2 }, to: { day: day(10), value: 0.7 } };
    expect(valueOn(line, day(4))).toBeCloseTo(0.4);
    expect(valueOn(line, day(12))).toBeCloseTo(0.8);
    expect(slopeOf(line)).toBeCloseTo(0.05);
  });
});

describe('the four-point rule', () => {
  // Flat at 50%, so a point's side is plain to see.
  const flat: DayLine = { from: { day: day(0), value: 0.5 }, to: { day: day(40), value: 0.5 } };

  test('three points below say nothing yet; the fourth calls for a change of plan', () => {
    expect(fourPointRule(points([0.4, 0.3, 0.2]), flat)).toBeUndefined();
    expect(fourPointRule(points([0.4, 0.3, 0.2, 0.1]), flat)).toBe('change-plan');
  });

  test('four above call for a higher goal', () => {
    expect(fourPointRule(points([0.6, 0.7, 0.8, 0.9]), flat)).toBe('raise-goal');
  });

  test('only the last four count, and a point on the line is on neither side', () => {
    expect(fourPointRule(points([0.9, 0.4, 0.3, 0.2, 0.1]), flat)).toBe('change-plan');
    expect(fourPointRule(points([0.4, 0.3, 0.5, 0.1]), flat)).toBeUndefined();
    expect(fourPointRule(points([0.4, 0.6, 0.3, 0.1]), flat)).toBeUndefined();
  });

  test('for a behaviour that should fall, below the line is good news', () => {
    expect(fourPointRule(points([0.4, 0.3, 0.2, 0.1]), flat, 'fall')).toBe('raise-goal');
    expect(fourPointRule(points([0.6, 0.7, 0.8, 0.9]), flat, 'fall')).toBe('change-plan');
  });

  test('points are compared with the aimline on their own day', () => {
    const rising: DayLine = { from: { day: day(0), value: 0 }, to: { day: day(10), value: 1 } };
    // The aim is 0.1 a day: from day 0 each point is 0.15 above it, from day 2 each is 0.05 below.
    expect(fourPointRule(points([0.15, 0.25, 0.35, 0.45]), rising)).toBe('raise-goal');
    expect(fourPointRule(points([0.15, 0.25, 0.35, 0.45], day(2)), rising)).toBe('change-plan');
  });
});

describe('the Tukey trend line', () => {
  test('six points draw no trend; the seventh does', () => {
    expect(tukeyTrend(points([0.1, 0.2, 0.3, 0.4, 0.5, 0.6]))).toBeUndefined();
    expect(tukeyTrend(points([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]))).toBeDefined();
  });

  test('points on a straight line give that line, from the first day to the last', () => {
    const trend = tukeyTrend(points([0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45]));
    expect(trend?.from.day).toBe(day(0));
    expect(trend?.to.day).toBe(day(7));
    expect(trend?.from.value).toBeCloseTo(0.1);
    expect(trend?.to.value).toBeCloseTo(0.45);
  });

  test('one odd day does not pull the line', () => {
    const steady = tukeyTrend(points([0.5, 0.5, 0.5, 0, 0.5, 0.5, 0.5, 0.5, 0.5]));
    expect(steady && slopeOf(steady)).toBeCloseTo(0);
    expect(steady?.from.value).toBeCloseTo(0.5);
  });

  test('seven points group as 2, 3 and 2; eight as 3, 2 and 3', () => {
    // With 2-3-2 the outer medians are 0.15 and 0.75 over days 0.5 and 5.5: a slope of 0.12.
    const seven = tukeyTrend(points([0.1, 0.2, 0.9, 0.9, 0.9, 0.7, 0.8]));
    expect(seven && slopeOf(seven)).toBeCloseTo(0.12);
    // With 3-2-3 the outer medians are 0.2 and 0.7 over days 1 and 6: a slope of 0.1.
    const eight = tukeyTrend(points([0.1, 0.2, 0.3, 0.9, 0.9, 0.6, 0.7, 0.8]));
    expect(eight && slopeOf(eight)).toBeCloseTo(0.1);
  });
});

describe('the trend against the aim', () => {
  const aim: DayLine = { from: { day: day(0), value: 0.2 }, to: { day: day(20), value: 0.8 } };
  const trendOf = (perDay: number): DayLine => ({
    from: { day: day(0), value: 0.2 },
    to: { day: day(10), value: 0.2 + perDay * 10 },
  });

  test('faster, as aimed, slower, flat, or away from the goal', () => {
    expect(compareTrend(trendOf(0.05), aim)).toBe('faster');
    expect(compareTrend(trendOf(0.031), aim)).toBe('as-aimed');
    expect(compareTrend(trendOf(0.01), aim)).toBe('slower');
    expect(compareTrend(trendOf(0.001), aim)).toBe('flat');
    expect(compareTrend(trendOf(-0.01), aim)).toBe('away');
  });

  test('for a behaviour that should fall, falling faster than the aim is faster', () => {
    const falling: DayLine = { from: { day: day(0), value: 0.8 }, to: { day: day(20), value: 0.2 } };
    expect(compareTrend(trendOf(-0.05), falling, 'fall')).toBe('faster');
    expect(compareTrend(trendOf(0.01), falling, 'fall')).toBe('away');
  });
});

describe('the rules over a student’s days and plan', () => {
  const daysOf = (shares: readonly number[]) =>
    shares.map((share, index) => ({ day: day(index), starts: 10, independent: share * 10, share }));
  const plan = {
    baseline: { from: day(0), to: day(2) },
    aimPercent: 90,
    goalDay: day(30),
  };
  const everything = { from: day(0), to: day(60) };

  test('an aimline from the baseline, and four days below it call for a change of plan', () => {
    const result = progressDecisions(daysOf([0.2, 0.3, 0.1, 0.2, 0.2, 0.2, 0.2]), plan, everything);
    expect(result.aim).toEqual({ from: { day: day(1), value: 0.2 }, to: { day: day(30), value: 0.9 } });
    expect(result.decision).toBe('change-plan');
    // Four days after the baseline are too few for a trend.
    expect(result.trend).toBeUndefined();
  });

  test('the baseline counts wherever it lies, and the days after the range do not', () => {
    const days = daysOf([0.2, 0.3, 0.1, 0.2, 0.2, 0.2, 0.2, 1, 1, 1, 1]);
    expect(progressDecisions(days, plan, { from: day(5), to: day(6) }).decision).toBeUndefined();
    expect(progressDecisions(days, plan, { from: day(3), to: day(6) }).decision).toBe('change-plan');
    expect(progressDecisions(days, plan, everything).decision).toBe('raise-goal');
  });

  test('seven days after the baseline draw a trend, compared with the aimline', () => {
    const days = daysOf([0.2, 0.3, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8]);
    const result = progressDecisions(days, plan, everything);
    expect(result.trend && slopeOf(result.trend)).toBeCloseTo(0.1);
    expect(result.trendAgainstAim).toBe('faster');
  });

  test('without a baseline or a goal day there is no aimline, but a trend of the range', () => {
    const days = daysOf([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]);
    const result = progressDecisions(days, { aimPercent: 90 }, everything);
    expect(result.aim).toBeUndefined();
    expect(result.decision).toBeUndefined();
    expect(result.trend).toBeDefined();
    expect(result.trendAgainstAim).toBeUndefined();
  });
});

describe('mastery and the progress code over a student’s days', () => {
  const daysOf = (shares: readonly number[]) =>
    shares.map((share, index) => ({ day: day(index), starts: 10, independent: share * 10, share }));
  const baseline = { from: day(0), to: day(2) };
  const everything = { from: day(0), to: day(60) };

  test('mastery counts from after the baseline, and its probes follow', () => {
    const days = daysOf([0.9, 0.9, 0.9, 0.5, 0.9, 0.9, 0.9]);
    const result = progressDecisions(days, { baseline, mastery: { percent: 90, days: 3 } }, everything);
    expect(result.mastered).toBe(day(6));
    expect(result.probes.map((probe) => probe.due)).toEqual([day(13), day(20), day(34)]);
    expect(result.code).toBe('goal-met');
  });

  test('without a mastery criterion nothing is mastered, and the code follows the rules', () => {
    const days = daysOf([0.2, 0.3, 0.1, 0.2, 0.2, 0.2, 0.2]);
    const result = progressDecisions(days, { baseline, aimPercent: 90, goalDay: day(30) }, everything);
    expect(result.mastered).toBeUndefined();
    expect(result.probes).toEqual([]);
    expect(result.code).toBe('insufficient');
  });

  test('a range without starts is not yet introduced', () => {
    const result = progressDecisions(daysOf([0.2, 0.3]), {}, { from: day(40), to: day(50) });
    expect(result.code).toBe('not-introduced');
  });
});
