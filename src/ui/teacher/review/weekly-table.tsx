import { For } from 'solid-js';
import type { DayRange } from '../../../domain/review/independence';
import type { WeekMean } from '../../../domain/review/over-time';
import { t } from '../../../i18n';
import { formatWeek } from './format';

/** A chart's figures week by week: the printed report's short table, so a term fits its pages. */
export function WeeklyTable(props: {
  caption: string;
  countHeader: string;
  meanHeader: string;
  weeks: readonly WeekMean[];
  /** The range shown: a week it holds only part of is marked partial. */
  range: DayRange;
  format: (mean: number) => string;
}) {
  return (
    <table>
      <caption>{t('review.byWeek', { title: props.caption })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('review.colWeek')}</th>
          <th scope="col">{props.countHeader}</th>
          <th scope="col">{props.meanHeader}</th>
        </tr>
      </thead>
      <tbody>
        <For each={props.weeks}>
          {(week) => (
            <tr>
              <th scope="row">{formatWeek(week.monday, props.range)}</th>
              <td>{week.count}</td>
              <td>{props.format(week.mean)}</td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}
