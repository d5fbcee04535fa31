import { describe, expect, test } from 'vitest';
import type { AppEvent } from '../../src/domain/events';
import {
  dailyIndependence,
  independenceTrend,
  OVERVIEW_DAYS,
  overviewFigures,
  rangeFigures,
  rangeLength,
  recentShare,
} from '../../src/domain/review/independence';
import { type DayRollup, emptyRollup, rollupsFromEvents } from '../../src/domain/rollup';
import type { SchoolDay } from '../../src/domain/time';
import { ANA, aStart, aVoid, BEN, morning } from '../support/events';

const day = (date: number) => `2026-09-${String(date).padStart(2, '0')}` as SchoolDay;
const range = (from: number, to: number) => ({ from: day(from), to: day(to) });

// A hand-checked fortnight for Ana (every start has a 4 s latency):
//   Sep 1: 4 starts, 1 independent, plus an independent start voided as a mistake
//   Sep 2: 2 starts, 2 independent
//   Sep 3: absent (no events)
//   Sep 4: 4 starts, 3 independent (one verbal)
// and one start of Ben's, which never counts for Ana.
function fortnight(): AppEvent[] {
  const mistaken = aStart(ANA, morning(1, 50));
  return [
    aStart(ANA, morning(1, 0)),
    aStart(ANA, morning(1, 10), 'verbal'),
    aStart(ANA, morning(1, 20), 'gestural'),
    aStart(ANA, morning(1, 30), 'verbal'),
    mistaken,
    aVoid(mistaken, morning(1, 51)),
    aStart(ANA, morning(2, 0)),
    aStart(ANA, morning(2, 10)),
    aStart(ANA, morning(4, 0)),
    aStart(ANA, morning(4, 10)),
    aStart(ANA, morning(4, 20), 'verbal'),
    aStart(ANA, morning(4, 30)),
    aStart(BEN, morning(4, 40), 'verbal'),
  ];
}
const anasRollups = () => rollupsFromEvents(fortnight()).filter((rollup) => rollup.studentId === ANA);

describe('independence by day', () => {
  test('each day with starts, oldest first; a voided start and an absent day do not count', () => {
    expect(dailyIndependence(anasRollups(), range(1, 14))).toEqual([
      { day: day(1), starts: 4, independent: 1, share: 0.25 },
      { day: day(2), starts: 2, independent: 2, share: 1 },
      { day: day(4), starts: 4, independent: 3, share: 0.75 },
    ]);
  });

  test('the range bounds are included', () => {
    expect(dailyIndependence(anasRollups(), range(2, 4)).map((entry) => entry.day)).toEqual([day(2), day(4)]);
  });
});

describe('figures of a range', () => {
  test('every start counts once: 6 of 10 starts independent is 60%, not the mean of the days', () => {
    const figures = rangeFigures(anasRollups(), range(1, 4));
    expect(figures).toMatchObject({ days: 3, starts: 10, independent: 6, share: 0.6, meanLatencyMs: 4000 });
    expect(figures.byPrompt).toMatchObject({ independent: 6, verbal: 3, gestural: 1, model: 0 });
  });

  test('a range without starts has no share at all, rather than 0%', () => {
    const figures = rangeFigures(anasRollups(), range(3, 3));
    expect(figures.days).toBe(0);
    expect(figures.share).toBeUndefined();
    expect(figures.meanLatencyMs).toBeUndefined();
  });
});

test('the recent share counts the last days with data, every start once', () => {
  const daily = dailyIndependence(anasRollups(), range(1, 14));
  expect(recentShare(daily, 2)).toBe(5 / 6); // Sep 2 and Sep 4: 2 + 3 of 2 + 4
  expect(recentShare(daily, 10)).toBe(0.6);
  expect(recentShare([], 10)).toBeUndefined();
});

describe('trend', () => {
  const days = (shares: number[]) =>
    shares.map((independent, index) => ({
      day: day(index + 1),
      starts: 10,
      independent,
      share: independent / 10,
    }));

  test('needs ten days with data', () => {
    expect(independenceTrend(days([1, 2, 3, 4, 5, 6, 7, 8, 9]))).toBeUndefined();
  });

  test('the last five days against the five before: up, down, or steady within 10 points', () => {
    expect(independenceTrend(days([2, 2, 2, 2, 2, 3, 3, 3, 3, 3]))).toBe('up'); // 20% → 30%
    expect(independenceTrend(days([5, 5, 5, 5, 5, 4, 4, 4, 4, 3]))).toBe('down'); // 50% → 38%
    expect(independenceTrend(days([5, 5, 5, 5, 5, 5, 5, 5, 6, 5]))).toBe('steady'); // 50% → 52%
  });
});

describe('class overview', () => {
  // Ten starts a day; the independent ones by day of September. Sep 13 has steps shown, none started.
  const rollupOf = (date: number, independent: number, starts = 10): DayRollup => {
    const empty = emptyRollup(ANA, day(date));
    return {
      ...empty,
      stepsShown: 10,
      stepsStarted: starts,
      startsByPrompt: { ...empty.startsByPrompt, independent, verbal: starts - independent },
    };
  };
  const twelveDays = [0, 0, 2, 2, 2, 2, 2, 4, 4, 4, 4, 4].map((independent, index) =>
    rollupOf(index + 1, independent),
  );
  const withQuietDay = [...twelveDays, rollupOf(13, 0, 0)];

  test('latest: the last ten days with starts; trend: their last five against the five before', () => {
    // Sep 3–12: (5 × 2 + 5 × 4) of 100 starts; Sep 8–12 at 40% against Sep 3–7 at 20%.
    expect(overviewFigures(withQuietDay)).toEqual({ latest: 0.3, trend: 'up' });
  });

  test('in any order; without enough days there is no trend, without starts no figure', () => {
    expect(overviewFigures([...withQuietDay].reverse())).toEqual({ latest: 0.3, trend: 'up' });
    expect(overviewFigures(twelveDays.slice(0, 4))).toEqual({ latest: 4 / 40 });
    expect(overviewFigures([rollupOf(13, 0, 0)])).toEqual({});
  });

  test('the newest days with starts the overview reads give the same figures as the whole year', () => {
    const newest = withQuietDay
      .filter((rollup) => rollup.stepsStarted > 0)
      .slice(-OVERVIEW_DAYS)
      .reverse();
    expect(overviewFigures(newest)).toEqual(overviewFigures(withQuietDay));
  });
});

test('a range counts its calendar days, both ends included, across a month', () => {
  expect(rangeLength({ from: day(1), to: day(1) })).toBe(1);
  expect(rangeLength({ from: '2026-09-28' as SchoolDay, to: '2026-10-09' as SchoolDay })).toBe(12);
});
