import { describe, expect, test } from 'vitest';
import type { AppEvent, PromptLevel } from '../../src/domain/events';
import {
  advancedPlan,
  cardOfStepIn,
  criterionCheck,
  dailyEvidence,
  type FadingPlan,
  fadingSuggestion,
} from '../../src/domain/fading';
import type { CardId, PlanId, ScheduleId, StepId } from '../../src/domain/ids';
import { ulid } from '../../src/domain/ids';
import type { DayEvidence } from '../../src/domain/plan-stage';
import type { Schedule } from '../../src/domain/schedule';
import { schoolDayOf } from '../../src/domain/time';
import { ANA, anEvent, aVoid, BEN, morning } from '../support/events';

const zeros = () => new Uint8Array(16);
const MATH = ulid<'card'>(Date.UTC(2026, 0, 1), zeros) as CardId;
const ART = ulid<'card'>(Date.UTC(2026, 0, 2), zeros) as CardId;
const MATH_STEP = ulid<'step'>(Date.UTC(2026, 1, 1), zeros) as StepId;
const ART_STEP = ulid<'step'>(Date.UTC(2026, 1, 2), zeros) as StepId;
const BREAK_STEP = ulid<'step'>(Date.UTC(2026, 1, 3), zeros) as StepId;

/** School days of September 2026: Monday 7 to Friday 11, then Monday 14. */
const dayOf = (date: number) => schoolDayOf(morning(date));

const template: Schedule = {
  id: ulid<'schedule'>(morning(1)) as ScheduleId,
  studentId: ANA,
  slot: { kind: 'template', weekday: 1 },
  items: [
    { id: MATH_STEP, cardId: MATH, miniSteps: [] },
    { id: ART_STEP, cardId: ART, miniSteps: [] },
  ],
  createdAt: 0,
  updatedAt: 0,
};
/** A day whose copy had a change card put in: its step is known to that day only. */
const changedDay: Schedule = {
  ...template,
  id: ulid<'schedule'>(morning(9)) as ScheduleId,
  slot: { kind: 'day', day: dayOf(9) },
  items: [...template.items, { id: BREAK_STEP, cardId: MATH, miniSteps: [], isChange: true }],
};
const cardOf = cardOfStepIn([template, changedDay]);

const start = (date: number, prompt: PromptLevel, stepId = MATH_STEP, minute = 0, studentId = ANA) =>
  anEvent(
    { type: 'step-started', studentId, actor: { kind: 'student' }, stepId, prompt, latencyMs: 2000 },
    morning(date, minute),
  );

const plan: FadingPlan = {
  id: ulid<'plan'>(morning(1)) as PlanId,
  studentId: ANA,
  cardId: MATH,
  current: { prompt: 'verbal', delaySeconds: 5 },
  next: { prompt: 'gestural', delaySeconds: 8 },
  criterion: { percent: 80, days: 3 },
  since: morning(1),
  createdAt: morning(1),
  updatedAt: morning(1),
};

/** A day of the given starts of Math, a minute apart. */
const dayOfStarts = (date: number, prompts: PromptLevel[]): AppEvent[] =>
  prompts.map((prompt, index) => start(date, prompt, MATH_STEP, index));
const evidence = (date: number, independent: number, opportunities: number): DayEvidence => ({
  day: dayOf(date),
  independent,
  opportunities,
});

describe('the evidence of each school day', () => {
  test('counts the starts of the plan’s activity and the student’s own, oldest day first', () => {
    const events = [
      ...dayOfStarts(8, ['independent', 'verbal']),
      ...dayOfStarts(7, ['independent', 'independent', 'independent', 'gestural']),
      start(7, 'model', ART_STEP, 30),
      start(7, 'model', MATH_STEP, 40, BEN),
    ];
    expect(dailyEvidence(events, plan, cardOf)).toEqual([evidence(7, 3, 4), evidence(8, 1, 2)]);
  });

  test('leaves out voided starts, and a day whose every start was voided', () => {
    const wrong = start(8, 'model');
    const events = [...dayOfStarts(7, ['independent', 'verbal']), wrong, aVoid(wrong, morning(8, 1))];
    const mistake = events[1];
    if (!mistake) throw new Error('two starts on the 7th');
    expect(dailyEvidence([...events, aVoid(mistake, morning(7, 5))], plan, cardOf)).toEqual([
      evidence(7, 1, 1),
    ]);
  });

  test('counts only what happened since the stage began', () => {
    const events = [
      ...dayOfStarts(7, ['verbal']),
      start(8, 'verbal', MATH_STEP, 0),
      start(8, 'independent', MATH_STEP, 30),
    ];
    expect(dailyEvidence(events, { ...plan, since: morning(8, 10) }, cardOf)).toEqual([evidence(8, 1, 1)]);
  });

  test('finds a day’s change card by that day’s copy of the schedule', () => {
    const events = [start(9, 'independent', BREAK_STEP), start(10, 'independent', BREAK_STEP)];
    expect(dailyEvidence(events, plan, cardOf)).toEqual([evidence(9, 1, 1)]);
  });
});

describe('the criterion over days', () => {
  const criterion = { percent: 80, days: 3 };

  test('is met by the latest days in a row at the percent or above', () => {
    const days = [evidence(7, 0, 3), evidence(8, 4, 5), evidence(9, 5, 5), evidence(10, 8, 10)];
    expect(criterionCheck(days, criterion)).toEqual({ met: true, run: days.slice(1) });
  });

  test('is broken by a day below the percent', () => {
    const days = [evidence(7, 5, 5), evidence(8, 5, 5), evidence(9, 3, 5), evidence(10, 5, 5)];
    expect(criterionCheck(days, criterion)).toEqual({ met: false, run: [evidence(10, 5, 5)] });
  });

  test('is not broken by an absent day, which is simply not in the evidence', () => {
    // The 9th is missing: Ana was absent. The 8th, 10th and 11th are three school days in a row with data.
    const days = [evidence(8, 4, 4), evidence(10, 4, 5), evidence(11, 2, 2)];
    expect(criterionCheck(days, criterion).met).toBe(true);
  });

  test('counts a partial day with what it had', () => {
    const days = [evidence(8, 4, 4), evidence(9, 4, 5), evidence(10, 1, 1)];
    expect(criterionCheck(days, criterion).met).toBe(true);
    expect(criterionCheck([...days.slice(0, 2), evidence(10, 0, 1)], criterion).met).toBe(false);
  });

  test('needs as many days as it names, and no data is not met', () => {
    expect(criterionCheck([evidence(8, 5, 5), evidence(9, 5, 5)], criterion).met).toBe(false);
    expect(criterionCheck([], criterion)).toEqual({ met: false, run: [] });
  });

  test('compares exactly at the boundary', () => {
    expect(criterionCheck([evidence(8, 4, 5)], { percent: 80, days: 1 }).met).toBe(true);
    expect(criterionCheck([evidence(8, 79, 100)], { percent: 80, days: 1 }).met).toBe(false);
  });
});

describe('the suggestion for the teacher', () => {
  const met = [
    ...dayOfStarts(7, ['independent', 'independent', 'independent', 'independent', 'verbal']),
    ...dayOfStarts(8, ['independent']),
    ...dayOfStarts(9, ['independent', 'independent']),
  ];

  test('comes with the evidence of the days that met the criterion', () => {
    expect(fadingSuggestion(plan, met, cardOf)).toEqual({
      plan,
      next: plan.next,
      evidence: [evidence(7, 4, 5), evidence(8, 1, 1), evidence(9, 2, 2)],
    });
  });

  test('does not come without a next step, or before the criterion is met', () => {
    const { next: _, ...withoutNext } = plan;
    expect(fadingSuggestion(withoutNext, met, cardOf)).toBeUndefined();
    expect(fadingSuggestion(plan, met.slice(0, 6), cardOf)).toBeUndefined();
  });

  test('once accepted, the plan is at its next stage and its data start again', () => {
    const accepted = advancedPlan(plan, morning(9, 30));
    expect(accepted).toMatchObject({ current: plan.next, since: morning(9, 30), updatedAt: morning(9, 30) });
    expect(accepted).not.toHaveProperty('next');
    expect(
      fadingSuggestion({ ...accepted, next: { prompt: 'independent', delaySeconds: 0 } }, met, cardOf),
    ).toBeUndefined();
  });
});
