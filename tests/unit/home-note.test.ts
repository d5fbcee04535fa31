import { describe, expect, test } from 'vitest';
import { draftHomeNote, hasRecords } from '../../src/domain/home-note';
import type { CardId, StepId } from '../../src/domain/ids';
import { ulid } from '../../src/domain/ids';
import type { ScheduleItem } from '../../src/domain/schedule';
import { ANA, anEvent, aStart, morning, NEXT_STEP, STEP } from '../support/events';

const reading = ulid<'card'>(morning(7)) as CardId;
const math = ulid<'card'>(morning(7)) as CardId;
const pencil = ulid<'card'>(morning(7)) as CardId;
const PENCIL_STEP = ulid<'step'>(morning(7)) as StepId;
const DAY: ScheduleItem[] = [
  { id: STEP, cardId: reading, miniSteps: [] },
  { id: NEXT_STEP, cardId: math, miniSteps: [{ id: PENCIL_STEP, cardId: pencil }] },
];
const student = { kind: 'student' } as const;

describe('a note home drafted from the day', () => {
  test('tells the activities started on their own in the order of the day, not their small steps', () => {
    const events = [
      aStart(ANA, morning(7, 30), 'independent', NEXT_STEP),
      anEvent(
        {
          type: 'step-started',
          studentId: ANA,
          actor: student,
          stepId: PENCIL_STEP,
          parentStepId: NEXT_STEP,
          prompt: 'independent',
          latencyMs: 1000,
        },
        morning(7, 31),
      ),
      aStart(ANA, morning(7, 0), 'independent', STEP),
      anEvent(
        { type: 'step-finished', studentId: ANA, actor: student, stepId: STEP, durationMs: 600_000 },
        morning(7, 10),
      ),
    ];
    expect(draftHomeNote(events, DAY)).toEqual({
      onTheirOwn: [reading, math],
      started: 2,
      independent: 2,
      finished: 1,
      ratings: [],
      tokens: 0,
      rewards: 0,
    });
  });

  test('leaves out what was voided, counts prompted starts, and keeps the ratings in order', () => {
    const prompted = aStart(ANA, morning(7, 0), 'verbal', STEP);
    const wrong = aStart(ANA, morning(7, 30), 'independent', NEXT_STEP);
    const events = [
      prompted,
      wrong,
      anEvent(
        { type: 'voided', studentId: ANA, actor: student, target: wrong.id, reason: 'not me' },
        morning(7, 31),
      ),
      anEvent(
        {
          type: 'scale-rated',
          studentId: ANA,
          actor: student,
          scaleId: ulid<'scale'>(1),
          level: 4,
          context: { kind: 'check-in' },
        },
        morning(7, 40),
      ),
      anEvent(
        {
          type: 'scale-rated',
          studentId: ANA,
          actor: student,
          scaleId: ulid<'scale'>(1),
          level: 2,
          context: { kind: 'check-in' },
        },
        morning(7, 50),
      ),
      anEvent({ type: 'token-given', studentId: ANA, actor: student }, morning(7, 55)),
    ];
    const draft = draftHomeNote(events, DAY);
    expect(draft).toMatchObject({ onTheirOwn: [], started: 1, independent: 0, ratings: [4, 2], tokens: 1 });
    expect(hasRecords(draft)).toBe(true);
  });

  test('of a day with no records says there is nothing to tell', () => {
    expect(hasRecords(draftHomeNote([], DAY))).toBe(false);
  });
});
