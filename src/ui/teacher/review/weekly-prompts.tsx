import { For } from 'solid-js';
import { PROMPT_LEVELS } from '../../../domain/events';
import type { WeekPrompts } from '../../../domain/review/over-time';
import { t } from '../../../i18n';
import { usePromptLevels } from '../../para/prompt-names';
import { formatDay, formatPercent } from './format';

/**
 * The help each start took, week by week: one stacked bar per week, its parts in the order of
 * the prompt hierarchy and told apart by shade and by the numbers in the row.
 */
export function WeeklyPrompts(props: { weeks: readonly WeekPrompts[] }) {
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
              {/* Under the column "Week": the week's Monday says which. */}
              <th scope="row">{formatDay(week.monday)}</th>
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
