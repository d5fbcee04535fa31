import './choice.css';
import { createMemo, createSignal, createUniqueId, For, Show } from 'solid-js';
import { clock } from '../../../app/clock';
import { db } from '../../../db/instance';
import { useLive } from '../../../db/live';
import { boardById } from '../../../db/repos/board-reads';
import { cardsByIds } from '../../../db/repos/card-reads';
import { recordChoice } from '../../../db/repos/choices';
import { optionsFor } from '../../../domain/boards';
import { choiceOnStep } from '../../../domain/choices';
import type { AppEvent } from '../../../domain/events';
import type { BoardId, CardId, EventId, OptionId, StepId, StudentId } from '../../../domain/ids';
import type { PictureStyle } from '../../../domain/presentation';
import { CardFace } from '../card-face';
import { useCardFor, useKioskText } from '../kiosk-text';
import { useKioskWrite } from '../kiosk-write';
import { NotSaved } from '../not-saved';

/**
 * A choice board, offered by the current step or opened by an adult: the options this student
 * sees, each said when tapped; the tapped option is shown large to confirm or take back, and the
 * confirmed choice is recorded. A step's board then shows what was chosen; an opened one closes.
 */
export function BoardChoice(props: {
  studentId: StudentId;
  boardId: BoardId;
  /** Where the board was offered: on a step of the schedule, or by an adult's opening. */
  on: { stepId: StepId } | { opening: EventId };
  events: readonly AppEvent[];
  pictureStyle: PictureStyle;
}) {
  const text = useKioskText();
  const cardFor = useCardFor();
  const board = useLive(
    () => props.boardId,
    (id) => boardById(db, id),
  );
  const options = createMemo(() => {
    const current = board();
    return current ? optionsFor(current, props.studentId) : [];
  });
  const cards = useLive(options, (shown) =>
    cardsByIds(
      db,
      shown.map((option) => option.cardId),
    ),
  );
  const titleId = createUniqueId();
  const made = () => ('stepId' in props.on ? choiceOnStep(props.events, props.on.stepId) : undefined);
  const [pending, setPending] = createSignal<OptionId>();
  const { busy: saving, notSaved, save } = useKioskWrite();
  const pendingCard = () => {
    const option = options().find((candidate) => candidate.id === pending());
    return option ? cards()?.get(option.cardId) : undefined;
  };

  const confirm = async () => {
    const optionId = pending();
    if (!optionId) return;
    const saved = await save(() =>
      recordChoice(db, props.studentId, { boardId: props.boardId, optionId, ...props.on }, clock.now()),
    );
    if (saved) setPending(undefined);
  };

  return (
    <section class="step-choice" aria-labelledby={titleId}>
      <Show
        when={made()}
        fallback={
          <>
            <h2 id={titleId} class="choice-title">
              {text('kiosk.chooseOne')}
            </h2>
            <Show
              when={pendingCard()}
              fallback={
                <ul class="choice-options">
                  <For each={options()}>
                    {(option) => (
                      <Show when={cards()?.get(option.cardId)}>
                        {(card) => (
                          <li>
                            <CardFace
                              card={card()}
                              pictureStyle={props.pictureStyle}
                              size="medium"
                              name={text('kiosk.chooseIt', { label: cardFor(card()).label })}
                              onTap={() => setPending(option.id)}
                            />
                          </li>
                        )}
                      </Show>
                    )}
                  </For>
                </ul>
              }
            >
              {(card) => (
                <div class="choice-confirm">
                  <CardFace card={card()} pictureStyle={props.pictureStyle} size="large" />
                  <div class="choice-buttons">
                    <button
                      type="button"
                      class="step-action"
                      disabled={saving()}
                      onClick={() => void confirm()}
                    >
                      {text('kiosk.yesThisOne')}
                    </button>
                    <button type="button" class="choice-back" onClick={() => setPending(undefined)}>
                      {text('kiosk.back')}
                    </button>
                  </div>
                </div>
              )}
            </Show>
            <NotSaved reason={notSaved()} />
          </>
        }
      >
        {(choice) => (
          <>
            <h2 id={titleId} class="choice-title">
              {text('kiosk.youChose')}
            </h2>
            <ChosenCard cardId={choice().cardId} pictureStyle={props.pictureStyle} />
          </>
        )}
      </Show>
    </section>
  );
}

/** The card that was chosen, read on its own: the board may have changed since. */
function ChosenCard(props: { cardId: CardId; pictureStyle: PictureStyle }) {
  const cards = useLive(
    () => props.cardId,
    (id) => cardsByIds(db, [id]),
  );
  return (
    <Show when={cards()?.get(props.cardId)}>
      {(card) => <CardFace card={card()} pictureStyle={props.pictureStyle} size="medium" />}
    </Show>
  );
}
