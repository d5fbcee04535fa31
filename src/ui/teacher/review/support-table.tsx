import { createMemo, For, Show } from 'solid-js';
import { db } from '../../../db/instance';
import { useLive } from '../../../db/live';
import { cardsByIds } from '../../../db/repos/card-reads';
import { type DayRange, inRange } from '../../../domain/review/independence';
import type { DayRollup } from '../../../domain/rollup';
import { supportOverDays } from '../../../domain/support';
import { SUPPORT_LEVELS } from '../../../domain/support-levels';
import { t } from '../../../i18n';

/** The support map over the range: for each part of the day, on how many days each level of support. */
export function SupportTable(props: { rollups: readonly DayRollup[]; range: DayRange }) {
  const activities = createMemo(() =>
    supportOverDays(
      props.rollups.filter((rollup) => inRange(rollup.day, props.range)).map((rollup) => rollup.support),
    ),
  );
  const cards = useLive(
    () => activities().map((activity) => activity.cardId),
    (ids) => cardsByIds(db, ids),
  );
  return (
    <Show when={activities().length > 0}>
      <table class="review-table">
        <caption>{t('review.supportTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('review.colActivity')}</th>
            <For each={SUPPORT_LEVELS}>{(level) => <th scope="col">{t(`support.${level}`)}</th>}</For>
          </tr>
        </thead>
        <tbody>
          <For each={activities()}>
            {(activity) => (
              <tr>
                <th scope="row">{cards()?.get(activity.cardId)?.label ?? ''}</th>
                <For each={SUPPORT_LEVELS}>{(level) => <td>{activity.days[level] ?? 0}</td>}</For>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </Show>
  );
}
