import { describe, expect, test } from 'vitest';
import { ulid } from '../../src/domain/ids';
import {
  changesNotSeen,
  composePlanChange,
  type PlanChangesSeen,
  type RecordedPlanChange,
  seenByStaff,
} from '../../src/domain/plan-changes';
import type { PlanStage } from '../../src/domain/plan-stage';
import { ANA, BEN, morning } from '../support/events';

const ARRIVAL = ulid<'card'>(Date.UTC(2026, 0, 1));
const MARIA = ulid<'staff'>(Date.UTC(2026, 0, 1));
const LUIS = ulid<'staff'>(Date.UTC(2026, 0, 2));
const verbalAtOnce: PlanStage = { prompt: 'verbal', delaySeconds: 0 };

describe('composePlanChange', () => {
  test('names only the parts of the stage that changed', () => {
    const after: PlanStage = { prompt: 'gestural', delaySeconds: 5 };
    expect(composePlanChange(ARRIVAL, verbalAtOnce, after)).toEqual({
      cardId: ARRIVAL,
      before: verbalAtOnce,
      after,
      changed: ['delaySeconds', 'prompt'],
    });
    expect(composePlanChange(ARRIVAL, verbalAtOnce, { ...verbalAtOnce, prompt: 'model' })?.changed).toEqual([
      'prompt',
    ]);
  });

  test('a stage that stayed the same is no change, and a missing note equals an empty one', () => {
    expect(composePlanChange(ARRIVAL, verbalAtOnce, { ...verbalAtOnce })).toBeUndefined();
    expect(composePlanChange(ARRIVAL, verbalAtOnce, { ...verbalAtOnce, note: '' })).toBeUndefined();
    expect(composePlanChange(ARRIVAL, undefined, undefined)).toBeUndefined();
  });

  test('a new note is a change on its own', () => {
    const withNote = { ...verbalAtOnce, note: 'word card instead of the picture' };
    expect(composePlanChange(ARRIVAL, verbalAtOnce, withNote)?.changed).toEqual(['note']);
  });

  test('a new plan and a removed plan keep the one stage there is', () => {
    expect(composePlanChange(ARRIVAL, undefined, verbalAtOnce)).toEqual({
      cardId: ARRIVAL,
      after: verbalAtOnce,
      changed: ['delaySeconds', 'prompt'],
    });
    const withNote = { ...verbalAtOnce, note: 'first-then card' };
    expect(composePlanChange(ARRIVAL, withNote, undefined)).toEqual({
      cardId: ARRIVAL,
      before: withNote,
      changed: ['delaySeconds', 'prompt', 'note'],
    });
  });
});

function aChange(studentId: typeof ANA, at: number): RecordedPlanChange {
  const change = composePlanChange(ARRIVAL, verbalAtOnce, { prompt: 'gestural', delaySeconds: 5 });
  if (!change) throw new Error('the stages differ');
  return { id: ulid<'event'>(at), at, studentId, change };
}

describe('changesNotSeen and seenByStaff', () => {
  const first = aChange(ANA, morning(7, 0));
  const second = aChange(ANA, morning(8, 0));
  const bens = aChange(BEN, morning(8, 5));

  test('with no acknowledgement, every change of the student is offered, newest first', () => {
    expect(changesNotSeen([first, bens, second], [], ANA, MARIA)).toEqual([second, first]);
  });

  test('an acknowledgement covers the changes shown, for that adult and student only', () => {
    const mariaSawFirst: PlanChangesSeen = { studentId: ANA, staffId: MARIA, seen: [first.id] };
    const changes = [first, second, bens];
    expect(changesNotSeen(changes, [mariaSawFirst], ANA, MARIA)).toEqual([second]);
    expect(changesNotSeen(changes, [mariaSawFirst], ANA, LUIS)).toEqual([second, first]);
    expect(changesNotSeen(changes, [mariaSawFirst], BEN, MARIA)).toEqual([bens]);
  });

  test('a change synced in after the tap, though made before it, is still offered', () => {
    const madeEarlierElsewhere = aChange(ANA, morning(7, 30));
    const mariaSawBoth: PlanChangesSeen = {
      studentId: ANA,
      staffId: MARIA,
      seen: [first.id, second.id],
    };
    expect(changesNotSeen([first, second, madeEarlierElsewhere], [mariaSawBoth], ANA, MARIA)).toEqual([
      madeEarlierElsewhere,
    ]);
  });

  test('the teacher sees each adult who acknowledged a change once', () => {
    const acknowledgements: PlanChangesSeen[] = [
      { studentId: ANA, staffId: MARIA, seen: [first.id] },
      { studentId: ANA, staffId: MARIA, seen: [first.id, second.id] },
      { studentId: ANA, staffId: LUIS, seen: [second.id] },
      { studentId: BEN, staffId: LUIS, seen: [first.id] },
    ];
    expect(seenByStaff(first, acknowledgements)).toEqual([MARIA]);
    expect(seenByStaff(second, acknowledgements)).toEqual([MARIA, LUIS]);
    expect(seenByStaff(bens, acknowledgements)).toEqual([]);
  });
});

test('a new delay schedule is a change of its own; a new plan names it only when it has one', () => {
  const growing: PlanStage = {
    ...verbalAtOnce,
    delay: { kind: 'progressive', zeroDelayDays: 1, stepSeconds: 2, afterCorrect: 2, maxSeconds: 8 },
  };
  expect(composePlanChange(ARRIVAL, verbalAtOnce, growing)?.changed).toEqual(['delay']);
  expect(
    composePlanChange(ARRIVAL, growing, { ...growing, delay: { kind: 'constant', zeroDelayDays: 1 } })
      ?.changed,
  ).toEqual(['delay']);
  expect(composePlanChange(ARRIVAL, growing, { ...growing })).toBeUndefined();
  expect(composePlanChange(ARRIVAL, undefined, growing)?.changed).toEqual([
    'delaySeconds',
    'delay',
    'prompt',
  ]);
  expect(composePlanChange(ARRIVAL, undefined, verbalAtOnce)?.changed).toEqual(['delaySeconds', 'prompt']);
});
