import { describe, expect, test } from 'vitest';
import type { AppEvent } from '../../src/domain/events';
import { type TargetId, ulid } from '../../src/domain/ids';
import { OnePassRollups, rollupsFromEvents } from '../../src/domain/rollup';
import {
  ANA,
  aFinish,
  anEvent,
  anUntimedStart,
  aShown,
  aStart,
  aVoid,
  BEN,
  morning,
} from '../support/events';

const TARGET = ulid<'target'>(morning(1)) as TargetId;
const adult = { kind: 'staff', staffId: ulid<'staff'>(morning(1)) } as const;

/** A day of Ana's with a self-check answered and checked by an adult. */
function checkedAnswer(day: number, matched: boolean): [AppEvent, AppEvent, AppEvent] {
  const answer = anEvent(
    {
      type: 'self-check-answered',
      studentId: ANA,
      actor: { kind: 'student' },
      targetId: TARGET,
      answer: 'yes',
      prompt: { kind: 'interval', dueAt: morning(day, 20) },
      checkRequested: true,
    },
    morning(day, 20),
  );
  const check = anEvent(
    {
      type: 'adult-check',
      studentId: ANA,
      actor: adult,
      targetId: TARGET,
      answerEvent: answer.id,
      answer: matched ? 'yes' : 'no',
    },
    morning(day, 21),
  );
  const compared = anEvent(
    {
      type: 'check-matched',
      studentId: ANA,
      actor: adult,
      answerEvent: answer.id,
      adultCheck: check.id,
      matched,
    },
    morning(day, 21),
  );
  return [answer, check, compared];
}

/** The rollups of a log read once in order of id, the way a restore reads a backup's events. */
function onePass(log: readonly AppEvent[]) {
  const byId = new Map(log.map((event) => [event.id, event]));
  const rollups = new OnePassRollups();
  for (const event of [...log].sort((a, b) => a.id.localeCompare(b.id))) rollups.add(event);
  const takenBack = rollups.takenBack.flatMap((id) => byId.get(id) ?? []);
  return rollups.rollups(takenBack, () => undefined);
}

const byKey = (rollups: ReturnType<typeof rollupsFromEvents>) =>
  [...rollups].sort((a, b) => `${a.studentId}${a.day}`.localeCompare(`${b.studentId}${b.day}`));

describe('rollups of a log read once, in order of id', () => {
  test('equal the rollups of the whole log, with corrections made after their events', () => {
    const tapped = aStart(ANA, morning(2, 1), 'verbal');
    const token = anEvent({ type: 'token-given', studentId: BEN, actor: adult }, morning(3, 2));
    const [answer, check, compared] = checkedAnswer(4, false);
    const log: AppEvent[] = [
      aShown(ANA, morning(2)),
      tapped,
      aStart(ANA, morning(2, 2)),
      aFinish(ANA, morning(2, 9)),
      aVoid(tapped, morning(2, 5)),
      token,
      anEvent({ type: 'token-given', studentId: BEN, actor: adult }, morning(3, 3)),
      aVoid(token, morning(3, 30)),
      answer,
      check,
      compared,
      // The adult's check taken back: its comparison no longer counts either.
      aVoid(check, morning(4, 40)),
      ...checkedAnswer(5, true),
    ];

    expect(byKey(onePass(log))).toEqual(byKey(rollupsFromEvents(log)));
    // The corrections did take something out: the comparison is not of two empty figures.
    const day2 = onePass(log).find((rollup) => rollup.studentId === ANA && rollup.stepsStarted > 0);
    expect(day2?.startsByPrompt).toMatchObject({ independent: 1, verbal: 0 });
  });

  test('a correction that comes before its event in the file keeps the event from counting', () => {
    const start = aStart(ANA, morning(2, 10));
    // Made "earlier" than its target: only a file not made by the app has that.
    const early = aVoid(start, morning(2, 1));
    const log = [aShown(ANA, morning(2)), early, start, aVoid(start, morning(2, 20))];

    expect(byKey(onePass(log))).toEqual(byKey(rollupsFromEvents(log)));
    expect(onePass(log)[0]?.stepsStarted).toBe(0);
  });

  test('untimed mini-step starts count as the whole log says, one of them taken back', () => {
    const mistaken = anUntimedStart(ANA, morning(8, 9));
    const log = [
      aShown(ANA, morning(8)),
      aStart(ANA, morning(8, 1), 'verbal'),
      anUntimedStart(ANA, morning(8, 5)),
      mistaken,
      aVoid(mistaken, morning(8, 30)),
      anUntimedStart(ANA, morning(9, 5)),
    ];

    expect(byKey(onePass(log))).toEqual(byKey(rollupsFromEvents(log)));
    expect(byKey(onePass(log)).map((rollup) => [rollup.stepsStarted, rollup.startsUntimed])).toEqual([
      [2, 1],
      [1, 1],
    ]);
  });

  test('a comparison of checks taken back counts as the whole log says', () => {
    const [answer, check, compared] = checkedAnswer(6, true);
    const log = [answer, check, compared, aVoid(compared, morning(6, 50)), ...checkedAnswer(7, true)];

    expect(byKey(onePass(log))).toEqual(byKey(rollupsFromEvents(log)));
  });
});
