import { For } from 'solid-js';
import { PROMPT_LEVELS } from '../../../domain/events';
import type { RangeFigures } from '../../../domain/review/independence';
import { t } from '../../../i18n';
import { usePromptLevels } from '../../para/prompt-names';
import { formatPercent } from './format';

/** How many steps started after each level of help, most to least independent. */
export function PromptTable(props: { figures: RangeFigures }) {
  const levels = usePromptLevels();
  const share = (count: number) => (props.figures.starts > 0 ? count / props.figures.starts : undefined);
  return (
    <table class="review-table">
      <caption>{t('review.promptsTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('review.colPrompt')}</th>
          <th scope="col">{t('review.colCount')}</th>
          <th scope="col">{t('review.colShare')}</th>
        </tr>
      </thead>
      <tbody>
        <For each={PROMPT_LEVELS}>
          {(level) => (
            <tr>
              <th scope="row">{levels.nameOf(level)}</th>
              <td>{props.figures.byPrompt[level]}</td>
              <td>
                <span
                  class="share-bar"
                  style={{ '--share': String(share(props.figures.byPrompt[level]) ?? 0) }}
                />
                {formatPercent(share(props.figures.byPrompt[level]))}
              </td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}
