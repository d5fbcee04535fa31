import { render, screen } from '@solidjs/testing-library';
import { expect, test } from 'vitest';
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
