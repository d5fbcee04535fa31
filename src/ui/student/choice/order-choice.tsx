import './choice.css';
import { createMemo, createSignal, For, Show } from 'solid-js';
import { clock } from '../../../app/clock';
import { db } from '../../../db/instance';
import { chooseOrder } from '../../../db/repos/choices';
import type { Card } from '../../../domain/cards';
import { orderToChoose } from '../../../domain/choices';
import type { AppEvent } from '../../../domain/events';
import type { CardId, StepId, StudentId } from '../../../domain/ids';
import type { PictureStyle } from '../../../domain/presentation';
import type { DayProgress } from '../../../domain/schedule-progress';
import type { SchoolDay } from '../../../domain/time';
import { CardFace } from '../card-face';
import { useCardFor, useKioskText } from '../kiosk-text';
import { useKioskWrite } from '../kiosk-write';
import { NotSaved } from '../not-saved';

/**
 * The student puts the next steps in their own order: tapping each in turn numbers it; when all
 * are numbered, one tap confirms (or the student starts again), and the day follows that order.
 */
export function OrderChoice(props: {
  studentId: StudentId;
  day: SchoolDay;
  progress: DayProgress;
  events: readonly AppEvent[];
  cards: ReadonlyMap<CardId, Card>;
  pictureStyle: PictureStyle;
}) {
  const text = useKioskText();
  const cardFor = useCardFor();
  const offered = createMemo(() => orderToChoose(props.progress, props.events));
  const [picked, setPicked] = createSignal<StepId[]>([]);
  const { busy: saving, notSaved, save } = useKioskWrite();
  const place = (stepId: StepId) => picked().indexOf(stepId) + 1;
  const pick = (stepId: StepId) => {
    if (!picked().includes(stepId)) setPicked([...picked(), stepId]);
  };

  const confirm = async () => {
    if (!(await save(() => chooseOrder(db, props.studentId, props.day, picked(), clock.now()))))
      setPicked([]);
  };

  return (
    <Show when={offered()}>
      {(steps) => (
        <section class="order-choice" aria-labelledby="order-choice-title">
          <h2 id="order-choice-title" class="choice-title">
            {text('kiosk.chooseOrder')}
          </h2>
          <ul class="choice-options">
            <For each={steps()}>
              {(entry) => (
                <Show when={props.cards.get(entry.item.cardId)}>
                  {(card) => (
                    <li class="order-option">
                      <CardFace
                        card={card()}
                        pictureStyle={props.pictureStyle}
                        size="medium"
                        name={
                          place(entry.item.id) > 0
                            ? text('kiosk.orderPlaced', {
                                label: cardFor(card()).label,
                                place: place(entry.item.id),
                              })
                            : text('kiosk.orderPick', { label: cardFor(card()).label })
                        }
                        pressed={place(entry.item.id) > 0}
                        onTap={() => pick(entry.item.id)}
                      />
                      <Show when={place(entry.item.id) > 0}>
                        <span class="order-place" aria-hidden="true">
                          {place(entry.item.id)}
                        </span>
                      </Show>
                    </li>
                  )}
                </Show>
              )}
            </For>
          </ul>
          <Show when={picked().length > 0}>
            <div class="choice-buttons">
              <Show when={picked().length === steps().length}>
                <button type="button" class="step-action" disabled={saving()} onClick={() => void confirm()}>
                  {text('kiosk.thisIsMyOrder')}
                </button>
              </Show>
              <button type="button" class="choice-back" onClick={() => setPicked([])}>
                {text('kiosk.startAgain')}
              </button>
            </div>
          </Show>
          <NotSaved reason={notSaved()} />
        </section>
      )}
    </Show>
  );
}
