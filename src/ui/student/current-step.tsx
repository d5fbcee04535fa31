import { Show } from 'solid-js';
import type { Card } from '../../domain/cards';
import type { CardId } from '../../domain/ids';
import type { PictureStyle } from '../../domain/presentation';
import type { DayProgress, ItemProgress } from '../../domain/schedule-progress';
import { expectedTap } from '../../domain/schedule-progress';
import { CardFace } from './card-face';
import { ChangeBadge } from './change-badge';
import { useKioskText } from './kiosk-text';
import { MiniSchedule } from './mini-schedule';
import { VisualTimer } from './visual-timer';

export type StepActions = { onStart: () => void; onDone: () => void; busy: boolean };

/** The step to do now: large, with its one next tap (start or done), its timer and its steps inside. */
export function CurrentStep(props: {
  step: ItemProgress;
  progress: DayProgress;
  cards: ReadonlyMap<CardId, Card>;
  pictureStyle: PictureStyle;
  actions: StepActions;
}) {
  const text = useKioskText();
  const card = () => props.cards.get(props.step.item.cardId);
  const tap = () => expectedTap(props.progress);
  return (
    <div class="current-step" aria-current="step">
      <Show when={props.step.item.isChange}>
        <ChangeBadge />
      </Show>
      <Show when={card()}>
        {(shown) => <CardFace card={shown()} pictureStyle={props.pictureStyle} size="large" />}
      </Show>
      <Show when={props.step.startedAt !== undefined && props.step.item.durationMinutes}>
        {(minutes) => <VisualTimer startedAt={props.step.startedAt ?? 0} minutes={minutes()} />}
      </Show>
      <Show when={props.step.startedAt !== undefined && props.step.miniSteps.length > 0}>
        <MiniSchedule
          parentLabel={card()?.label ?? ''}
          steps={props.step.miniSteps}
          cards={props.cards}
          pictureStyle={props.pictureStyle}
        />
      </Show>
      <Show when={tap() === 'start'}>
        <button
          type="button"
          class="step-action start"
          disabled={props.actions.busy}
          onClick={props.actions.onStart}
        >
          {text('kiosk.start')}
        </button>
      </Show>
      <Show when={tap() === 'done'}>
        <button
          type="button"
          class="step-action done"
          disabled={props.actions.busy}
          onClick={props.actions.onDone}
        >
          <span aria-hidden="true">✓</span> {text('kiosk.done')}
        </button>
      </Show>
    </div>
  );
}
