import { describe, expect, test } from 'vitest';
import type { RatingContext, ScaleLevel } from '../../src/domain/events';
import type { CardId, ScaleId, StepId } from '../../src/domain/ids';
import { ulid } from '../../src/domain/ids';
import { checkInKey, dueCheckIn, lastRating, ratingsOf } from '../../src/domain/scale-check-in';
import type { ScheduleItem } from '../../src/domain/schedule';
import { progressOf } from '../../src/domain/schedule-progress';
import { ANA, anEvent, aVoid, morning } from '../support/events';

const SCALE = ulid<'scale'>(morning(1)) as ScaleId;
const CARD = ulid<'card'>(morning(1)) as CardId;
const [READING, MATH, LUNCH] = [1, 2, 3].map(() => ulid<'step'>(morning(1)) as StepId) as [
  StepId,
  StepId,
  StepId,
];
const item = (id: StepId, checkIn = false): ScheduleItem => ({
  id,
  cardId: CARD,
  miniSteps: [],
  ...(checkIn ? { checkIn: true } : {}),
});

const rated = (level: ScaleLevel, at: number, context: RatingContext = { kind: 'check-in' }) =>
  anEvent(
    { type: 'scale-rated', studentId: ANA, actor: { kind: 'student' }, scaleId: SCALE, level, context },
    at,
  );
const started = (stepId: StepId, at: number) =>
  anEvent(
    {
      type: 'step-started',
      studentId: ANA,
      actor: { kind: 'student' },
      stepId,
      prompt: 'independent',
      latencyMs: 0,
    },
    at,
  );
const finished = (stepId: StepId, at: number) =>
  anEvent({ type: 'step-finished', studentId: ANA, actor: { kind: 'student' }, stepId, durationMs: 0 }, at);

const atStart = { checkInAtStart: true };
const noStart = { checkInAtStart: false };

describe('the check-in as the day starts', () => {
  const items = [item(READING), item(MATH)];

  test('is due before the first step is started, and not once the student has rated', () => {
    expect(dueCheckIn(atStart, progressOf(items, []), [])).toEqual({ kind: 'check-in' });
    const events = [rated(2, morning(1, 1))];
    expect(dueCheckIn(atStart, progressOf(items, events), events)).toBeUndefined();
  });

  test('is due on a day with nothing planned too', () => {
    expect(dueCheckIn(atStart, progressOf([], []), [])).toEqual({ kind: 'check-in' });
  });

  test('is not asked once the day is under way, nor when the teacher did not plan it', () => {
    const events = [started(READING, morning(1, 1))];
    expect(dueCheckIn(atStart, progressOf(items, events), events)).toBeUndefined();
    expect(dueCheckIn(noStart, progressOf(items, []), [])).toBeUndefined();
  });

  test('a rating on demand before the day starts already tells how the student is', () => {
    const events = [rated(3, morning(1, 1), { kind: 'on-demand', askedBy: 'student' })];
    expect(dueCheckIn(atStart, progressOf(items, events), events)).toBeUndefined();
  });

  test('a voided rating asks again', () => {
    const rating = rated(4, morning(1, 1));
    const events = [rating, aVoid(rating, morning(1, 2))];
    expect(dueCheckIn(atStart, progressOf(items, events), events)).toEqual({ kind: 'check-in' });
  });
});

describe('the check-in of a step', () => {
  const items = [item(READING), item(MATH, true), item(LUNCH)];

  test('is due while the step is the one to do, until the student rates', () => {
    const before = [started(READING, morning(1, 1))];
    expect(dueCheckIn(noStart, progressOf(items, before), before)).toBeUndefined();
    const came = [...before, finished(READING, morning(1, 20))];
    expect(dueCheckIn(noStart, progressOf(items, came), came)).toEqual({ kind: 'step', stepId: MATH });
    const afterRating = [...came, rated(4, morning(1, 21), { kind: 'step', stepId: MATH })];
    expect(dueCheckIn(noStart, progressOf(items, afterRating), afterRating)).toBeUndefined();
  });

  test('a rating from before the step came does not count for it', () => {
    const events = [
      rated(1, morning(1, 0)),
      started(READING, morning(1, 1)),
      finished(READING, morning(1, 20)),
    ];
    expect(dueCheckIn(atStart, progressOf(items, events), events)).toEqual({ kind: 'step', stepId: MATH });
  });

  test('on the first step, the check-in as the day starts counts for it: one question, not two', () => {
    const first = [item(READING, true), item(MATH)];
    expect(dueCheckIn(atStart, progressOf(first, []), [])).toEqual({ kind: 'check-in' });
    const events = [rated(2, morning(1, 1))];
    expect(dueCheckIn(atStart, progressOf(first, events), events)).toBeUndefined();
    // Without the day's check-in, the step asks for itself.
    expect(dueCheckIn(noStart, progressOf(first, []), [])).toEqual({ kind: 'step', stepId: READING });
  });

  test('is no longer due when the step is finished', () => {
    const events = [
      started(READING, morning(1, 1)),
      finished(READING, morning(1, 20)),
      started(MATH, morning(1, 21)),
      finished(MATH, morning(1, 40)),
    ];
    expect(dueCheckIn(noStart, progressOf(items, events), events)).toBeUndefined();
  });

  test('planned check-ins have names of their own', () => {
    expect(checkInKey({ kind: 'check-in' })).not.toBe(checkInKey({ kind: 'step', stepId: MATH }));
    expect(checkInKey({ kind: 'step', stepId: MATH })).not.toBe(checkInKey({ kind: 'step', stepId: LUNCH }));
  });
});

test('the last rating is the latest that stands', () => {
  const first = rated(2, morning(1, 1));
  const second = rated(4, morning(1, 30), { kind: 'on-demand', askedBy: 'student' });
  expect(lastRating([second, first])).toBe(second);
  expect(lastRating([first, second, aVoid(second, morning(1, 31))])).toBe(first);
  expect(ratingsOf([started(READING, morning(1, 2)), first])).toEqual([first]);
  expect(lastRating([])).toBeUndefined();
});
