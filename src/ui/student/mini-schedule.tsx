import { Index, Show } from 'solid-js';
import type { Card } from '../../domain/cards';
import type { CardId } from '../../domain/ids';
import type { PictureStyle } from '../../domain/presentation';
import type { MiniProgress } from '../../domain/schedule-progress';
import { CardFace } from './card-face';
import { useKioskText } from './kiosk-text';

/** The steps of the current activity, followed inside it the same way as the day. */
export function MiniSchedule(props: {
  parentLabel: string;
  steps: MiniProgress[];
  cards: ReadonlyMap<CardId, Card>;
  pictureStyle: PictureStyle;
}) {
  const text = useKioskText();
  return (
    <section class="mini-schedule" aria-label={text('kiosk.stepsInside', { label: props.parentLabel })}>
      <ol>
        {/* By place: a row made anew at each tap would read its picture again. */}
        <Index each={props.steps}>
          {(mini) => (
            <li
              class={`mini-step ${mini().status}`}
              aria-current={mini().status === 'current' ? 'step' : undefined}
            >
              <Show when={props.cards.get(mini().step.cardId)}>
                {(card) => <CardFace card={card()} pictureStyle={props.pictureStyle} size="small" />}
              </Show>
              <Show when={mini().status === 'finished'}>
                <span class="step-status">
                  <span aria-hidden="true">✓</span> {text('kiosk.finished')}
                </span>
              </Show>
            </li>
          )}
        </Index>
      </ol>
    </section>
  );
}
