import { For, Show } from 'solid-js';
import type { Card } from '../../../domain/cards';
import type { CardId, StepId } from '../../../domain/ids';
import { MAX_ITEMS, type MiniStep } from '../../../domain/schedule';
import { t } from '../../../i18n';
import { CardChooser } from '../shared/card-chooser';
import { MoveButtons } from '../shared/move-buttons';

/** The steps inside one activity (its mini-schedule), in order, with their own add and move. */
export function MiniSteps(props: {
  stepId: StepId;
  stepLabel: string;
  miniSteps: readonly MiniStep[];
  cards: readonly Card[];
  labelOf: (cardId: CardId) => string;
  onAdd: (cardId: CardId) => void;
  onMove: (from: number, to: number) => void;
  onRemove: (miniId: StepId) => void;
}) {
  return (
    <div class="mini-steps">
      <h3 class="mini-title">
        {t('schedules.miniTitle', { label: props.stepLabel, count: props.miniSteps.length })}
      </h3>
      <Show when={props.miniSteps.length > 0} fallback={<p class="hint">{t('schedules.miniEmpty')}</p>}>
        <ol class="mini-list" aria-label={t('schedules.miniListName', { label: props.stepLabel })}>
          <For each={props.miniSteps}>
            {(mini, index) => (
              <li class="mini-row">
                <span class="mini-label">{props.labelOf(mini.cardId)}</span>
                <MoveButtons
                  id={mini.id}
                  label={props.labelOf(mini.cardId)}
                  index={index()}
                  count={props.miniSteps.length}
                  compact
                  onMove={props.onMove}
                  onRemove={() => props.onRemove(mini.id)}
                />
              </li>
            )}
          </For>
        </ol>
      </Show>
      <CardChooser
        id={`mini-card-${props.stepId}`}
        cards={props.cards}
        selectLabel={t('schedules.miniCard', { label: props.stepLabel })}
        placeholder={t('schedules.chooseCard')}
        buttonLabel={t('schedules.addMini', { label: props.stepLabel })}
        disabled={props.miniSteps.length >= MAX_ITEMS}
        onAdd={props.onAdd}
      />
    </div>
  );
}
