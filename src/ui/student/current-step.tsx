import { lazy, Show, useContext } from 'solid-js';
import type { ItemProgress } from '../../domain/schedule-progress';
import { expectedTap } from '../../domain/schedule-progress';
import { StoredPicture } from '../components/stored-picture';
import { CardFace } from './card-face';
import { ChangeBadge } from './change-badge';
import { KioskLocale, useCardFor, useKioskText, useSayControl } from './kiosk-text';
import type { LayoutProps } from './layout-props';
import { MiniSchedule } from './mini-schedule';
import { VisualTimer } from './visual-timer';

// Choices load only when a step offers one: most days and most students need none.
const BoardChoice = lazy(() =>
  import('./choice/board-choice').then((module) => ({ default: module.BoardChoice })),
);
const OrderChoice = lazy(() =>
  import('./choice/order-choice').then((module) => ({ default: module.OrderChoice })),
);

export type StepActions = { onStart: () => void; onDone: () => void; busy: boolean };

/** The step to do now: large, with its one next tap (start or done), its timer and its steps inside. */
export function CurrentStep(props: LayoutProps & { step: ItemProgress }) {
  const text = useKioskText();
  const say = useSayControl();
  const cardFor = useCardFor();
  const studentLocale = useContext(KioskLocale);
  const card = () => props.cards.get(props.step.item.cardId);
  const tap = () => expectedTap(props.progress);
  // Done finishes the mini-step on screen, and says which: "Done: Wash hands", in the student's
  // words for it when the card has them, as the mini-schedule shows it.
  const miniCard = () => {
    const mini = props.progress.currentMini;
    return mini && props.cards.get(mini.step.cardId);
  };
  const doneWords = () => {
    const shown = miniCard();
    return shown ? text('kiosk.doneStep', { label: cardFor(shown).label }) : text('kiosk.done');
  };
  // The student's voice reads only their language's words: a step without them is said as Done.
  const sayDone = () => {
    const shown = miniCard();
    const speech = shown && cardFor(shown).speech;
    if (speech && speech.locale === studentLocale()) say('kiosk.doneStep', { label: speech.text });
    else say('kiosk.done');
  };
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
      <Show when={props.step.item.boardId}>
        {(boardId) => (
          <BoardChoice
            studentId={props.studentId}
            boardId={boardId()}
            on={{ stepId: props.step.item.id }}
            events={props.events}
            pictureStyle={props.pictureStyle}
          />
        )}
      </Show>
      <Show when={props.step.item.chooseOrderOf}>
        <OrderChoice
          studentId={props.studentId}
          day={props.day}
          progress={props.progress}
          events={props.events}
          cards={props.cards}
          pictureStyle={props.pictureStyle}
        />
      </Show>
      <Show when={tap() === 'start'}>
        <button
          type="button"
          class="step-action start"
          disabled={props.actions.busy}
          onClick={() => {
            say('kiosk.start');
            props.actions.onStart();
          }}
        >
          {/* A picture on every control, for a student who does not read the word. */}
          <span aria-hidden="true">▶</span> {text('kiosk.start')}
        </button>
      </Show>
      <Show when={tap() === 'done'}>
        <button
          type="button"
          class="step-action done"
          classList={{ 'names-step': miniCard() !== undefined }}
          disabled={props.actions.busy}
          onClick={() => {
            sayDone();
            props.actions.onDone();
          }}
        >
          <span aria-hidden="true">✓</span>
          <Show when={miniCard()?.picture}>
            {(picture) => <StoredPicture mediaId={picture().mediaId} class="step-action-picture" />}
          </Show>{' '}
          {doneWords()}
        </button>
      </Show>
    </div>
  );
}
