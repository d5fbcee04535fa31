import { expect, test } from 'vitest';
import type { AppEvent, PromptLevel } from '../../src/domain/events';
import { fidelityShortfall, stageAt, weekFidelity } from '../../src/domain/fidelity';
import type { CardId, PlanId, ScaleId, StaffId, TargetId } from '../../src/domain/ids';
import { ulid } from '../../src/domain/ids';
import type { PlanStage } from '../../src/domain/plan-stage';
import { ANA, anEvent, aVoid, morning, NEXT_STEP, STEP } from '../support/events';

const LEE = ulid<'staff'>(morning(7)) as StaffId;
const KIM = ulid<'staff'>(morning(7)) as StaffId;
const MATH = ulid<'card'>(morning(7)) as CardId;
const LUNCH = ulid<'card'>(morning(7)) as CardId;
const PLAN = ulid<'plan'>(morning(7)) as PlanId;
const WAIT_5_VERBAL: PlanStage = { prompt: 'verbal', delaySeconds: 5 };
const cardOf = (stepId: string) => (stepId === STEP ? MATH : stepId === NEXT_STEP ? LUNCH : undefined);
const plans = new Map([[MATH, WAIT_5_VERBAL]]);

const aPrompt = (staffId: StaffId, prompt: PromptLevel, latencyMs: number, minute = 0, stepId = STEP) =>
  anEvent(
    { type: 'step-started', studentId: ANA, actor: { kind: 'staff', staffId }, stepId, prompt, latencyMs },
    morning(7, minute),
  );
const week = (events: AppEvent[], log: AppEvent[] = []) => weekFidelity(events, log, cardOf, plans, [4, 5]);

test('a prompt exactly at the end of the wait is on time; one millisecond before is early', () => {
  expect(week([aPrompt(LEE, 'verbal', 5000)]).adults).toEqual([
    { staffId: LEE, measured: 1, early: 0, moreHelp: 0, unplanned: 0 },
  ]);
  expect(week([aPrompt(LEE, 'verbal', 4999)]).adults[0]).toMatchObject({ measured: 1, early: 1 });
});

test('more help than the plan is counted; less is not; two adults are kept apart', () => {
  const result = week([aPrompt(LEE, 'model', 6000, 1), aPrompt(KIM, 'gestural', 6000, 2, STEP)]);
  expect(result.adults).toEqual([
    { staffId: LEE, measured: 1, early: 0, moreHelp: 1, unplanned: 0 },
    { staffId: KIM, measured: 1, early: 0, moreHelp: 0, unplanned: 0 },
  ]);
});

test('an activity with no plan is not measured, a voided prompt counts for nothing, an empty week is empty', () => {
  expect(week([aPrompt(LEE, 'verbal', 0, 0, NEXT_STEP)]).adults).toEqual([
    { staffId: LEE, measured: 0, early: 0, moreHelp: 0, unplanned: 1 },
  ]);
  const prompt = aPrompt(LEE, 'verbal', 0);
  expect(week([prompt, aVoid(prompt, morning(7, 1))]).adults).toEqual([]);
  expect(week([])).toEqual({
    adults: [],
    alerts: { rated: 0, answered: 0 },
    checks: { asked: 0, answered: 0 },
  });
});

test('the plan in force when the prompt was given counts, from the log', () => {
  const changed = anEvent(
    {
      type: 'plan-changed',
      studentId: ANA,
      actor: { kind: 'staff', staffId: LEE },
      planId: PLAN,
      change: {
        cardId: MATH,
        before: WAIT_5_VERBAL,
        after: { prompt: 'verbal', delaySeconds: 10 },
        changed: ['delaySeconds'],
      },
    },
    morning(7, 30),
  );
  expect(stageAt([changed], MATH, morning(7, 29), WAIT_5_VERBAL)).toEqual(WAIT_5_VERBAL);
  expect(stageAt([changed], MATH, morning(7, 30), WAIT_5_VERBAL)).toEqual({
    prompt: 'verbal',
    delaySeconds: 10,
  });
  // 8 s: on time before the change, early after it.
  expect(
    week([aPrompt(LEE, 'verbal', 8000, 20), aPrompt(LEE, 'verbal', 8000, 40)], [changed]).adults[0],
  ).toMatchObject({
    measured: 2,
    early: 1,
  });
});

test('alert ratings with a word on what the adult did, and accuracy checks answered of those asked', () => {
  const rating = (level: 3 | 4 | 5, minute: number) =>
    anEvent(
      {
        type: 'scale-rated',
        studentId: ANA,
        actor: { kind: 'student' },
        scaleId: ulid<'scale'>(morning(7)) as ScaleId,
        level,
        context: { kind: 'check-in' },
      },
      morning(7, minute),
    );
  const five = rating(5, 1);
  const four = rating(4, 2);
  const answer = anEvent(
    {
      type: 'self-check-answered',
      studentId: ANA,
      actor: { kind: 'student' },
      targetId: ulid<'target'>(morning(7)) as TargetId,
      answer: 'yes',
      prompt: { kind: 'interval', dueAt: morning(7, 3) },
      checkRequested: true,
    },
    morning(7, 3),
  );
  const result = week([
    rating(3, 0),
    five,
    four,
    anEvent(
      {
        type: 'staff-responded',
        studentId: ANA,
        actor: { kind: 'staff', staffId: LEE },
        ratings: [five.id],
        response: 'planned',
      },
      morning(7, 4),
    ),
    answer,
  ]);
  expect(result.alerts).toEqual({ rated: 2, answered: 1 });
  expect(result.checks).toEqual({ asked: 1, answered: 0 });
});

test('fidelity first: the first measure under 80% is named; 80% exactly holds; nothing to count never falls short', () => {
  const adult = (measured: number, early: number, moreHelp = 0) => ({
    staffId: LEE,
    measured,
    early,
    moreHelp,
    unplanned: 0,
  });
  const none = { rated: 0, answered: 0 };
  const weekOf = (adults: ReturnType<typeof adult>[], alerts = none, checks = { asked: 0, answered: 0 }) => ({
    adults,
    alerts,
    checks,
  });
  expect(fidelityShortfall(weekOf([]))).toBeUndefined();
  expect(fidelityShortfall(weekOf([adult(5, 1)]))).toBeUndefined();
  expect(fidelityShortfall(weekOf([adult(5, 2)]))).toEqual({ measure: 'on-time', kept: 3, of: 5 });
  expect(fidelityShortfall(weekOf([adult(5, 0, 2)]))).toEqual({ measure: 'planned-help', kept: 3, of: 5 });
  expect(fidelityShortfall(weekOf([], { rated: 2, answered: 1 }))).toEqual({
    measure: 'alerts',
    kept: 1,
    of: 2,
  });
  expect(fidelityShortfall(weekOf([], none, { asked: 4, answered: 3 }))).toEqual({
    measure: 'checks',
    kept: 3,
    of: 4,
  });
});

test('a prompt is early against the delay of its day, not the stage’s first wait', () => {
  // A growing wait is 8 s on this day: a prompt at 6 s is early though the stage starts at 5 s.
  const delayOn = () => 8;
  const result = weekFidelity([aPrompt(LEE, 'verbal', 6000)], [], cardOf, plans, [4, 5], delayOn);
  expect(result.adults[0]).toMatchObject({ measured: 1, early: 1 });
  expect(week([aPrompt(LEE, 'verbal', 6000)]).adults[0]).toMatchObject({ measured: 1, early: 0 });
});
