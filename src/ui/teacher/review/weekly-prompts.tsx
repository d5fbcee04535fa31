import { For } from 'solid-js';
import { PROMPT_LEVELS } from '../../../domain/events';
import type { DayRange } from '../../../domain/review/independence';
import { partialWeek, type WeekPrompts } from '../../../domain/review/over-time';
import type { SchoolDay } from '../../../domain/time';
import { t } from '../../../i18n';
import { usePromptLevels } from '../../para/prompt-names';
import { formatDay, formatPercent, formatRange } from './format';

/** The week's Monday, with the days the range holds of it when only some. */
const formatPartOfWeek = (monday: SchoolDay, range: DayRange): string => {
  const part = partialWeek(monday, range);
  return part
    ? t('review.partialWeek', { day: formatDay(monday), dates: formatRange(part) })
    : formatDay(monday);
};

/**
 * The help each start took, week by week: one stacked bar per week, its parts in the order of
 * the prompt hierarchy and told apart by shade and by the numbers in the row.
 */
export function WeeklyPrompts(props: { weeks: readonly WeekPrompts[]; range: DayRange }) {
  const levels = usePromptLevels();
  return (
    <table class="review-table weekly-prompts">
      <caption>{t('review.weeklyTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('review.colWeek')}</th>
          <th scope="col">{t('review.colStarts')}</th>
          <For each={PROMPT_LEVELS}>{(level) => <th scope="col">{levels.nameOf(level)}</th>}</For>
          <th scope="col">{t('review.colBar')}</th>
        </tr>
      </thead>
      <tbody>
        <For each={props.weeks}>
          {(week) => (
            <tr>
              {/* Under the column "Week": the week's Monday says which, and a partial week is marked. */}
              <th scope="row">{formatPartOfWeek(week.monday, props.range)}</th>
              <td>{week.starts}</td>
              <For each={PROMPT_LEVELS}>
                {(level) => <td>{formatPercent(week.byPrompt[level] / week.starts)}</td>}
              </For>
              <td>
                <span class="stacked-bar">
                  <For each={PROMPT_LEVELS}>
                    {(level, index) => (
                      <span
                        class={`stack-part level-${index()}`}
                        style={{ '--share': String(week.byPrompt[level] / week.starts) }}
                      />
                    )}
                  </For>
                </span>
              </td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}
