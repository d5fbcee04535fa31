import { render, screen } from '@solidjs/testing-library';
import { expect, test } from 'vitest';
import type { SchoolDay } from '../../src/domain/time';
import { changesToDraw, linesOnChart } from '../../src/ui/teacher/review/chart-lines';
import { LineChart } from '../../src/ui/teacher/review/line-chart';

const chart = (days: number) =>
  render(() => (
    <LineChart
      title="Started on their own"
      label="Share of steps started on their own, each school day"
      points={Array.from({ length: days }, (_, index) => ({
        label: `Day ${index + 1}`,
        value: index / days,
      }))}
      max={1}
      format={(value) => `${Math.round(value * 100)}%`}
      table={() => <table />}
      printTable={() => <table />}
      tableTitle="Figures"
    />
  ));

/** The words along the chart's bottom edge, left to right. */
const datesAlong = () =>
  [...screen.getByRole('img').querySelectorAll('text.axis')]
    .filter((text) => /^Day /.test(text.textContent ?? ''))
    .map((text) => text.textContent);

test('a term of 60 days shows five dates along the axis, the first and the last among them', () => {
  chart(60);
  expect(datesAlong()).toEqual(['Day 1', 'Day 16', 'Day 31', 'Day 45', 'Day 60']);
});

test('a few days show each of their dates once', () => {
  chart(3);
  expect(datesAlong()).toEqual(['Day 1', 'Day 2', 'Day 3']);
});

test('one day shows its date', () => {
  chart(1);
  expect(datesAlong()).toEqual(['Day 1']);
});

test('a new phase is a solid line the data path does not cross; another change a dotted one it does', () => {
  const { container } = render(() => (
    <LineChart
      title="Started on their own"
      label="Share of steps started on their own, each school day"
      points={Array.from({ length: 10 }, (_, index) => ({ label: `Day ${index + 1}`, value: 0.5 }))}
      max={1}
      format={(value) => `${Math.round(value * 100)}%`}
      marks={[
        { index: 3, kind: 'event', labels: ['Schedule changed'] },
        { index: 6, kind: 'phase', labels: ['Trial', 'Plan changed'] },
      ]}
      table={() => <table />}
      printTable={() => <table />}
      tableTitle="Figures"
    />
  ));
  const paths = [...container.querySelectorAll('polyline.line')].map(
    (line) => line.getAttribute('points')?.split(' ').length,
  );
  // Days 1–6 and 7–10: the path breaks at the phase only.
  expect(paths).toEqual([6, 4]);
  expect(container.querySelectorAll('line.phase-line')).toHaveLength(1);
  expect(container.querySelectorAll('line.event-line')).toHaveLength(1);
  const labels = [...container.querySelectorAll('text.mark-label')].map((text) => text.textContent);
  expect(labels).toEqual(['Schedule changed', 'Trial · Plan changed']);
});

test('the lines are said in words under the chart, each with the day it begins', () => {
  const days = ['2026-09-07', '2026-09-08', '2026-09-09', '2026-09-14'] as SchoolDay[];
  const { marks, legend } = linesOnChart(
    days,
    changesToDraw({ trial: { from: '2026-09-09' as SchoolDay, to: '2026-09-30' as SchoolDay } }, [
      { type: 'schedule-changed', day: '2026-09-07' as SchoolDay },
      { type: 'plan-advanced', day: '2026-09-11' as SchoolDay },
    ]),
  );
  expect(marks.map(({ index, kind }) => ({ index, kind }))).toEqual([
    { index: 1, kind: 'event' },
    { index: 2, kind: 'phase' },
    { index: 3, kind: 'phase' },
  ]);
  expect(legend).toBe(
    'Solid lines, a new phase: Trial from Sep 9; Next step from Sep 14. Dotted lines, a change: Schedule changed from Sep 8.',
  );
});
