import { describe, expect, test } from 'vitest';
import type { AppEvent } from '../../src/domain/events';
import type { CardId, StepId } from '../../src/domain/ids';
import { ulid } from '../../src/domain/ids';
import { rollupsFromEvents } from '../../src/domain/rollup';
import type { ScheduleItem } from '../../src/domain/schedule';
import { progressOf } from '../../src/domain/schedule-progress';
import {
  lastShownAt,
  SETTLE_MS,
  START_REACTION_MIN_MS,
  type StudentTap,
  stepRecordRefusal,
  stepToFinish,
  studentTapDrafts,
} from '../../src/domain/step-records';
import { ANA, anEvent, aStart, aVoid, morning } from '../support/events';

const zeros = () => new Uint8Array(16);
const card = (n: number) => ulid<'card'>(Date.UTC(2026, 0, n), zeros) as CardId;
const step = (n: number) => ulid<'step'>(Date.UTC(2026, 1, n), zeros) as StepId;
const reading: ScheduleItem = { id: step(1), cardId: card(1), miniSteps: [] };
const math: ScheduleItem = { id: step(2), cardId: card(2), miniSteps: [] };
const day = [reading, math];
const SCHEDULE = ulid<'schedule'>(morning(2));
const T0 = morning(2);

/** Plays one student tap against the log, as the kiosk's write does, and returns the log after it. */
function play(log: AppEvent[], tap: StudentTap, at: number): AppEvent[] {
  const drafts = studentTapDrafts(progressOf(day, log), log, tap, at);
  return [
    ...log,
    ...drafts.map((draft) =>
      anEvent(
        draft.type === 'step-shown'
          ? { ...draft, studentId: ANA, actor: { kind: 'student' }, scheduleId: SCHEDULE }
          : { ...draft, studentId: ANA, actor: { kind: 'student' } },
        at,
      ),
    ),
  ];
}
const shown = (stepId: StepId, again = false): StudentTap => ({ kind: 'shown', stepIds: [stepId], again });
const ofType = (log: AppEvent[], type: AppEvent['type']) => log.filter((event) => event.type === type);

describe('one start and one finish per step', () => {
  test('a second Start or Done of the same step records nothing', () => {
    let log = play([], shown(reading.id), T0);
    log = play(log, { kind: 'start', stepId: reading.id }, T0 + 2000);
    log = play(log, { kind: 'start', stepId: reading.id }, T0 + 2100);
    expect(ofType(log, 'step-started')).toHaveLength(1);

    log = play(log, { kind: 'done', stepId: reading.id }, T0 + 9000);
    log = play(log, { kind: 'done', stepId: reading.id }, T0 + 9050);
    expect(ofType(log, 'step-finished')).toHaveLength(1);
  });

  test('a tap for a step no longer waiting for it records nothing (the screen was behind the log)', () => {
    let log = play([], shown(reading.id), T0);
    log = play(log, { kind: 'start', stepId: reading.id }, T0 + 2000);
    log = play(log, { kind: 'done', stepId: reading.id }, T0 + 9000);
    // The Done for Reading again, landing where Math's Start now is.
    expect(play(log, { kind: 'done', stepId: reading.id }, T0 + 9100)).toEqual(log);
    expect(play(log, { kind: 'start', stepId: reading.id }, T0 + 9100)).toEqual(log);
  });

  test('the log itself refuses a second start or finish, and a first showing twice', () => {
    const start = aStart(ANA, T0);
    expect(stepRecordRefusal(aStart(ANA, T0 + 5), [start])).toBeDefined();
    // A voided start no longer counts: the para's correction records the start again.
    expect(stepRecordRefusal(aStart(ANA, T0 + 5), [start, aVoid(start, T0 + 4)])).toBeUndefined();
    const log = play([], shown(reading.id), T0);
    const [first] = log;
    if (first?.type !== 'step-shown') throw new Error('Reading was shown');
    expect(stepRecordRefusal({ ...first, id: ulid<'event'>(T0 + 1) }, log)).toBeDefined();
    expect(stepRecordRefusal({ ...first, id: ulid<'event'>(T0 + 1), again: true }, log)).toBeUndefined();
  });

  test('the rollup counts the day’s starts once however often the student tapped', () => {
    let log = play([], shown(reading.id), T0);
    for (let tap = 0; tap < 10; tap++)
      log = play(log, { kind: 'start', stepId: reading.id }, T0 + 1000 + tap * 15);
    expect(rollupsFromEvents(log)[0]).toMatchObject({ stepsShown: 1, stepsStarted: 1 });
  });
});

describe('time counted from what the student can see', () => {
  test('a start faster than a reaction after the step became visible is not taken', () => {
    const log = play([], shown(reading.id), T0);
    expect(play(log, { kind: 'start', stepId: reading.id }, T0 + START_REACTION_MIN_MS - 1)).toEqual(log);
    expect(
      ofType(play(log, { kind: 'start', stepId: reading.id }, T0 + START_REACTION_MIN_MS), 'step-started'),
    ).toHaveLength(1);
  });

  test('a start with no showing recorded is not taken: the step was never seen', () => {
    expect(play([], { kind: 'start', stepId: reading.id }, T0 + 5000)).toEqual([]);
  });

  test('a Done within the settle time of its start is a tap meant for the Start, and is not taken', () => {
    let log = play([], shown(reading.id), T0);
    log = play(log, { kind: 'start', stepId: reading.id }, T0 + 1000);
    expect(play(log, { kind: 'done', stepId: reading.id }, T0 + 1000 + SETTLE_MS - 1)).toEqual(log);
    expect(
      ofType(play(log, { kind: 'done', stepId: reading.id }, T0 + 1000 + SETTLE_MS), 'step-finished'),
    ).toHaveLength(1);
  });

  test('a step shown again after being covered counts its time to start from the new showing', () => {
    let log = play([], shown(reading.id), T0);
    // Another tab's first showing adds nothing.
    expect(play(log, shown(reading.id), T0 + 1000)).toEqual(log);
    log = play(log, shown(reading.id, true), T0 + 30_000);
    expect(lastShownAt(log, reading.id, T0 + 31_000)).toBe(T0 + 30_000);
    expect(progressOf(day, log).current?.shownAt).toBe(T0 + 30_000);
    log = play(log, { kind: 'start', stepId: reading.id }, T0 + 34_000);
    expect(ofType(log, 'step-started')[0]).toMatchObject({ latencyMs: 4000 });
    expect(ofType(log, 'step-shown').map((event) => event.type === 'step-shown' && event.uncovered)).toEqual([
      true,
      true,
    ]);
    expect(rollupsFromEvents(log)[0]).toMatchObject({ stepsShown: 1 });
  });
});

describe('mini-steps: one Done each, and fast taps finish one at a time', () => {
  const washing: ScheduleItem = {
    id: step(3),
    cardId: card(3),
    miniSteps: [
      { id: step(31), cardId: card(31) },
      { id: step(32), cardId: card(32) },
      { id: step(33), cardId: card(33) },
    ],
  };
  const miniDay = [washing];
  /** Plays one tap against the day of mini-steps, as the kiosk's write does. */
  function playOn(log: AppEvent[], tap: StudentTap, at: number): AppEvent[] {
    const drafts = studentTapDrafts(progressOf(miniDay, log), log, tap, at);
    return [
      ...log,
      ...drafts.map((draft) =>
        anEvent(
          draft.type === 'step-shown'
            ? { ...draft, studentId: ANA, actor: { kind: 'student' }, scheduleId: SCHEDULE }
            : { ...draft, studentId: ANA, actor: { kind: 'student' } },
          at,
        ),
      ),
    ];
  }
  /** A tap named after the step the kiosk's screen shows, as up to date as it can be. */
  function playMini(log: AppEvent[], kind: 'start' | 'done', at: number): AppEvent[] {
    const progress = progressOf(miniDay, log);
    const stepId = kind === 'done' ? stepToFinish(progress) : progress.current?.item.id;
    return stepId ? playOn(log, { kind, stepId }, at) : log;
  }
  const startedWashing = () => playMini(playOn([], shown(washing.id), T0), 'start', T0 + 1000);
  const miniFinishes = (log: AppEvent[]) =>
    log.filter(
      (event): event is Extract<AppEvent, { type: 'step-finished' }> =>
        event.type === 'step-finished' && event.parentStepId === washing.id,
    );

  test('a mini-step takes no Start: a start tap for it records nothing', () => {
    // The first mini-step is on screen, shown, and waits for nothing but its Done.
    const log = playOn(startedWashing(), shown(step(31)), T0 + 1100);
    expect(log.at(-1)).toMatchObject({ type: 'step-shown', stepId: step(31), parentStepId: washing.id });
    expect(playOn(log, { kind: 'start', stepId: step(31) }, T0 + 5000)).toEqual(log);
  });

  test('one Done finishes the mini-step on screen, timed from when it came on screen', () => {
    let log = startedWashing();
    log = playMini(log, 'done', T0 + 4000);
    expect(miniFinishes(log)).toMatchObject([{ stepId: step(31), durationMs: 3000 }]);
    log = playMini(log, 'done', T0 + 9000);
    expect(miniFinishes(log)).toMatchObject([
      { stepId: step(31), durationMs: 3000 },
      { stepId: step(32), durationMs: 5000 },
    ]);
  });

  test('ten fast taps never finish more than one mini-step per settle window', () => {
    let log = startedWashing();
    // The double tap on Start lands on the first mini-step's Done: it is not taken.
    for (let tap = 0; tap < 10; tap++) log = playMini(log, 'done', T0 + 1000 + tap * 15);
    expect(miniFinishes(log)).toHaveLength(0);
    // A burst once the Done has settled finishes one mini-step, however up to date the screen was.
    const burst = T0 + 1000 + SETTLE_MS;
    for (let tap = 0; tap < 10; tap++) log = playMini(log, 'done', burst + tap * 15);
    expect(miniFinishes(log).map((event) => event.stepId)).toEqual([step(31)]);
    // The next mini-step's Done takes a tap only a settle time after the one before finished.
    log = playMini(log, 'done', burst + SETTLE_MS - 1);
    expect(miniFinishes(log)).toHaveLength(1);
    log = playMini(log, 'done', burst + SETTLE_MS);
    expect(miniFinishes(log).map((event) => event.stepId)).toEqual([step(31), step(32)]);
    // Each finished mini-step has one start, the student's own, recorded with its Done.
    const miniStarts = log.filter(
      (event): event is Extract<AppEvent, { type: 'step-started' }> =>
        event.type === 'step-started' && event.parentStepId === washing.id,
    );
    expect(miniStarts.map((event) => event.stepId)).toEqual([step(31), step(32)]);
    expect(rollupsFromEvents(log)[0]).toMatchObject({
      stepsStarted: 3,
      startsByPrompt: { independent: 3 },
      startsUntimed: 2,
      stepsFinished: 2,
    });
  });

  test('a mini-step the para prompted keeps the para’s start: its Done records no second one', () => {
    let log = playOn(startedWashing(), shown(step(31)), T0 + 1100);
    const prompt = anEvent(
      {
        type: 'step-started',
        studentId: ANA,
        actor: { kind: 'staff', staffId: ulid<'staff'>(T0) },
        stepId: step(31),
        parentStepId: washing.id,
        prompt: 'gestural',
        latencyMs: 4000,
      },
      T0 + 5100,
    );
    log = playMini([...log, prompt], 'done', T0 + 9000);
    expect(miniFinishes(log).map((event) => event.stepId)).toEqual([step(31)]);
    expect(log.filter((event) => event.type === 'step-started' && event.stepId === step(31))).toEqual([
      prompt,
    ]);
  });
});
