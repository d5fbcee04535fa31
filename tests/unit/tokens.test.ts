import { describe, expect, test } from 'vitest';
import type { AppEvent } from '../../src/domain/events';
import type { BoardId, CardId, OptionId, StaffId } from '../../src/domain/ids';
import { ulid } from '../../src/domain/ids';
import {
  canStartReward,
  type TokenPlan,
  takesToken,
  tokenBoardState,
  tokenDueForStep,
} from '../../src/domain/tokens';
import { ANA, aFinish, anEvent, aVoid, morning, STEP } from '../support/events';

const BOARD = ulid<'board'>(morning(1)) as BoardId;
const LEGO = ulid<'card'>(morning(1)) as CardId;
const SWING = ulid<'card'>(morning(1)) as CardId;
const LEGO_OPTION = ulid<'option'>(morning(1)) as OptionId;
const SWING_OPTION = ulid<'option'>(morning(1)) as OptionId;
const PARA = ulid<'staff'>(morning(1)) as StaffId;

const plan: TokenPlan = { spots: 3, fromSteps: true, reinforcerBoardId: BOARD, rewardMinutes: 2 };

const chose = (cardId: CardId, optionId: OptionId, at: number) =>
  anEvent(
    {
      type: 'reinforcer-chosen',
      studentId: ANA,
      actor: { kind: 'student' },
      boardId: BOARD,
      optionId,
      cardId,
    },
    at,
  );
const token = (at: number, fromStep = false) =>
  anEvent(
    fromStep
      ? { type: 'token-given', studentId: ANA, actor: { kind: 'student' }, stepId: STEP }
      : { type: 'token-given', studentId: ANA, actor: { kind: 'staff', staffId: PARA } },
    at,
  );
const reward = (at: number, minutes = 2, cardId: CardId | undefined = LEGO) =>
  anEvent(
    {
      type: 'reward-used',
      studentId: ANA,
      actor: { kind: 'student' },
      minutes,
      ...(cardId ? { cardId } : {}),
    },
    at,
  );

describe('the token board state', () => {
  test('an empty day is an empty board with nothing chosen', () => {
    expect(tokenBoardState(plan, [], morning(2))).toEqual({ spots: 3, earned: 0, full: false });
  });

  test('counts tokens from taps and steps, and shows what the student works for', () => {
    const events = [chose(LEGO, LEGO_OPTION, morning(2)), token(morning(2, 5)), token(morning(2, 9), true)];
    expect(tokenBoardState(plan, events, morning(2, 10))).toEqual({
      spots: 3,
      earned: 2,
      full: false,
      workingFor: { cardId: LEGO, optionId: LEGO_OPTION },
    });
  });

  test('the last choice before the reward is the one that counts', () => {
    const events = [chose(LEGO, LEGO_OPTION, morning(2)), chose(SWING, SWING_OPTION, morning(2, 1))];
    expect(tokenBoardState(plan, events, morning(2, 2)).workingFor).toEqual({
      cardId: SWING,
      optionId: SWING_OPTION,
    });
  });

  test('a full board counts its spots once, however many tokens were given', () => {
    const events = [1, 2, 3, 4].map((minute) => token(morning(2, minute)));
    const state = tokenBoardState(plan, events, morning(2, 5));
    expect(state).toMatchObject({ earned: 3, full: true });
    expect(canStartReward(state)).toBe(true);
    expect(takesToken(state)).toBe(false);
  });

  test('reinforcer time runs for its minutes from the reward, then the board starts again', () => {
    const events = [
      chose(LEGO, LEGO_OPTION, morning(2)),
      ...[1, 2, 3].map((minute) => token(morning(2, minute))),
      reward(morning(2, 10)),
    ];
    const during = tokenBoardState(plan, events, morning(2, 11));
    expect(during).toEqual({
      spots: 3,
      earned: 0,
      full: false,
      reward: { cardId: LEGO, startedAt: morning(2, 10), endsAt: morning(2, 12), minutes: 2 },
    });
    expect(canStartReward(during)).toBe(false);
    expect(takesToken(during)).toBe(false);

    const after = tokenBoardState(plan, events, morning(2, 12));
    expect(after).toEqual({ spots: 3, earned: 0, full: false });
    expect(takesToken(after)).toBe(true);
  });

  test('only tokens and choices after the last reward count', () => {
    const events = [
      chose(LEGO, LEGO_OPTION, morning(2)),
      ...[1, 2, 3].map((minute) => token(morning(2, minute))),
      reward(morning(2, 10), 5, undefined),
      token(morning(2, 20)),
      chose(SWING, SWING_OPTION, morning(2, 21)),
    ];
    expect(tokenBoardState(plan, events, morning(2, 30))).toEqual({
      spots: 3,
      earned: 1,
      full: false,
      workingFor: { cardId: SWING, optionId: SWING_OPTION },
    });
  });

  test('reads events in any order', () => {
    const events = [token(morning(2, 20)), reward(morning(2, 10)), token(morning(2, 1))];
    expect(tokenBoardState(plan, events, morning(2, 30)).earned).toBe(1);
  });

  test('voided tokens, choices and rewards count for nothing', () => {
    const mistaken = token(morning(2, 1));
    const wrongChoice = chose(SWING, SWING_OPTION, morning(2, 2));
    const early = reward(morning(2, 3));
    const events: AppEvent[] = [
      chose(LEGO, LEGO_OPTION, morning(2)),
      mistaken,
      wrongChoice,
      early,
      token(morning(2, 4)),
      aVoid(mistaken, morning(2, 5)),
      aVoid(wrongChoice, morning(2, 5)),
      aVoid(early, morning(2, 5)),
    ];
    expect(tokenBoardState(plan, events, morning(2, 4))).toEqual({
      spots: 3,
      earned: 1,
      full: false,
      workingFor: { cardId: LEGO, optionId: LEGO_OPTION },
    });
  });

  test('other events of the day leave the board alone', () => {
    expect(tokenBoardState(plan, [aFinish(ANA, morning(2, 1))], morning(2, 2)).earned).toBe(0);
  });
});

describe('a token for a finished step', () => {
  test('is due when the plan says so and the board takes one', () => {
    expect(tokenDueForStep(plan, [token(morning(2, 1))], morning(2, 2))).toBe(true);
    expect(tokenDueForStep({ ...plan, fromSteps: false }, [], morning(2, 2))).toBe(false);
  });

  test('is not due on a full board, nor during reinforcer time', () => {
    const full = [1, 2, 3].map((minute) => token(morning(2, minute)));
    expect(tokenDueForStep(plan, full, morning(2, 4))).toBe(false);
    const rewarded = [...full, reward(morning(2, 5))];
    expect(tokenDueForStep(plan, rewarded, morning(2, 6))).toBe(false);
    expect(tokenDueForStep(plan, rewarded, morning(2, 7))).toBe(true);
  });
});
