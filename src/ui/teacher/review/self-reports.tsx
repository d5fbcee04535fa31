import { createMemo, For, Show } from 'solid-js';
import { db } from '../../../db/instance';
import { useLive } from '../../../db/live';
import { targetsOf } from '../../../db/repos/target-reads';
import { DAY_PARTS } from '../../../domain/day-parts';
import { SCALE_LEVELS } from '../../../domain/events';
import type { NotCountedSpan } from '../../../domain/not-counted';
import type { Student } from '../../../domain/people';
import type { DayRange } from '../../../domain/review/independence';
import { weeklyMeans } from '../../../domain/review/over-time';
import { ratingFigures, selfCheckFigures } from '../../../domain/review/self-monitoring';
import type { DayRollup } from '../../../domain/rollup';
import { t } from '../../../i18n';
import { formatDay, formatDecimal, formatPercent } from './format';
import { LineChart } from './line-chart';
import { pointsWithGaps } from './not-counted-days';
import { WeeklyTable } from './weekly-table';

/** The student's own reports: five-point ratings and self-checks, with how often adults agreed. */
export function SelfReports(props: {
  student: Student;
  rollups: readonly DayRollup[];
  range: DayRange;
  spans: readonly NotCountedSpan[];
}) {
  const targets = useLive(
    () => props.student.id,
    (id) => targetsOf(db, id),
  );
  const ratings = createMemo(() => ratingFigures(props.rollups, props.range));
  const checks = createMemo(() => selfCheckFigures(props.rollups, props.range));
  const drawn = () => pointsWithGaps(ratings().daily, props.spans, props.range, (day) => day.mean);
  const question = (targetId: string) => targets()?.find((target) => target.id === targetId)?.question ?? '';

  return (
    <>
      <Show when={ratings().count > 0}>
        <table class="review-table">
          <caption>{t('review.ratingsTitle', { count: ratings().count })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('review.colLevel')}</th>
              <th scope="col">{t('review.colTimes')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={SCALE_LEVELS}>
              {(level) => (
                <tr>
                  <th scope="row">{level}</th>
                  <td>{ratings().byLevel[level]}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
        <LineChart
          title={t('review.ratingsByDay')}
          label={t('review.ratingsChartLabel')}
          points={drawn().points}
          legend={drawn().legend}
          max={5}
          format={formatDecimal}
          tableTitle={t('review.chartTable')}
          printTable={() => (
            <WeeklyTable
              caption={t('review.ratingsByDay')}
              countHeader={t('review.colTimes')}
              meanHeader={t('review.colMeanLevel')}
              weeks={weeklyMeans(ratings().daily)}
              format={formatDecimal}
              range={props.range}
            />
          )}
          table={() => (
            <table>
              <caption>{t('review.ratingsByDay')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('review.colDay')}</th>
                  <th scope="col">{t('review.colTimes')}</th>
                  <th scope="col">{t('review.colMeanLevel')}</th>
                </tr>
              </thead>
              <tbody>
                <For each={ratings().daily}>
                  {(day) => (
                    <tr>
                      <th scope="row">{formatDay(day.day)}</th>
                      <td>{day.count}</td>
                      <td>{formatDecimal(day.mean)}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          )}
        />
        <table class="review-table">
          <caption>{t('review.ratingsByPart')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('review.colPart')}</th>
              <th scope="col">{t('review.colTimes')}</th>
              <th scope="col">{t('review.colMeanLevel')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={DAY_PARTS}>
              {(part) => (
                <Show when={ratings().byPart[part]}>
                  {(figure) => (
                    <tr>
                      <th scope="row">{t(`review.part.${part}`)}</th>
                      <td>{figure().count}</td>
                      <td>{formatDecimal(figure().mean)}</td>
                    </tr>
                  )}
                </Show>
              )}
            </For>
          </tbody>
        </table>
      </Show>
      <Show when={checks().length > 0}>
        <table class="review-table">
          <caption>{t('review.selfChecksTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('review.colQuestion')}</th>
              <th scope="col">{t('review.colAnswers')}</th>
              <th scope="col">{t('review.colYes')}</th>
              <th scope="col">{t('review.colChecks')}</th>
              <th scope="col">{t('review.colAgreed')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={checks()}>
              {(figure) => (
                <tr>
                  <th scope="row">{question(figure.targetId)}</th>
                  <td>{figure.answers}</td>
                  <td>{formatPercent(figure.yesShare)}</td>
                  <td>{figure.checks}</td>
                  <td>{formatPercent(figure.matchShare)}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
    </>
  );
}
