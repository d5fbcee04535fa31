import { readFileSync } from 'node:fs';
import { render, screen } from '@solidjs/testing-library';
import { expect, test } from 'vitest';
import { type EventId, type TargetId, ulid } from '../../src/domain/ids';
import type { NotCountedSpan } from '../../src/domain/not-counted';
import type { DayIndependence } from '../../src/domain/review/independence';
import type { DayLatency } from '../../src/domain/review/over-time';
import { type CheckedAnswer, selfCheckSessions } from '../../src/domain/review/self-monitoring';
import type { SchoolDay } from '../../src/domain/time';
import type { ChartLinesSource } from '../../src/ui/teacher/review/chart-lines';
import { IndependenceChart } from '../../src/ui/teacher/review/independence-chart';
import { LatencyChart } from '../../src/ui/teacher/review/latency-chart';
import {
  CHART_PRINT_FONT_UNITS,
  CHART_PRINT_WIDTH_MM,
  CHART_VIEW_WIDTH,
  printedPoints,
} from '../../src/ui/teacher/review/line-chart';
import { QuestionSessionsChart } from '../../src/ui/teacher/review/self-check-sessions';

const day = (date: number) => `2026-09-${String(date).padStart(2, '0')}` as SchoolDay;
const SCHOOL_DAYS = [7, 8, 9, 10, 11, 14, 15, 16, 17, 18];
const range = { from: day(1), to: day(30) };
const absence: NotCountedSpan = { id: 'absence' as EventId, from: day(10), to: day(10), reason: 'absence' };
const counted = SCHOOL_DAYS.filter((date) => date !== 10);
const independence: DayIndependence[] = counted.map((date, index) => ({
  day: day(date),
  starts: 10,
  independent: index,
  share: index / 10,
}));
const latency: DayLatency[] = counted.map((date) => ({
  day: day(date),
  starts: 10,
  meanMs: 8000,
  oldRule: false,
}));
const lines: ChartLinesSource = {
  plan: { baseline: { from: day(7), to: day(9) }, trial: { from: day(14), to: day(18) } },
  spans: [absence],
  changes: [
    { day: day(16), kind: 'plan-advanced', step: 2 },
    { day: day(8), kind: 'schedule-changed' },
    { day: day(8), kind: 'support-changed' },
  ],
};

test('the independence chart breaks its line at each phase line, not at an event line, and names every line in words', () => {
  const { container } = render(() => (
    <IndependenceChart
      days={independence}
      plan={lines.plan}
      decisions={{ probes: [] }}
      spans={[absence]}
      range={range}
      changes={lines}
    />
  ));
  // Baseline opens the chart, the trial and step 2 break the path, and so does the absence's gap.
  expect(container.querySelectorAll('line.phase-mark')).toHaveLength(3);
  expect(container.querySelectorAll('polyline.line')).toHaveLength(4);
  const runs = [...container.querySelectorAll('polyline.line')].map(
    (line) => line.getAttribute('points')?.split(' ').length,
  );
  // Sep 7-9 | the absence | Sep 11 | trial: Sep 14-15 | step 2: Sep 16-18.
  expect(runs).toEqual([3, 1, 2, 3]);
  // The schedule and the support changed on one day: one dotted line, one label; the absence has its own.
  const events = [...container.querySelectorAll('line.event-mark')];
  expect(events).toHaveLength(2);
  expect(screen.getByText('Schedule changed, Support changed')).toBeTruthy();
  expect(screen.getAllByText('Absence').length).toBeGreaterThan(0);
  expect(screen.getByText('Step 2')).toBeTruthy();
  expect(
    screen.getByText(
      /Phase lines \(solid; the line breaks there\): Baseline \(Sep 7\); Trial \(Sep 14\); Step 2 \(Sep 16\)\./,
    ),
  ).toBeTruthy();
  expect(
    screen.getByText(
      /Event lines \(dotted\): Schedule changed, Support changed \(Sep 8\); Absence \(Sep 10\)\./,
    ),
  ).toBeTruthy();
  // The figures stay in a table for screen readers.
  expect(screen.getByRole('table', { name: 'Independent starts per day' })).toBeTruthy();
});

test('dates run along the x axis: five evenly spaced labels, not only the first and the last', () => {
  const { container } = render(() => (
    <LatencyChart days={latency} range={range} spans={[absence]} changes={lines} />
  ));
  const dates = [...container.querySelectorAll('text.date-tick')].map((text) => text.textContent);
  expect(dates).toEqual(['Sep 7', 'Sep 9', 'Sep 14', 'Sep 16', 'Sep 18']);
  expect(container.querySelectorAll('line.phase-mark')).toHaveLength(3);
});

test('on paper the chart text is at least 8 pt: the print width and font size in review.css are the ones worked out', () => {
  expect(printedPoints(CHART_PRINT_FONT_UNITS)).toBeGreaterThanOrEqual(8);
  expect(printedPoints(CHART_PRINT_FONT_UNITS - 3)).toBeLessThan(8);
  expect(CHART_VIEW_WIDTH).toBe(640);
  const css = readFileSync('src/ui/teacher/review/review.css', 'utf8');
  const print = css.slice(css.indexOf('@media print'));
  expect(print).toMatch(new RegExp(`\\.review-chart svg \\{[^}]*width: ${CHART_PRINT_WIDTH_MM}mm;`));
  expect(print).toMatch(
    new RegExp(`\\.review-chart \\.axis \\{[^}]*font-size: ${CHART_PRINT_FONT_UNITS}px;`),
  );
});

test('a self-check question shows the student’s answers and the adult’s checks point by point, with the agreement of each session', () => {
  const targetId = ulid<'target'>(Date.UTC(2026, 0, 1)) as TargetId;
  const checked = (
    date: number,
    hour: number,
    student: 'yes' | 'no',
    adult: 'yes' | 'no',
  ): CheckedAnswer => ({
    targetId,
    day: day(date),
    at: new Date(2026, 8, date, hour).getTime(),
    student,
    adult,
    matched: student === adult,
  });
  const [sessions] = selfCheckSessions(
    [checked(7, 9, 'yes', 'yes'), checked(7, 10, 'yes', 'no'), checked(8, 9, 'no', 'no')],
    range,
  );
  if (!sessions) throw new Error('one question was checked');
  const { container } = render(() => <QuestionSessionsChart sessions={sessions} question="Was I working?" />);
  // Three points each: the student's as dots on the solid line, the adult's as squares on the dashed one.
  expect(container.querySelectorAll('circle.point')).toHaveLength(3);
  expect(container.querySelectorAll('rect.adult-answers.mark')).toHaveLength(3);
  expect(container.querySelector('polyline.adult-answers')?.getAttribute('points')?.split(' ')).toHaveLength(
    3,
  );
  const table = screen
    .getAllByRole('table', { name: 'Agreement per session: Was I working?' })
    .find((shown) => shown.closest('.no-print'));
  const rows = [...(table?.querySelectorAll('tbody tr') ?? [])].map((row) =>
    [...row.children].map((cell) => cell.textContent),
  );
  expect(rows).toEqual([
    ['Sep 7', '2', '1', '50%'],
    ['Sep 8', '1', '1', '100%'],
  ]);
  expect(screen.getByRole('img', { name: /each checked answer from Sep 7 to Sep 8/ })).toBeTruthy();
});
