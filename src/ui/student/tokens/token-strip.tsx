import '../../../i18n/kiosk-tokens';
import './tokens.css';
import { createEffect, createSignal, Index, Match, onCleanup, Show, Switch } from 'solid-js';
import { clock } from '../../../app/clock';
import { db } from '../../../db/instance';
import { useLive } from '../../../db/live';
import { boardById } from '../../../db/repos/board-reads';
import { cardsByIds } from '../../../db/repos/card-reads';
import { eventsOfStudentDay } from '../../../db/repos/events';
import { chooseReinforcer, startReward } from '../../../db/repos/tokens';
import { optionsFor } from '../../../domain/boards';
import type { Card } from '../../../domain/cards';
import type { CardId, OptionId } from '../../../domain/ids';
import type { Student } from '../../../domain/people';
import { DEFAULT_PRESENTATION } from '../../../domain/presentation';
import { schoolDayOf } from '../../../domain/time';
import { canStartReward, type TokenPlan } from '../../../domain/tokens';
import { useTokenBoard } from '../../components/token-board-state';
import { CardFace } from '../card-face';
import { useCardFor, useKioskText, useSayControl } from '../kiosk-text';
import { useKioskWrite } from '../kiosk-write';
import { NotSaved } from '../not-saved';
import { VisualTimer } from '../visual-timer';
import { ReinforcerChoice } from './reinforcer-choice';

/**
 * The student's token board at the top of their day: what they work for, the tokens so far, a
 * calm celebration when it is full, then reinforcer time with its timer, and a fresh board.
 */
export function TokenStrip(props: {
  student: Student;
  plan: TokenPlan;
  /** Reinforcer time is the student's screen while it runs: the day waits behind it. */
  onRewardTime: (running: boolean) => void;
}) {
  const text = useKioskText();
  const cardFor = useCardFor();
  const say = useSayControl();
  const day = schoolDayOf(clock.now());
  const events = useLive(
    () => props.student.id,
    (id) => eventsOfStudentDay(db, id, day),
  );
  const board = useLive(
    () => props.plan.reinforcerBoardId,
    (id) => (id ? boardById(db, id) : undefined),
  );
  const state = useTokenBoard(
    () => props.plan,
    () => events() ?? [],
  );
  createEffect(() => props.onRewardTime(state().reward !== undefined));
  onCleanup(() => props.onRewardTime(false));
  const options = () => {
    const shown = board();
    return shown ? optionsFor(shown, props.student.id) : [];
  };
  const cards = useLive(
    () => [...options().map((option) => option.cardId), state().workingFor?.cardId, state().reward?.cardId],
    (ids) =>
      cardsByIds(
        db,
        ids.filter((id): id is CardId => id !== undefined),
      ),
  );
  const cardOf = (id: CardId | undefined): Card | undefined => (id ? cards()?.get(id) : undefined);
  const pictureStyle = () => (props.student.presentation ?? DEFAULT_PRESENTATION).pictureStyle;
  const [choosing, setChoosing] = createSignal(false);
  const { busy, notSaved, save: write } = useKioskWrite();
  const choose = async (optionId: OptionId) => {
    if (await write(() => chooseReinforcer(db, props.student.id, optionId, clock.now()))) setChoosing(false);
  };
  const rewardWords = (card: Card | undefined) =>
    card ? text('kioskTokens.timeFor', { label: cardFor(card).label }) : text('kioskTokens.rewardTime');

  return (
    <Show when={events() !== undefined}>
      <section
        class="token-strip"
        classList={{ full: canStartReward(state()), reward: state().reward !== undefined }}
        aria-label={text('kioskTokens.title')}
      >
        <NotSaved reason={notSaved()} />
        <Switch>
          <Match when={state().reward}>
            {(reward) => (
              <div class="token-reward">
                <Show when={cardOf(reward().cardId)}>
                  {(card) => <CardFace card={card()} pictureStyle={pictureStyle()} size="medium" />}
                </Show>
                <p class="kiosk-big">{rewardWords(cardOf(reward().cardId))}</p>
                <VisualTimer startedAt={reward().startedAt} minutes={reward().minutes} />
              </div>
            )}
          </Match>
          <Match when={choosing()}>
            <ReinforcerChoice
              options={options()}
              cards={cards() ?? new Map()}
              pictureStyle={pictureStyle()}
              busy={busy()}
              onChoose={(optionId) => void choose(optionId)}
              onBack={() => setChoosing(false)}
            />
          </Match>
          <Match when={true}>
            <div class="token-row">
              <Show
                when={cardOf(state().workingFor?.cardId)}
                fallback={
                  <Show when={options().length > 0}>
                    <button
                      type="button"
                      class="token-choose"
                      onClick={() => {
                        say('kioskTokens.choose');
                        setChoosing(true);
                      }}
                    >
                      <span aria-hidden="true">☆</span> {text('kioskTokens.choose')}
                    </button>
                  </Show>
                }
              >
                {(card) => (
                  <div class="token-working-for">
                    <span class="token-caption">{text('kioskTokens.workingFor')}</span>
                    <CardFace card={card()} pictureStyle={pictureStyle()} size="small" />
                  </div>
                )}
              </Show>
              <div class="token-board">
                <ol class="token-spots" aria-hidden="true">
                  <Index each={Array.from({ length: state().spots }, (_, index) => index < state().earned)}>
                    {(earned) => <li class="token-spot" classList={{ earned: earned() }} />}
                  </Index>
                </ol>
                <p class="token-count" aria-live="polite">
                  {text('kioskTokens.count', { earned: state().earned, spots: state().spots })}
                </p>
              </div>
            </div>
            <Show when={canStartReward(state())}>
              <div class="token-celebration">
                <p class="kiosk-big">
                  {text('kioskTokens.celebrate')} {rewardWords(cardOf(state().workingFor?.cardId))}
                </p>
                <button
                  type="button"
                  class="step-action done"
                  disabled={busy()}
                  onClick={() => void write(() => startReward(db, undefined, props.student.id, clock.now()))}
                >
                  {text('kioskTokens.startReward')}
                </button>
              </div>
            </Show>
          </Match>
        </Switch>
      </section>
    </Show>
  );
}
