import { For } from 'solid-js';
import { type NotCountedSpan, type WithGaps, withGaps } from '../../../domain/not-counted';
import { type ProgressDecisions, valueOn } from '../../../domain/review/decisions';
import { type DayIndependence, type DayRange, inRange } from '../../../domain/review/independence';
import { weeklyMeans } from '../../../domain/review/over-time';
import type { ReviewPlan } from '../../../domain/review/plan';
import { t } from '../../../i18n';
import { type ChartLinesSource, marksLegend, marksOf } from './chart-lines';
import { formatDay, formatPercent } from './format';
import { type ChartBand, type ChartLine, LineChart } from './line-chart';
import { pointsWithGaps } from './not-counted-days';
import { WeeklyTable } from './weekly-table';

/**
 * The share of independent starts each school day, baseline and trial shaded, the aimline dashed
 * (a flat aim without a goal day) and the trend dotted.
 */
export function IndependenceChart(props: {
  days: readonly DayIndependence[];
  plan: ReviewPlan;
  decisions: ProgressDecisions;
  /** Days not counted, drawn as gaps within `range`. */
  spans: readonly NotCountedSpan[];
  range: DayRange;
  /** What the phase and event lines are drawn from. */
  changes: ChartLinesSource;
}) {
  const marks = () => marksOf(props.days, props.range, props.changes);
  // The chart's places: each counted day, and a gap where days were not counted.
  const sequence = () => withGaps(props.days, props.spans, props.range);
  const drawn = () => pointsWithGaps(props.days, props.spans, props.range, (entry) => entry.share);
  const dayAt = (place: WithGaps<DayIndependence>) =>
    place.kind === 'day' ? place.entry.day : place.span.from;
  const phaseOf = (entry: DayIndependence) => {
    if (props.plan.baseline && inRange(entry.day, props.plan.baseline)) return t('review.baseline');
    if (props.plan.trial && inRange(entry.day, props.plan.trial)) return t('review.trial');
    return '';
  };
  const band = (range: DayRange | undefined, name: string): ChartBand[] => {
    if (!range) return [];
    const indexes = sequence().flatMap((place, index) => (inRange(dayAt(place), range) ? [index] : []));
    const [first, last] = [indexes[0], indexes.at(-1)];
    return first === undefined || last === undefined ? [] : [{ first, last, class: name }];
  };
  // Each line has a value on the days it spans: the aimline from the baseline on, the trend over its days.
  const lines = (): ChartLine[] => {
    const { aim, trend } = props.decisions;
    const along = (line: NonNullable<typeof aim>, from: string, to: string) =>
      sequence().map((place) =>
        place.kind === 'day' && place.entry.day >= from && place.entry.day <= to
          ? valueOn(line, place.entry.day)
          : undefined,
      );
    return [
      ...(aim
        ? [
            {
              class: 'aimline',
              label: t('review.aimlineLabel'),
              values: along(aim, aim.from.day, aim.to.day),
            },
          ]
        : []),
      ...(trend
        ? [
            {
              class: 'trend',
              label: t('review.trendLabel'),
              values: along(trend, trend.from.day, trend.to.day),
            },
          ]
        : []),
    ];
  };
  const label = () => {
    const [from, to] = [props.days[0], props.days.at(-1)];
    return from && to
      ? t('review.chartLabel', { from: formatDay(from.day), to: formatDay(to.day) })
      : t('review.noData');
  };
  return (
    <LineChart
      title={t('review.chartTitle')}
      label={label()}
      points={drawn().points}
      legend={drawn().legend}
      marksLegend={marksLegend(marks())}
      marks={marks()}
      max={1}
      format={formatPercent}
      bands={[...band(props.plan.baseline, 'phase-baseline'), ...band(props.plan.trial, 'phase-trial')]}
      lines={lines()}
      reference={
        props.plan.aimPercent && !props.decisions.aim
          ? {
              value: props.plan.aimPercent / 100,
              label: t('review.aimLine', { percent: formatPercent(props.plan.aimPercent / 100) }),
            }
          : undefined
      }
      tableTitle={t('review.chartTable')}
      printTable={() => (
        <WeeklyTable
          caption={t('review.chartTitle')}
          countHeader={t('review.colStarts')}
          meanHeader={t('review.colShare')}
          weeks={weeklyMeans(
            props.days.map((entry) => ({ day: entry.day, count: entry.starts, mean: entry.share })),
          )}
          format={formatPercent}
          range={props.range}
        />
      )}
      table={() => (
        <table>
          <caption>{t('review.chartTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('review.colDay')}</th>
              <th scope="col">{t('review.colStarts')}</th>
              <th scope="col">{t('review.colIndependent')}</th>
              <th scope="col">{t('review.colShare')}</th>
              <th scope="col">{t('review.colPhase')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.days}>
              {(entry) => (
                <tr>
                  <th scope="row">{formatDay(entry.day)}</th>
                  <td>{entry.starts}</td>
                  <td>{entry.independent}</td>
                  <td>{formatPercent(entry.share)}</td>
                  <td>{phaseOf(entry)}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      )}
    />
  );
}
