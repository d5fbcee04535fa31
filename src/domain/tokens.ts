// The token board ("working for"): the student earns tokens towards a reinforcer they chose; a
// full board is exchanged for reinforcer time, and then it starts again empty. Its state is worked
// out from the day's events alone, like the schedule's, so a reload resumes where it was.

import { voidedTargets } from './corrections';
import type { AppEvent, ReinforcerChosen, RewardUsed } from './events';
import type { BoardId, CardId, OptionId } from './ids';

export const MIN_SPOTS = 1;
export const MAX_SPOTS = 10;
export const MIN_REWARD_MINUTES = 1;
export const MAX_REWARD_MINUTES = 60;

/** The teacher's token board for one student. */
export type TokenPlan = {
  /** How many tokens fill the board. */
  spots: number;
  /** A token for every finished step of the day (not for the steps of a mini-schedule). */
  fromSteps: boolean;
  /** The choice board the student picks what they work for from; without one, nothing is picked. */
  reinforcerBoardId?: BoardId;
  rewardMinutes: number;
};

export type RewardTime = { cardId?: CardId; startedAt: number; endsAt: number; minutes: number };

export type TokenBoardState = {
  spots: number;
  /** What the student picked for this board; cleared when a reward is used. */
  workingFor?: { cardId: CardId; optionId: OptionId };
  /** Tokens on the board, never more than its spots. */
  earned: number;
  full: boolean;
  /** Reinforcer time that is running now. */
  reward?: RewardTime;
};

/**
 * The token board at a moment, from the day's events (in any order). Only what follows the last
 * reward counts: its tokens, and the last reinforcer chosen. Voided events count for nothing.
 */
export function tokenBoardState(plan: TokenPlan, events: readonly AppEvent[], now: number): TokenBoardState {
  const voided = voidedTargets(events);
  const live = events
    .filter((event) => !voided.has(event.id))
    .sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
  let lastReward: RewardUsed | undefined;
  let chosen: ReinforcerChosen | undefined;
  let tokens = 0;
  for (const event of live) {
    if (event.type === 'reward-used') {
      lastReward = event;
      chosen = undefined;
      tokens = 0;
    } else if (event.type === 'reinforcer-chosen') chosen = event;
    else if (event.type === 'token-given') tokens++;
  }
  const earned = Math.min(tokens, plan.spots);
  const endsAt = lastReward ? lastReward.at + lastReward.minutes * 60_000 : 0;
  return {
    spots: plan.spots,
    earned,
    full: earned >= plan.spots,
    ...(chosen ? { workingFor: { cardId: chosen.cardId, optionId: chosen.optionId } } : {}),
    ...(lastReward && now < endsAt
      ? {
          reward: {
            ...(lastReward.cardId ? { cardId: lastReward.cardId } : {}),
            startedAt: lastReward.at,
            endsAt,
            minutes: lastReward.minutes,
          },
        }
      : {}),
  };
}

/** Whether the board takes a token now: not while it is full, nor during reinforcer time. */
export function takesToken(state: TokenBoardState): boolean {
  return !state.full && !state.reward;
}

/** Whether finishing a step of the day earns a token now, by the teacher's plan. */
export function tokenDueForStep(plan: TokenPlan, events: readonly AppEvent[], now: number): boolean {
  return plan.fromSteps && takesToken(tokenBoardState(plan, events, now));
}

/** Whether reinforcer time can start: the board is full and no reinforcer time is running. */
export function canStartReward(state: TokenBoardState): boolean {
  return state.full && !state.reward;
}
