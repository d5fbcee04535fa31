import './tokens.css';
import { createSignal, For, Show } from 'solid-js';
import { clock } from '../../../app/clock';
import { adultSession } from '../../../app/session';
import { db } from '../../../db/instance';
import { useLive } from '../../../db/live';
import { listBoards } from '../../../db/repos/board-reads';
import { setTokenPlan } from '../../../db/repos/tokens';
import type { Student } from '../../../domain/people';
import { MAX_REWARD_MINUTES, MAX_SPOTS, MIN_REWARD_MINUTES, MIN_SPOTS } from '../../../domain/tokens';
import { t } from '../../../i18n';
import { StatusLine } from '../../components/status-line';
import { useSave } from '../../components/use-save';

const SPOT_CHOICES = Array.from({ length: MAX_SPOTS - MIN_SPOTS + 1 }, (_, index) => MIN_SPOTS + index);
/** What a new token board starts with: a short board, so the first reward comes soon. */
const NEW_PLAN = { spots: 5, fromSteps: true, rewardMinutes: 5 };

/** The teacher's token board for one student: on or off, its size, how tokens come, the reward. */
export function TokenPlanPanel(props: { student: Student }) {
  // A fresh form for each student, so one student's draft never carries over to the next.
  return (
    <Show when={props.student.id} keyed>
      <TokenPlanForm student={props.student} />
    </Show>
  );
}

function TokenPlanForm(props: { student: Student }) {
  const boards = useLive(() => listBoards(db));
  // The form starts from the saved plan; the student's later updates are this form's own saves.
  const saved = props.student.tokens;
  const [on, setOn] = createSignal(saved !== undefined);
  const [spots, setSpots] = createSignal(saved?.spots ?? NEW_PLAN.spots);
  const [fromSteps, setFromSteps] = createSignal(saved?.fromSteps ?? NEW_PLAN.fromSteps);
  const [boardId, setBoardId] = createSignal<string>(saved?.reinforcerBoardId ?? '');
  const [minutes, setMinutes] = createSignal(saved?.rewardMinutes ?? NEW_PLAN.rewardMinutes);
  const { status, save: runSave } = useSave();
  const name = () => props.student.name;

  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    const plan = on()
      ? {
          spots: spots(),
          fromSteps: fromSteps(),
          rewardMinutes: minutes(),
          ...(boardId() ? { reinforcerBoardId: boardId() } : {}),
        }
      : undefined;
    await runSave(
      async () => {
        await setTokenPlan(db, adultSession(), props.student.id, plan, clock.now());
      },
      t(plan ? 'tokens.saved' : 'tokens.removed', { name: name() }),
    );
  };

  return (
    <section class="panel" aria-labelledby="token-plan-title">
      <h2 id="token-plan-title">{t('tokens.title', { name: name() })}</h2>
      <p class="hint">{t('tokens.intro', { name: name() })}</p>
      <form class="token-plan" onSubmit={save}>
        <label class="check-row">
          <input type="checkbox" checked={on()} onChange={(event) => setOn(event.currentTarget.checked)} />
          {t('tokens.use')}
        </label>
        <Show when={on()}>
          <div class="field">
            <label for="token-spots">{t('tokens.spots')}</label>
            <select
              id="token-spots"
              value={spots()}
              onChange={(event) => setSpots(Number(event.currentTarget.value))}
            >
              <For each={SPOT_CHOICES}>{(count) => <option value={count}>{count}</option>}</For>
            </select>
          </div>
          <label class="check-row">
            <input
              type="checkbox"
              checked={fromSteps()}
              onChange={(event) => setFromSteps(event.currentTarget.checked)}
            />
            {t('tokens.fromSteps')}
          </label>
          <p class="hint">{t('tokens.fromStepsHint')}</p>
          <Show when={(boards() ?? []).length > 0} fallback={<p class="empty">{t('tokens.noBoards')}</p>}>
            <div class="field">
              <label for="token-board">{t('tokens.board', { name: name() })}</label>
              <select
                id="token-board"
                value={boardId()}
                onChange={(event) => setBoardId(event.currentTarget.value)}
              >
                <option value="">{t('tokens.noBoard')}</option>
                <For each={boards()}>{(board) => <option value={board.id}>{board.name}</option>}</For>
              </select>
            </div>
          </Show>
          <div class="field">
            <label for="token-minutes">{t('tokens.rewardMinutes')}</label>
            <input
              id="token-minutes"
              class="minutes-input"
              type="number"
              inputmode="numeric"
              required
              min={MIN_REWARD_MINUTES}
              max={MAX_REWARD_MINUTES}
              step="1"
              value={minutes()}
              onInput={(event) => setMinutes(event.currentTarget.valueAsNumber)}
            />
          </div>
        </Show>
        <div class="save-row">
          <button type="submit" class="button primary">
            {t('tokens.save')}
          </button>
        </div>
      </form>
      <StatusLine status={status()} />
    </section>
  );
}
