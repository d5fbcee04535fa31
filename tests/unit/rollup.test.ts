import { describe, expect, test } from 'vitest';
import { ulid } from '../../src/domain/ids';
import { rangeFigures } from '../../src/domain/review/independence';
import { dailyLatency } from '../../src/domain/review/over-time';
import { emptyRollup, rollupsFromEvents, timedStarts, voidRefusal, withEvent } from '../../src/domain/rollup';
import { schoolDayOf } from '../../src/domain/time';
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
  SCHEDULE,
  STEP,
} from '../support/events';

const day2 = schoolDayOf(morning(2));

describe('a day rollup', () => {
  test('counts each kind of event', () => {
    let rollup = emptyRollup(ANA, day2);
    rollup = withEvent(rollup, aShown(ANA, morning(2)), 1);
    rollup = withEvent(rollup, aStart(ANA, morning(2, 1), 'gestural'), 1);
    rollup = withEvent(rollup, aFinish(ANA, morning(2, 9), 300_000), 1);

    expect(rollup).toMatchObject({
      stepsShown: 1,
      stepsStarted: 1,
      stepsFinished: 1,
      startsByPrompt: { gestural: 1, independent: 0, verbal: 0 },
      latencyMsTotal: 4000,
      durationMsTotal: 300_000,
    });
  });

  test('counts choices, orders chosen, tokens and rewards; a voided token no longer counts', () => {
    const student = { kind: 'student' } as const;
    const board = ulid<'board'>(morning(2));
    const card = ulid<'card'>(morning(2));
    const option = ulid<'option'>(morning(2));
    const token = anEvent({ type: 'token-given', studentId: ANA, actor: student }, morning(2, 3));
    const log = [
      anEvent(
        {
          type: 'choice-made',
          studentId: ANA,
          actor: student,
          boardId: board,
          optionId: option,
          cardId: card,
        },
        morning(2),
      ),
      anEvent(
        { type: 'order-chosen', studentId: ANA, actor: student, scheduleId: SCHEDULE, stepIds: [STEP, STEP] },
        morning(2, 1),
      ),
      anEvent(
        {
          type: 'reinforcer-chosen',
          studentId: ANA,
          actor: student,
          boardId: board,
          optionId: option,
          cardId: card,
        },
        morning(2, 2),
      ),
      token,
      anEvent({ type: 'token-given', studentId: ANA, actor: student, stepId: STEP }, morning(2, 4)),
      anEvent(
        { type: 'reward-used', studentId: ANA, actor: student, cardId: card, minutes: 5 },
        morning(2, 5),
      ),
      aVoid(token, morning(2, 6)),
      // A rating of 4 at 8:07, in the morning.
      anEvent(
        {
          type: 'scale-rated',
          studentId: ANA,
          actor: student,
          scaleId: ulid<'scale'>(morning(2)),
          level: 4,
          context: { kind: 'check-in' },
        },
        morning(2, 7),
      ),
    ];

    expect(rollupsFromEvents(log)).toEqual([
      {
        ...emptyRollup(ANA, day2),
        choices: 2,
        tokens: 1,
        rewards: 1,
        ratings: { 1: 0, 2: 0, 3: 0, 4: 1, 5: 0 },
        ratingsByPart: { ...emptyRollup(ANA, day2).ratingsByPart, morning: { count: 1, levelTotal: 4 } },
      },
    ]);
  });

  test('taking an event back is the exact inverse of adding it', () => {
    const start = aStart(ANA, morning(2), 'verbal');
    const before = withEvent(emptyRollup(ANA, day2), aShown(ANA, morning(2)), 1);

    expect(withEvent(withEvent(before, start, 1), start, -1)).toEqual(before);
  });
});

describe('a mini-step started by its Done (untimed)', () => {
  const activity = () => aStart(ANA, morning(2, 1), 'gestural');
  const untimed = () => anUntimedStart(ANA, morning(2, 6));

  test('counts as a start made on the student’s own, and stays out of the mean time to start', () => {
    const [rollup] = rollupsFromEvents([aShown(ANA, morning(2)), activity(), untimed()]);
    expect(rollup).toMatchObject({
      stepsStarted: 2,
      startsByPrompt: { gestural: 1, independent: 1 },
      startsUntimed: 1,
      latencyMsTotal: 4000,
    });
    if (!rollup) throw new Error('no rollup');
    expect(timedStarts(rollup)).toBe(1);
    const range = { from: day2, to: day2 };
    expect(rangeFigures([rollup], range)).toMatchObject({ starts: 2, share: 0.5, meanLatencyMs: 4000 });
    expect(dailyLatency([rollup], range)).toEqual([expect.objectContaining({ starts: 1, meanMs: 4000 })]);
  });

  test('beside a paper start, both are left out of the mean', () => {
    const paper = { ...aStart(ANA, morning(2, 30), 'verbal', STEP), latencyMs: 0, fromPaper: day2 };
    const rollup = [activity(), untimed(), paper].reduce(
      (sum, event) => withEvent(sum, event, 1),
      emptyRollup(ANA, day2),
    );
    expect(rollup).toMatchObject({ stepsStarted: 3, startsFromPaper: 1, startsUntimed: 1 });
    expect(timedStarts(rollup)).toBe(1);
  });

  test('voided, it is taken back exactly: no count of untimed starts is left', () => {
    const start = untimed();
    const before = withEvent(emptyRollup(ANA, day2), activity(), 1);
    expect(withEvent(withEvent(before, start, 1), start, -1)).toEqual(before);
    expect(rollupsFromEvents([activity(), start, aVoid(start, morning(2, 7))])[0]).not.toHaveProperty(
      'startsUntimed',
    );
  });

  test('a rollup stored before untimed starts were counted reads the same', () => {
    const stored = { ...emptyRollup(ANA, day2), stepsStarted: 3, startsFromPaper: 1, latencyMsTotal: 9000 };
    expect(timedStarts(stored)).toBe(2);
    expect(withEvent(stored, activity(), 1)).toMatchObject({ stepsStarted: 4, startsFromPaper: 1 });
    expect(withEvent(stored, activity(), 1)).not.toHaveProperty('startsUntimed');
  });
});

describe('rollups from a log', () => {
  test('leave voided events out and keep days and students apart', () => {
    const anaStart = aStart(ANA, morning(2), 'verbal');
    const rollups = rollupsFromEvents([
      anaStart,
      aStart(ANA, morning(2, 5), 'independent'),
      aStart(BEN, morning(2), 'independent'),
      aStart(ANA, morning(3), 'independent'),
      aVoid(anaStart, morning(3, 1)),
    ]);

    expect(rollups).toHaveLength(3);
    expect(rollups.find((r) => r.studentId === ANA && r.day === day2)?.startsByPrompt).toMatchObject({
      verbal: 0,
      independent: 1,
    });
    expect(rollups.find((r) => r.studentId === ANA && r.day !== day2)?.stepsStarted).toBe(1);
    expect(rollups.find((r) => r.studentId === BEN)?.stepsStarted).toBe(1);
  });
});

describe('which corrections are allowed', () => {
  const start = aStart(ANA, morning(2));

  test('a correction of an existing, not yet voided event of the same student is allowed', () => {
    expect(voidRefusal({ studentId: ANA }, start, false)).toBeUndefined();
  });

  test.each([
    ['a missing event', undefined, false, /does not exist/],
    ['an event already voided', start, true, /already voided/],
    ['a correction', aVoid(start, morning(2, 1)), false, /cannot itself be voided/],
  ])('refuses %s', (_, target, alreadyVoided, reason) => {
    expect(voidRefusal({ studentId: ANA }, target, alreadyVoided)).toMatch(reason);
  });

  test("refuses another student's event", () => {
    expect(voidRefusal({ studentId: BEN }, start, false)).toMatch(/another student/);
  });
});

test('the school day of a moment is its local calendar day', () => {
  expect(schoolDayOf(new Date(2026, 8, 2, 0, 0).getTime())).toBe('2026-09-02');
  expect(schoolDayOf(new Date(2026, 8, 2, 23, 59).getTime())).toBe('2026-09-02');
  expect(schoolDayOf(new Date(2026, 11, 31, 12).getTime())).toBe('2026-12-31');
});
