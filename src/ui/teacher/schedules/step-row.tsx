import { createSignal, Show } from 'solid-js';
import type { Card } from '../../../domain/cards';
import type { CardId, StepId } from '../../../domain/ids';
import type { ScheduleItem } from '../../../domain/schedule';
import { parseMinutes } from '../../../domain/schedule-edit';
import { t } from '../../../i18n';
import { StoredPicture } from '../../components/stored-picture';
import { MoveButtons } from '../shared/move-buttons';
import { MiniSteps } from './mini-steps';

type DragHandle = {
  onPointerDown: (event: PointerEvent) => void;
  onPointerMove: (event: PointerEvent) => void;
  onPointerUp: (event: PointerEvent) => void;
  onPointerCancel: (event: PointerEvent) => void;
};

/** One step of the schedule being edited: its card, timer, place in the day and mini-schedule. */
export function StepRow(props: {
  item: ScheduleItem;
  index: number;
  count: number;
  card: Card | undefined;
  cards: readonly Card[];
  labelOf: (cardId: CardId) => string;
  dragHandle: DragHandle;
  dragClass: string | undefined;
  onMove: (from: number, to: number) => void;
  onRemove: () => void;
  onDuration: (minutes: number | undefined) => void;
  onAddMini: (cardId: CardId) => void;
  onMoveMini: (from: number, to: number) => void;
  onRemoveMini: (miniId: StepId) => void;
}) {
  const label = () => props.labelOf(props.item.cardId);
  const [minutesRefused, setMinutesRefused] = createSignal(false);
  const labelId = () => `step-label-${props.item.id}`;
  const timerId = () => `step-timer-${props.item.id}`;

  const changeMinutes = (input: HTMLInputElement) => {
    const parsed = parseMinutes(input.value);
    setMinutesRefused(!parsed.ok);
    if (parsed.ok) props.onDuration(parsed.minutes);
  };

  return (
    <li class={`step-row ${props.dragClass ?? ''}`} aria-labelledby={labelId()}>
      <div class="step-main">
        <span class="drag-handle" aria-hidden="true" title={t('schedules.drag')} {...props.dragHandle}>
          ⠿
        </span>
        <span class="step-number" aria-hidden="true">
          {props.index + 1}
        </span>
        <Show when={props.card?.picture}>
          {(picture) => <StoredPicture mediaId={picture().mediaId} class="step-picture" />}
        </Show>
        <span class="step-label" id={labelId()}>
          {label()}
          <Show when={props.item.isChange}>
            <span class="change-mark">{t('schedules.changeMark')}</span>
          </Show>
        </span>
        <span class="step-timer">
          <label id={timerId()} for={`${timerId()}-input`}>
            {t('schedules.minutes')}
          </label>
          <input
            id={`${timerId()}-input`}
            class="minutes-input"
            inputmode="numeric"
            autocomplete="off"
            aria-labelledby={`${labelId()} ${timerId()}`}
            aria-invalid={minutesRefused()}
            aria-describedby={minutesRefused() ? `${timerId()}-error` : undefined}
            value={props.item.durationMinutes ?? ''}
            onChange={(event) => changeMinutes(event.currentTarget)}
          />
        </span>
      </div>
      <Show when={minutesRefused()}>
        <p id={`${timerId()}-error`} class="status error" role="alert">
          {t('schedules.badMinutes')}
        </p>
      </Show>
      <MoveButtons
        id={props.item.id}
        label={label()}
        index={props.index}
        count={props.count}
        onMove={props.onMove}
        onRemove={props.onRemove}
      />
      <MiniSteps
        stepId={props.item.id}
        stepLabel={label()}
        miniSteps={props.item.miniSteps}
        cards={props.cards}
        labelOf={props.labelOf}
        onAdd={props.onAddMini}
        onMove={props.onMoveMini}
        onRemove={props.onRemoveMini}
      />
    </li>
  );
}
