import { describe, expect, test } from 'vitest';
import type { AppEvent } from '../../src/domain/events';
import type { CardId, StepId } from '../../src/domain/ids';
import { ulid } from '../../src/domain/ids';
import type { ScheduleItem } from '../../src/domain/schedule';
import {
  doneShownAt,
  doneTap,
  expectedTap,
  finishedCountOf,
  progressOf,
  type StepDraft,
  startTap,
  unrecordedShows,
} from '../../src/domain/schedule-progress';
import { ANA, anEvent, aVoid, morning } from '../support/events';

const zeros = () => new Uint8Array(16);
const card = (n: number) => ulid<'card'>(Date.UTC(2026, 0, n), zeros) as CardId;
const step = (n: number) => ulid<'step'>(Date.UTC(2026, 1, n), zeros) as StepId;

const reading: ScheduleItem = { id: step(1), cardId: card(1), miniSteps: [] };
const math: ScheduleItem = {
  id: step(2),
  cardId: card(2),
  miniSteps: [
    { id: step(21), cardId: card(21) },
    { id: step(22), cardId: card(22) },
  ],
};
const lunch: ScheduleItem = { id: step(3), cardId: card(3), miniSteps: [] };
const day = [reading, math, lunch];

/** Turns drafts into recorded events at a moment, as the kiosk does. */
function recorded(drafts: readonly StepDraft[], at: number): AppEvent[] {
  return drafts.map((draft) =>
    anEvent(
      draft.type === 'step-shown'
        ? { ...draft, studentId: ANA, actor: { kind: 'student' }, scheduleId: ulid<'schedule'>(at) }
        : { ...draft, studentId: ANA, actor: { kind: 'student' } },
      at,
    ),
  );
}

/** Plays the kiosk: records what is on screen, then one tap, and returns the new log. */
function tap(log: AppEvent[], kind: 'start' | 'done', at: number): AppEvent[] {
  const shown = [...log, ...recorded(unrecordedShows(progressOf(day, log)), at - 1000)];
  const progress = progressOf(day, shown);
  const drafts =
    kind === 'start' ? [startTap(progress, at)].flatMap((d) => (d ? [d] : [])) : doneTap(progress, at);
  expect(drafts.length, `a ${kind} tap records something`).toBeGreaterThan(0);
  return [...shown, ...recorded(drafts, at)];
}

describe('progress through the day', () => {
  test('with nothing recorded, the first step is current and the second is next', () => {
    const progress = progressOf(day, []);

    expect(progress.current?.item).toBe(reading);
    expect(progress.next?.item).toBe(math);
    expect(progress.items.map((entry) => entry.status)).toEqual(['current', 'upcoming', 'upcoming']);
    expect(progress.allDone).toBe(false);
    expect(expectedTap(progress)).toBe('start');
  });

  test('a finished step is done, and the step after it becomes current', () => {
    let log = tap([], 'start', morning(2, 1));
    log = tap(log, 'done', morning(2, 10));
    const progress = progressOf(day, log);

    expect(progress.items.map((entry) => entry.status)).toEqual(['finished', 'current', 'upcoming']);
    expect(progress.current?.item).toBe(math);
    expect(progress.next?.item).toBe(lunch);
  });

  test('latency runs from shown to started, duration from started to finished', () => {
    const shownAt = morning(2, 0);
    const log = recorded(unrecordedShows(progressOf(day, [])), shownAt);
    const start = startTap(progressOf(day, log), shownAt + 7_000);

    expect(start).toMatchObject({
      type: 'step-started',
      stepId: reading.id,
      prompt: 'independent',
      latencyMs: 7_000,
    });
    const started = [...log, ...recorded(start ? [start] : [], shownAt + 7_000)];
    expect(doneTap(progressOf(day, started), shownAt + 67_000)).toEqual([
      { type: 'step-finished', stepId: reading.id, durationMs: 60_000 },
    ]);
  });

  test('each step on screen is recorded as shown once', () => {
    const first = unrecordedShows(progressOf(day, []));
    expect(first).toEqual([{ type: 'step-shown', stepId: reading.id }]);

    expect(unrecordedShows(progressOf(day, recorded(first, morning(2))))).toEqual([]);
  });

  test('a voided finish puts the step back to current', () => {
    let log = tap([], 'start', morning(2, 1));
    log = tap(log, 'done', morning(2, 10));
    const finish = log.find((event) => event.type === 'step-finished');
    if (!finish) throw new Error('no finish recorded');
    log = [...log, aVoid(finish, morning(2, 11))];

    expect(progressOf(day, log).current?.item).toBe(reading);
  });

  test('when every step is finished, the day is all done', () => {
    let log: AppEvent[] = [];
    let minute = 0;
    while (!progressOf(day, log).allDone) {
      const kind = expectedTap(progressOf(day, log));
      if (!kind) throw new Error('stuck');
      log = tap(log, kind, morning(2, ++minute));
    }
    expect(progressOf(day, log).current).toBeUndefined();
    expect(expectedTap(progressOf(day, log))).toBeUndefined();
    // Reading: Start, Done; Math: its Start, then one Done per mini-step; Lunch: Start, Done.
    expect(minute).toBe(2 + (1 + 2) + 2);
  });

  test('an empty schedule is not "all done"', () => {
    expect(progressOf([], []).allDone).toBe(false);
  });
});

describe('mini-schedules', () => {
  const atMath = () => {
    let log = tap([], 'start', morning(2, 1));
    log = tap(log, 'done', morning(2, 2));
    return tap(log, 'start', morning(2, 3));
  };

  test('open when their step starts, with the first mini-step current and shown', () => {
    const closed = progressOf(day, tap(tap([], 'start', morning(2, 1)), 'done', morning(2, 2)));
    expect(closed.currentMini).toBeUndefined();

    const progress = progressOf(day, atMath());
    expect(progress.currentMini?.step.id).toBe(step(21));
    expect(unrecordedShows(progress)).toEqual([
      { type: 'step-shown', stepId: step(21), parentStepId: math.id },
    ]);
  });

  test('take no Start of their own: one Done starts and finishes each, and shows the next', () => {
    const started = progressOf(day, atMath());
    expect(expectedTap(started)).toBe('done');
    expect(startTap(started, morning(2, 4))).toBeUndefined();

    const drafts = doneTap(started, morning(2, 5));
    expect(drafts).toEqual([
      // No adult prompted it: the student went on to it on their own, with no Start to time.
      {
        type: 'step-started',
        stepId: step(21),
        parentStepId: math.id,
        prompt: 'independent',
        latencyMs: 0,
        untimed: true,
      },
      // Timed from the activity's start, when the first mini-step came on screen with its Done.
      { type: 'step-finished', stepId: step(21), parentStepId: math.id, durationMs: 2 * 60_000 },
    ]);
    const log = [...atMath(), ...recorded(drafts, morning(2, 5))];
    const progress = progressOf(day, log);
    expect(progress.current?.item).toBe(math);
    expect(progress.currentMini?.step.id).toBe(step(22));
    expect(progress.current?.miniSteps.map((mini) => mini.status)).toEqual(['finished', 'current']);
    expect(expectedTap(progress)).toBe('done');
  });

  test('a later mini-step is timed from the finish of the one before it', () => {
    let log = tap(atMath(), 'done', morning(2, 5));
    log = [...log, ...recorded(unrecordedShows(progressOf(day, log)), morning(2, 6))];

    expect(doneShownAt(progressOf(day, log))).toBe(morning(2, 5));
    expect(doneTap(progressOf(day, log), morning(2, 9))[1]).toEqual({
      type: 'step-finished',
      stepId: step(22),
      parentStepId: math.id,
      durationMs: 4 * 60_000,
    });
  });

  test('a mini-step an adult recorded a prompt for is finished by the same one Done, and keeps that start', () => {
    const log = [
      ...atMath(),
      anEvent(
        {
          type: 'step-started',
          studentId: ANA,
          actor: { kind: 'staff', staffId: ulid<'staff'>(morning(1)) },
          stepId: step(21),
          parentStepId: math.id,
          prompt: 'verbal',
          latencyMs: 30_000,
        },
        morning(2, 4),
      ),
    ];
    expect(doneTap(progressOf(day, log), morning(2, 6))).toEqual([
      { type: 'step-finished', stepId: step(21), parentStepId: math.id, durationMs: 3 * 60_000 },
    ]);
  });

  test('finishing the last mini-step finishes the activity too', () => {
    let log = tap(atMath(), 'done', morning(2, 5));
    const drafts = doneTap(progressOf(day, log), morning(2, 8));

    expect(drafts.map((draft) => [draft.type, draft.stepId])).toEqual([
      ['step-started', step(22)],
      ['step-finished', step(22)],
      ['step-finished', math.id],
    ]);
    log = [...log, ...recorded(drafts, morning(2, 8))];
    expect(progressOf(day, log).current?.item).toBe(lunch);
  });
});

test('the count of finished steps grows as each step is done', () => {
  let log = tap([], 'start', morning(1, 1));
  expect(finishedCountOf(progressOf(day, log))).toBe(0);
  log = tap(log, 'done', morning(1, 2));
  expect(finishedCountOf(progressOf(day, log))).toBe(1);
});
