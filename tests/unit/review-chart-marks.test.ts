import { describe, expect, test } from 'vitest';
import { type ChartChange, chartMarks, fromDayAfter } from '../../src/domain/review/chart-marks';
import type { SchoolDay } from '../../src/domain/time';

const day = (text: string) => text as SchoolDay;
const PLACES = ['2026-09-07', '2026-09-08', '2026-09-09', '2026-09-14', '2026-09-15'].map(day);
const change = (from: string, kind: ChartChange['kind'], label: string): ChartChange => ({
  from: day(from),
  kind,
  label,
});

describe('phase and event lines', () => {
  test('a line goes before the first place the change applies to, a weekend between included', () => {
    expect(chartMarks(PLACES, [change('2026-09-12', 'phase', 'Trial')])).toEqual([
      { index: 3, kind: 'phase', labels: ['Trial'] },
    ]);
    expect(chartMarks(PLACES, [change('2026-09-08', 'event', 'Schedule changed')])).toEqual([
      { index: 1, kind: 'event', labels: ['Schedule changed'] },
    ]);
  });

  test('a change from the first place on, or after the last, draws nothing', () => {
    expect(chartMarks(PLACES, [change('2026-09-01', 'phase', 'Trial')])).toEqual([]);
    expect(chartMarks(PLACES, [change('2026-09-07', 'phase', 'Trial')])).toEqual([]);
    expect(chartMarks(PLACES, [change('2026-09-16', 'phase', 'Plan changed')])).toEqual([]);
    expect(chartMarks(PLACES, [change('2026-09-15', 'event', 'Support changed')])).toEqual([
      { index: 4, kind: 'event', labels: ['Support changed'] },
    ]);
  });

  test('two changes before one place are one line, a phase line if either is, labels once each', () => {
    expect(
      chartMarks(PLACES, [
        change('2026-09-09', 'event', 'Schedule changed'),
        change('2026-09-09', 'phase', 'Plan changed'),
        change('2026-09-09', 'event', 'Schedule changed'),
      ]),
    ).toEqual([{ index: 2, kind: 'phase', labels: ['Schedule changed', 'Plan changed'] }]);
  });

  test('a change recorded on a school day applies from the next day', () => {
    expect(fromDayAfter(day('2026-09-11'))).toBe('2026-09-12');
    expect(chartMarks(PLACES, [change(fromDayAfter(day('2026-09-08')), 'phase', 'Plan changed')])).toEqual([
      { index: 2, kind: 'phase', labels: ['Plan changed'] },
    ]);
  });

  test('a chart of one place has no lines', () => {
    expect(chartMarks([day('2026-09-07')], [change('2026-09-08', 'phase', 'Trial')])).toEqual([]);
  });
});
