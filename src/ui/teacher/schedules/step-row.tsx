import { createSignal, For, Show } from 'solid-js';
import type { ChoiceBoard } from '../../../domain/boards';
import type { Card } from '../../../domain/cards';
import type { BoardId, CardId, StepId } from '../../../domain/ids';
import { CHOOSE_ORDER_MAX, CHOOSE_ORDER_MIN, type ScheduleItem } from '../../../domain/schedule';
import { parseMinutes } from '../../../domain/schedule-edit';
import { t } from '../../../i18n';
import { StoredPicture } from '../../components/stored-picture';
import { MoveButtons } from '../shared/move-buttons';
import { MiniSteps } from './mini-steps';

const ORDER_COUNTS = Array.from(
  { length: CHOOSE_ORDER_MAX - CHOOSE_ORDER_MIN + 1 },
  (_, index) => CHOOSE_ORDER_MIN + index,
);

type DragHandle = {
  onPointerDown: (event: PointerEvent) => void;
  onPointerMove: (event: PointerEvent) => void;
  onPointerUp: (event: PointerEvent) => void;
  onPointerCancel: (event: PointerEvent) => void;
};

/**
 * One step of the schedule being edited, as one compact row: its card, timer and place in the day.
 * The settings used less often and the mini-schedule open under "More"; while closed, the row
 * says in words which of them are set, so nothing is hidden without a trace.
 */
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
  boards: readonly ChoiceBoard[];
  onDuration: (minutes: number | undefined) => void;
  onBoard: (boardId: BoardId | undefined) => void;
  onChooseOrder: (count: number | undefined) => void;
  onCheckIn: (on: boolean) => void;
  expanded: boolean;
  onToggleMore: () => void;
  /** On one day's schedule, a step can be planned as a change; a weekday's schedule has none. */
  onIsChange?: (on: boolean) => void;
  onAddMini: (cardId: CardId) => void;
  onMoveMini: (from: number, to: number) => void;
  onRemoveMini: (miniId: StepId) => void;
}) {
  const label = () => props.labelOf(props.item.cardId);
  const [minutesRefused, setMinutesRefused] = createSignal(false);
  const labelId = () => `step-label-${props.item.id}`;
  const timerId = () => `step-timer-${props.item.id}`;
  const boardId = () => `step-board-${props.item.id}`;
  const orderId = () => `step-order-${props.item.id}`;
  const checkInId = () => `step-check-in-${props.item.id}`;
  const isChangeId = () => `step-is-change-${props.item.id}`;
  const moreId = () => `step-more-${props.item.id}`;

  const facts = () => {
    const { miniSteps, boardId, chooseOrderOf, checkIn } = props.item;
    const board = props.boards.find((each) => each.id === boardId);
    return [
      miniSteps.length > 0
        ? t('schedules.factInside', { steps: miniSteps.map((mini) => props.labelOf(mini.cardId)).join(', ') })
        : undefined,
      board ? t('schedules.factBoard', { name: board.name }) : undefined,
      chooseOrderOf ? t('schedules.factOrder', { count: chooseOrderOf }) : undefined,
      checkIn ? t('schedules.factCheckIn') : undefined,
    ].filter((fact) => fact !== undefined);
  };

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
        <span class="step-words">
          <span class="step-label" id={labelId()}>
            {label()}
            <Show when={props.item.isChange}>
              <span class="change-mark">{t('schedules.changeMark')}</span>
            </Show>
          </span>
          <Show when={facts().length > 0}>
            <span class="step-facts">{facts().join(' · ')}</span>
          </Show>
        </span>
        <div class="step-controls">
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
          <button
            type="button"
            class="button step-more-toggle"
            aria-expanded={props.expanded}
            aria-controls={props.expanded ? moreId() : undefined}
            onClick={() => props.onToggleMore()}
          >
            <span aria-hidden="true">
              {t('schedules.more')} {props.expanded ? '▾' : '▸'}
            </span>
            <span class="visually-hidden">{t('schedules.moreFor', { label: label() })}</span>
          </button>
          <MoveButtons
            id={props.item.id}
            label={label()}
            index={props.index}
            count={props.count}
            compact
            onMove={props.onMove}
            onRemove={props.onRemove}
          />
        </div>
      </div>
      <Show when={minutesRefused()}>
        <p id={`${timerId()}-error`} class="status error" role="alert">
          {t('schedules.badMinutes')}
        </p>
      </Show>
      <Show when={props.expanded}>
        <div class="step-more" id={moreId()}>
          <div class="step-extras">
            <span class="step-setting">
              <label id={`${boardId()}-label`} for={boardId()}>
                {t('schedules.board')}
              </label>
              <select
                id={boardId()}
                aria-labelledby={`${labelId()} ${boardId()}-label`}
                value={props.item.boardId ?? ''}
                onChange={(event) => {
                  const chosen = props.boards.find((board) => board.id === event.currentTarget.value);
                  props.onBoard(chosen?.id);
                }}
              >
                <option value="">{t('schedules.noBoard')}</option>
                <For each={props.boards}>{(board) => <option value={board.id}>{board.name}</option>}</For>
              </select>
            </span>
            <span class="step-setting">
              <label id={`${orderId()}-label`} for={orderId()}>
                {t('schedules.chooseOrder')}
              </label>
              <select
                id={orderId()}
                aria-labelledby={`${labelId()} ${orderId()}-label`}
                value={props.item.chooseOrderOf ?? ''}
                onChange={(event) => {
                  const count = Number(event.currentTarget.value);
                  props.onChooseOrder(ORDER_COUNTS.includes(count) ? count : undefined);
                }}
              >
                <option value="">{t('schedules.noOrderChoice')}</option>
                <For each={ORDER_COUNTS}>
                  {(count) => <option value={count}>{t('schedules.orderNext', { count })}</option>}
                </For>
              </select>
            </span>
            <label class="step-setting step-check-in">
              <input
                type="checkbox"
                aria-labelledby={`${labelId()} ${checkInId()}`}
                checked={props.item.checkIn === true}
                onChange={(event) => props.onCheckIn(event.currentTarget.checked)}
              />
              <span id={checkInId()}>{t('schedules.checkIn')}</span>
            </label>
            <Show when={props.onIsChange}>
              {(onIsChange) => (
                <label class="step-setting step-check-in">
                  <input
                    type="checkbox"
                    aria-labelledby={`${labelId()} ${isChangeId()}`}
                    checked={props.item.isChange === true}
                    onChange={(event) => onIsChange()(event.currentTarget.checked)}
                  />
                  <span id={isChangeId()}>{t('schedules.isChange')}</span>
                </label>
              )}
            </Show>
          </div>
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
        </div>
      </Show>
    </li>
  );
}
