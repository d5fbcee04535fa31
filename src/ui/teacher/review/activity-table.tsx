import { createEffect, createMemo, For, Show } from 'solid-js';
import { db } from '../../../db/instance';
import { useLive } from '../../../db/live';
import { cardsByIds } from '../../../db/repos/card-reads';
import { countDaysByActivity } from '../../../db/repos/rollups';
import {
  type ActivityFigures,
  activitiesOverDays,
  countedBeforeNow,
  type StartCount,
} from '../../../domain/activity-starts';
import type { CardId, StudentId } from '../../../domain/ids';
import type { AdultSession } from '../../../domain/people';
import { type DayRange, inRange } from '../../../domain/review/independence';
import type { DayRollup } from '../../../domain/rollup';
import { t } from '../../../i18n';
import { formatPercent } from './format';

/** Students whose earlier days were counted again since the app opened: once each is enough. */
const recounted = new Set<StudentId>();

/**
 * Which activities the student starts on their own over the range and which not: each activity's
 * own starts, its mini-steps in rows of their own under it, marked as mini-steps.
 */
export function ActivityTable(props: {
  rollups: readonly DayRollup[];
  range: DayRange;
  studentId: StudentId;
  session: AdultSession;
}) {
  const days = createMemo(() => props.rollups.filter((rollup) => inRange(rollup.day, props.range)));
  const activities = createMemo(() =>
    activitiesOverDays(days().flatMap((rollup) => (rollup.activityStarts ? [rollup.activityStarts] : []))),
  );
  // Days recorded before the counts were kept have starts but no counts per activity.
  const uncounted = () => days().filter((rollup) => rollup.stepsStarted > 0 && !rollup.activityStarts).length;
  // Such days, and days counted before each activity kept the most help it needed, are counted
  // once, from their log, the first time the review shows the student after the app opened; a day
  // whose schedule is gone cannot be and stays named in the hint.
  createEffect(() => {
    const studentId = props.studentId;
    if (recounted.has(studentId) || !props.rollups.some(countedBeforeNow)) return;
    recounted.add(studentId);
    void countDaysByActivity(db, props.session, studentId).catch(() => undefined);
  });
  const cards = useLive(
    () =>
      activities().flatMap((activity) => [activity.cardId, ...activity.miniSteps.map((mini) => mini.cardId)]),
    (ids) => cardsByIds(db, ids),
  );
  const label = (cardId: CardId) => cards()?.get(cardId)?.label ?? '';
  const figures = (count: StartCount) => (
    <>
      <td>{count.starts}</td>
      <td>{count.independent}</td>
      <td>{count.starts - count.independent}</td>
      <td>{count.starts > 0 ? formatPercent(count.independent / count.starts) : t('review.none')}</td>
    </>
  );
  return (
    <Show when={activities().length > 0}>
      <table class="review-table activity-table">
        <caption>{t('review.activitiesTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('review.colActivityStep')}</th>
            <th scope="col">{t('review.colStarts')}</th>
            <th scope="col">{t('review.colOnTheirOwn')}</th>
            <th scope="col">{t('review.colWithHelp')}</th>
            <th scope="col">{t('review.colShare')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={activities()}>
            {(activity: ActivityFigures) => (
              <>
                <tr>
                  <th scope="row">{label(activity.cardId)}</th>
                  {figures(activity)}
                </tr>
                <For each={activity.miniSteps}>
                  {(mini) => (
                    <tr class="mini-step">
                      <th scope="row">
                        {t('review.miniStepOf', { step: label(activity.cardId), mini: label(mini.cardId) })}
                      </th>
                      {figures(mini)}
                    </tr>
                  )}
                </For>
              </>
            )}
          </For>
        </tbody>
      </table>
      <Show when={uncounted() > 0}>
        <p class="hint">{t('review.activitiesUncounted', { days: uncounted() })}</p>
      </Show>
    </Show>
  );
}
