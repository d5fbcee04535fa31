import { For, Show } from 'solid-js';
import type { NotCountedSpan } from '../../../domain/not-counted';
import type { DayRange } from '../../../domain/review/independence';
import { type DayLatency, weeklyMeans } from '../../../domain/review/over-time';
import { t } from '../../../i18n';
import { type ChartLinesSource, marksLegend, marksOf } from './chart-lines';
import { formatDay, formatSeconds } from './format';
import { LineChart } from './line-chart';
import { pointsWithGaps } from './not-counted-days';
import { WeeklyTable } from './weekly-table';

/** Seconds from a step shown to its start, day by day: shorter means the student self-starts sooner. */
export function LatencyChart(props: {
  days: readonly DayLatency[];
  range: DayRange;
  spans: readonly NotCountedSpan[];
  /** What the phase and event lines are drawn from. */
  changes: ChartLinesSource;
}) {
  const marks = () => marksOf(props.days, props.range, props.changes);
  const drawn = () => pointsWithGaps(props.days, props.spans, props.range, (day) => day.meanMs);
  // The scale rounds up to whole ten seconds, so the line never touches the top.
  const max = () =>
    Math.max(10_000, Math.ceil(Math.max(...props.days.map((day) => day.meanMs)) / 10_000) * 10_000);
  const seconds = (ms: number) => t('review.seconds', { seconds: formatSeconds(ms) });
  const oldRuleDays = () => props.days.filter((day) => day.oldRule).map((day) => formatDay(day.day));
  return (
    <>
      <LineChart
        title={t('review.latencyTitle')}
        label={t('review.latencyLabel')}
        points={drawn().points}
        legend={drawn().legend}
        marksLegend={marksLegend(marks())}
        marks={marks()}
        max={max()}
        format={seconds}
        tableTitle={t('review.chartTable')}
        printTable={() => (
          <WeeklyTable
            caption={t('review.latencyTitle')}
            countHeader={t('review.colStarts')}
            meanHeader={t('review.colLatency')}
            weeks={weeklyMeans(
              props.days.map((day) => ({ day: day.day, count: day.starts, mean: day.meanMs })),
            )}
            format={seconds}
            range={props.range}
          />
        )}
        table={() => (
          <table>
            <caption>{t('review.latencyTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('review.colDay')}</th>
                <th scope="col">{t('review.colStarts')}</th>
                <th scope="col">{t('review.colLatency')}</th>
              </tr>
            </thead>
            <tbody>
              <For each={props.days}>
                {(day) => (
                  <tr>
                    <th scope="row">{formatDay(day.day)}</th>
                    <td>{day.starts}</td>
                    <td>{seconds(day.meanMs)}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        )}
      />
      <Show when={oldRuleDays().length > 0}>
        <p>{t('review.latencyOldRule', { days: oldRuleDays().join(', ') })}</p>
      </Show>
    </>
  );
}
