import { type Accessor, createEffect, createMemo, createSignal, onCleanup } from 'solid-js';
import { clock } from '../../app/clock';
import type { AppEvent } from '../../domain/events';
import { type TokenBoardState, type TokenPlan, tokenBoardState } from '../../domain/tokens';

/**
 * The token board as it is now, for the kiosk and the adults' Today panel: it follows the day's
 * events, and changes by itself when reinforcer time ends, with no event to say so.
 */
export function useTokenBoard(
  plan: Accessor<TokenPlan>,
  events: Accessor<readonly AppEvent[]>,
): Accessor<TokenBoardState> {
  const [tick, setTick] = createSignal(0);
  const state = createMemo(() => {
    tick();
    return tokenBoardState(plan(), events(), clock.now());
  });
  createEffect(() => {
    const reward = state().reward;
    if (reward) onCleanup(clock.after(reward.endsAt - clock.now(), () => setTick((count) => count + 1)));
  });
  return state;
}
