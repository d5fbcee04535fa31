import { Match, Show, Switch } from 'solid-js';
import { clock } from '../../app/clock';
import { adultSession } from '../../app/session';
import { db } from '../../db/instance';
import { useLive } from '../../db/live';
import { cardsByIds } from '../../db/repos/card-reads';
import { giveToken, startReward } from '../../db/repos/tokens';
import type { AppEvent } from '../../domain/events';
import type { Student } from '../../domain/people';
import { canStartReward, type TokenPlan, takesToken } from '../../domain/tokens';
import { t } from '../../i18n';
import { StatusLine } from '../components/status-line';
import { useTokenBoard } from '../components/token-board-state';
import { useSave } from '../components/use-save';

/** The student's token board for the adult beside them: the count, and a token with one tap. */
export function TokenGive(props: { student: Student; plan: TokenPlan; events: readonly AppEvent[] }) {
  const state = useTokenBoard(
    () => props.plan,
    () => props.events,
  );
  const workingFor = useLive(
    () => state().workingFor?.cardId,
    async (cardId) => (cardId ? (await cardsByIds(db, [cardId])).get(cardId) : undefined),
  );
  const { busy, status, save: act } = useSave();
  const name = () => props.student.name;

  return (
    <div class="token-give">
      <p class="today-now">{t('tokens.count', { earned: state().earned, spots: state().spots })}</p>
      <Show when={workingFor()}>{(card) => <p>{t('tokens.workingFor', { label: card().label })}</p>}</Show>
      <Switch>
        <Match when={state().reward}>
          <p>{t('tokens.rewardRunning')}</p>
        </Match>
        <Match when={canStartReward(state())}>
          <p>{t('tokens.full', { name: name() })}</p>
          <button
            type="button"
            class="button big"
            disabled={busy()}
            onClick={() => void act(() => startReward(db, adultSession(), props.student.id, clock.now()))}
          >
            {t('tokens.startReward')}
          </button>
        </Match>
      </Switch>
      <p>
        <button
          type="button"
          class="button primary big"
          disabled={busy() || !takesToken(state())}
          onClick={() => void act(() => giveToken(db, adultSession(), props.student.id, clock.now()))}
        >
          {t('tokens.give', { name: name() })}
        </button>
      </p>
      <StatusLine status={status()} />
    </div>
  );
}
