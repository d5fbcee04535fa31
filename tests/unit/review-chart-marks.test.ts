import { describe, expect, test } from 'vitest';
import {
  axisTicks,
  type ChartPlace,
  chartMarks,
  type DatedChange,
} from '../../src/domain/review/chart-marks';
import type { SchoolDay } from '../../src/domain/time';

const day = (date: number) => `2026-09-${String(date).padStart(2, '0')}` as SchoolDay;
const one = (date: number): ChartPlace => ({ from: day(date), to: day(date) });
// Mon 7 to Fri 18, with 10-11 not counted (a gap) and the weekend left out.
const places: ChartPlace[] = [
  one(7),
  one(8),
  one(9),
  { from: day(10), to: day(11) },
  one(14),
  one(15),
  one(18),
];
const phase = (date: number, label: string): DatedChange => ({ day: day(date), kind: 'phase', label });
const event = (date: number, label: string): DatedChange => ({ day: day(date), kind: 'event', label });

describe('chartMarks', () => {
  test('a change on a counted day is drawn at that day, phases and events apart', () => {
    expect(chartMarks(places, [phase(8, 'Trial'), event(14, 'Schedule')])).toEqual({
      phases: [{ index: 1, day: day(8), label: 'Trial' }],
      events: [{ index: 4, day: day(14), label: 'Schedule' }],
    });
  });

  test('a change on a weekend is drawn at the next school day shown', () => {
    expect(chartMarks(places, [phase(12, 'Step 2')]).phases).toEqual([
      { index: 4, day: day(14), label: 'Step 2' },
    ]);
  });

  test('before the first day: the latest phase opens the chart, events are not drawn', () => {
    const marks = chartMarks(places, [phase(1, 'Baseline'), phase(3, 'Trial'), event(2, 'Support')]);
    expect(marks).toEqual({ phases: [{ index: 0, day: day(7), label: 'Trial' }], events: [] });
  });

  test('a phase begun on the first day wins over one begun before it', () => {
    expect(chartMarks(places, [phase(1, 'Baseline'), phase(7, 'Trial')]).phases).toEqual([
      { index: 0, day: day(7), label: 'Trial' },
    ]);
  });

  test('after the last day nothing is drawn; on the last day it is', () => {
    expect(chartMarks(places, [phase(19, 'Step 3'), event(21, 'Absence')])).toEqual({
      phases: [],
      events: [],
    });
    expect(chartMarks(places, [event(18, 'New adult')]).events).toEqual([
      { index: 6, day: day(18), label: 'New adult' },
    ]);
  });

  test('a change on a day not counted is drawn at its gap', () => {
    expect(chartMarks(places, [event(11, 'Absence'), phase(10, 'Step 2')])).toEqual({
      phases: [{ index: 3, day: day(10), label: 'Step 2' }],
      events: [{ index: 3, day: day(10), label: 'Absence' }],
    });
  });

  test('two changes on one day merge into one label, a repeated label once', () => {
    const marks = chartMarks(places, [
      event(9, 'Schedule changed'),
      event(9, 'Support changed'),
      event(9, 'Schedule changed'),
      phase(9, 'Step 2'),
      phase(9, 'Plan edited'),
    ]);
    expect(marks.events).toEqual([{ index: 2, day: day(9), label: 'Schedule changed, Support changed' }]);
    expect(marks.phases).toEqual([{ index: 2, day: day(9), label: 'Step 2, Plan edited' }]);
  });

  test('a chart without places has no marks', () => {
    expect(chartMarks([], [phase(7, 'Trial')])).toEqual({ phases: [], events: [] });
  });
});

describe('axisTicks', () => {
  test('five evenly spaced labels, first and last included', () => {
    expect(axisTicks(60)).toEqual([0, 15, 30, 44, 59]);
    expect(axisTicks(6)).toEqual([0, 1, 3, 4, 5]);
  });

  test('every place when there are five or fewer, none without places', () => {
    expect(axisTicks(5)).toEqual([0, 1, 2, 3, 4]);
    expect(axisTicks(1)).toEqual([0]);
    expect(axisTicks(0)).toEqual([]);
  });
});
