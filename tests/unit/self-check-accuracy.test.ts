import { describe, expect, test } from 'vitest';
import type { SelfCheckAnswer, SelfCheckAnswered } from '../../src/domain/events';
import type { EventId, StaffId, TargetId } from '../../src/domain/ids';
import { ulid } from '../../src/domain/ids';
import { emptyRollup, rollupsFromEvents } from '../../src/domain/rollup';
import {
  accuracyOf,
  answersAwaitingCheck,
  checkLapse,
  checkResults,
  checksStillOpen,
  isCheckRequested,
  matchOf,
  stepUnderWayAt,
} from '../../src/domain/self-check-accuracy';
import { ANA, aFinish, anEvent, aStart, aVoid, morning, NEXT_STEP, STEP } from '../support/events';

const TARGET = ulid<'target'>(morning(7)) as TargetId;
const PARA = ulid<'staff'>(morning(7)) as StaffId;
const ids = (count: number) => Array.from({ length: count }, (_, index) => ulid<'event'>(morning(7, index)));

describe('the check fading schedule', () => {
  test('"every time" asks for a check on every answer', () => {
    expect(ids(5).map((id, index) => isCheckRequested('every', id, index))).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  test('"every 2nd" asks on the first answer of the day and every second one after it', () => {
    expect(ids(5).map((id, index) => isCheckRequested('every-2nd', id, index))).toEqual([
      true,
      false,
      true,
      false,
      true,
    ]);
  });

  test('"1 in 4" is chosen from the answer id: the same id always gives the same choice', () => {
    const answers = ids(4000);
    const chosen = answers.filter((id) => isCheckRequested('random-1-in-4', id, 0));
    expect(chosen.length / answers.length).toBeGreaterThan(0.2);
    expect(chosen.length / answers.length).toBeLessThan(0.3);
    for (const id of answers.slice(0, 50))
      expect(isCheckRequested('random-1-in-4', id, 7)).toBe(isCheckRequested('random-1-in-4', id, 0));
    expect(isCheckRequested('random-1-in-4', '01KBCDEFGHJKMNPQRSTVWXYZ00' as EventId, 0)).toBe(
      isCheckRequested('random-1-in-4', '01KBCDEFGHJKMNPQRSTVWXYZ00' as EventId, 0),
    );
  });
});

describe('matching an answer with the check', () => {
  test('yes/no match exactly', () => {
    expect(matchOf('yes', 'yes')).toEqual({ matched: true });
    expect(matchOf('no', 'no')).toEqual({ matched: true });
    expect(matchOf('yes', 'no')).toEqual({ matched: false });
  });

  test('1–5 match on the same level, with how much higher the student rated', () => {
    expect(matchOf(4, 4)).toEqual({ matched: true, difference: 0 });
    expect(matchOf(4, 2)).toEqual({ matched: false, difference: 2 });
    expect(matchOf(1, 5)).toEqual({ matched: false, difference: -4 });
  });

  test('answers of different kinds never match', () => {
    expect(matchOf('yes', 5)).toEqual({ matched: false });
  });
});

describe("the day's checks", () => {
  const anAnswer = (minutes: number, answer: SelfCheckAnswer, checkRequested = true) =>
    anEvent(
      {
        type: 'self-check-answered',
        studentId: ANA,
        actor: { kind: 'student' },
        targetId: TARGET,
        answer,
        prompt: { kind: 'interval', dueAt: morning(7, minutes) },
        checkRequested,
      },
      morning(7, minutes),
    ) as SelfCheckAnswered;
  const aCheck = (answerEvent: EventId, answer: SelfCheckAnswer, minutes: number) =>
    anEvent(
      {
        type: 'adult-check',
        studentId: ANA,
        actor: { kind: 'staff', staffId: PARA },
        targetId: TARGET,
        answerEvent,
        answer,
      },
      morning(7, minutes),
    );
  const anOutcome = (answerEvent: EventId, adultCheck: EventId, matched: boolean, minutes: number) =>
    anEvent(
      {
        type: 'check-matched',
        studentId: ANA,
        actor: { kind: 'staff', staffId: PARA },
        answerEvent,
        adultCheck,
        matched,
      },
      morning(7, minutes),
    );

  test('answers await a check when one was asked for and none was made yet', () => {
    const first = anAnswer(1, 'yes');
    const unasked = anAnswer(2, 'no', false);
    const third = anAnswer(3, 'no');
    const check = aCheck(first.id, 'yes', 4);
    expect(answersAwaitingCheck([first, unasked, third]).map((answer) => answer.id)).toEqual([
      first.id,
      third.id,
    ]);
    expect(answersAwaitingCheck([first, unasked, third, check]).map((answer) => answer.id)).toEqual([
      third.id,
    ]);
    expect(answersAwaitingCheck([first, unasked, third, check, aVoid(third, morning(7, 5))])).toEqual([]);
  });

  test('an unanswered check lapses when its question is asked again, or when its interval has passed', () => {
    const first = anAnswer(0, 'yes');
    const second = anAnswer(5, 'no');
    const fiveMinutes = () => 5 * 60_000;
    const noInterval = () => undefined;
    expect(checksStillOpen([first], [first], morning(7, 4), fiveMinutes)).toEqual([first]);
    // The interval ends at 8:05, the moment the next question comes: lapsed then, open a ms before.
    expect(checksStillOpen([first], [first], morning(7, 5) - 1, fiveMinutes)).toEqual([first]);
    expect(checksStillOpen([first], [first], morning(7, 5), fiveMinutes)).toEqual([]);
    // Asked again: the older moment lapses at once, whatever the time; a voided later answer does not count.
    expect(checksStillOpen([first, second], [first, second], morning(7, 5), noInterval)).toEqual([second]);
    expect(
      checksStillOpen([first], [first, second, aVoid(second, morning(7, 6))], morning(7, 6), noInterval),
    ).toEqual([first]);
    expect(checkLapse(first, [first], undefined)).toEqual({ askedAgain: false });
    expect(checkLapse(first, [first, second], 60_000)).toEqual({ askedAgain: true, lapsesAt: morning(7, 1) });
  });

  test('a check names the step under way when the student answered', () => {
    const reading = aStart(ANA, morning(7, 1), 'independent', STEP);
    const finished = aFinish(ANA, morning(7, 10), 60_000, STEP);
    const math = aStart(ANA, morning(7, 12), 'verbal', NEXT_STEP);
    const events = [reading, finished, math];
    expect(stepUnderWayAt(events, morning(7, 0))).toBeUndefined();
    expect(stepUnderWayAt(events, morning(7, 1))).toBe(STEP);
    expect(stepUnderWayAt(events, morning(7, 10))).toBeUndefined();
    expect(stepUnderWayAt(events, morning(7, 20))).toBe(NEXT_STEP);
    expect(stepUnderWayAt([reading, aVoid(reading, morning(7, 2))], morning(7, 3))).toBeUndefined();
  });

  test('results pair each answer with its check and outcome, and count how many matched', () => {
    const first = anAnswer(1, 'yes');
    const second = anAnswer(2, 'yes');
    const firstCheck = aCheck(first.id, 'yes', 3);
    const secondCheck = aCheck(second.id, 'no', 4);
    const events = [
      second,
      first,
      secondCheck,
      anOutcome(second.id, secondCheck.id, false, 4),
      firstCheck,
      anOutcome(first.id, firstCheck.id, true, 3),
    ];
    expect(
      checkResults(events).map((result) => [
        result.answer.answer,
        result.check.answer,
        result.outcome.matched,
      ]),
    ).toEqual([
      ['yes', 'yes', true],
      ['yes', 'no', false],
    ]);
    expect(accuracyOf(events)).toEqual({ checked: 2, matched: 1 });
    expect(accuracyOf([...events, aVoid(second, morning(7, 6))])).toEqual({ checked: 1, matched: 1 });
  });

  test('the day rollup counts answers per question, and checks with their matches; a voided check takes its match back', () => {
    const first = anAnswer(1, 'yes');
    const second = anAnswer(2, 'no');
    const firstCheck = aCheck(first.id, 'yes', 3);
    const secondCheck = aCheck(second.id, 'yes', 4);
    const log = [
      first,
      second,
      firstCheck,
      anOutcome(first.id, firstCheck.id, true, 3),
      secondCheck,
      anOutcome(second.id, secondCheck.id, false, 4),
    ];
    const [rollup] = rollupsFromEvents(log);
    expect(rollup).toEqual({
      ...emptyRollup(ANA, first.day),
      selfChecks: { [TARGET]: { answers: 2, yes: 1, yesNo: 2, checks: 2, matches: 1 } },
    });
    const [corrected] = rollupsFromEvents([...log, aVoid(firstCheck, morning(7, 5))]);
    expect(corrected?.selfChecks).toEqual({
      [TARGET]: { answers: 2, yes: 1, yesNo: 2, checks: 1, matches: 0 },
    });
  });
});
