import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import type { PlanStage } from '../../src/domain/plan-stage';
import { dayAfter, type SchoolDay } from '../../src/domain/time';
import { type ActivityDay, delayOfDay, isCorrectWait } from '../../src/domain/time-delay';
import { planStageSchema } from '../../src/domain/validation';

const START = '2026-03-02' as SchoolDay;
const dayNo = (n: number) => dayAfter(START, n);
const correctDay = (n: number): ActivityDay => ({
  day: dayNo(n),
  starts: 2,
  independent: 1,
  mostHelp: 'gestural',
  counted: true,
});
const wrongDay = (n: number): ActivityDay => ({
  day: dayNo(n),
  starts: 2,
  independent: 0,
  mostHelp: 'model',
  counted: true,
});
const days = (count: number, make = correctDay) => Array.from({ length: count }, (_, n) => make(n));

const constant: PlanStage = {
  prompt: 'verbal',
  delaySeconds: 5,
  delay: { kind: 'constant', zeroDelayDays: 2 },
};
const progressive: PlanStage = {
  prompt: 'verbal',
  delaySeconds: 4,
  delay: { kind: 'progressive', zeroDelayDays: 1, stepSeconds: 2, afterCorrect: 2, maxSeconds: 8 },
};

describe('the delay of the day', () => {
  test('a stage without a schedule waits its seconds every day, as before', () => {
    expect(delayOfDay({ prompt: 'verbal', delaySeconds: 5 }, START, [])).toBe(5);
    expect(delayOfDay({ prompt: 'verbal', delaySeconds: 5 }, START, days(9))).toBe(5);
  });

  test('the last zero-delay day waits 0 s, the first constant day the set seconds', () => {
    expect(delayOfDay(constant, START, [])).toBe(0);
    expect(delayOfDay(constant, START, days(1))).toBe(0);
    expect(delayOfDay(constant, START, days(2))).toBe(5);
    expect(delayOfDay(constant, START, days(6))).toBe(5);
  });

  test('a progressive delay grows by its step on the Nth correct wait, not before', () => {
    // Day 0 is the zero-delay day; correct waits are counted after it.
    expect(delayOfDay(progressive, START, days(1))).toBe(4);
    expect(delayOfDay(progressive, START, days(2))).toBe(4);
    expect(delayOfDay(progressive, START, days(3))).toBe(6);
    expect(delayOfDay(progressive, START, days(4))).toBe(6);
    expect(delayOfDay(progressive, START, days(5))).toBe(8);
  });

  test('a progressive delay stops at its cap', () => {
    expect(delayOfDay(progressive, START, days(7))).toBe(8);
    expect(delayOfDay(progressive, START, days(30))).toBe(8);
  });

  test('a day not counted, a day without the activity and a day before the stage are skipped', () => {
    const notCounted = { ...correctDay(1), counted: false };
    const noSession: ActivityDay = { day: dayNo(2), starts: 0, independent: 0, counted: true };
    const before: ActivityDay = { ...correctDay(0), day: dayAfter(START, -1) };
    expect(delayOfDay(constant, START, [before, correctDay(0), notCounted, noSession])).toBe(0);
    expect(delayOfDay(progressive, START, [correctDay(0), notCounted, correctDay(3), before])).toBe(4);
  });

  test('an incorrect day does not count as a correct wait', () => {
    expect(delayOfDay(progressive, START, [correctDay(0), correctDay(1), wrongDay(2)])).toBe(4);
    expect(delayOfDay(progressive, START, [correctDay(0), correctDay(1), wrongDay(2), correctDay(3)])).toBe(
      6,
    );
  });
});

describe('a correct wait', () => {
  test('is a day whose starts needed no more help than the planned prompt', () => {
    expect(isCorrectWait('verbal', correctDay(0))).toBe(true);
    expect(isCorrectWait('verbal', { ...correctDay(0), mostHelp: 'verbal' })).toBe(true);
    expect(isCorrectWait('verbal', wrongDay(0))).toBe(false);
    expect(isCorrectWait('verbal', { day: START, starts: 0, independent: 0, counted: true })).toBe(false);
  });

  test('on a rollup that does not know the most help, only a day of independent starts', () => {
    expect(isCorrectWait('verbal', { day: START, starts: 2, independent: 2, counted: true })).toBe(true);
    expect(isCorrectWait('verbal', { day: START, starts: 2, independent: 1, counted: true })).toBe(false);
  });
});

describe('a delay schedule, validated', () => {
  const valid = (stage: unknown) => v.safeParse(planStageSchema, stage).success;
  test('takes a constant or progressive schedule within its limits', () => {
    expect(valid(constant)).toBe(true);
    expect(valid(progressive)).toBe(true);
    expect(valid({ prompt: 'verbal', delaySeconds: 5 })).toBe(true);
  });
  test('refuses a cap not above the first wait, a cap over 60 s, a zero step, and unknown kinds', () => {
    const changed = (delay: object) => ({ ...progressive, delay: { ...progressive.delay, ...delay } });
    expect(valid(changed({ maxSeconds: 4 }))).toBe(false);
    expect(valid(changed({ maxSeconds: 61 }))).toBe(false);
    expect(valid(changed({ stepSeconds: 0 }))).toBe(false);
    expect(valid(changed({ afterCorrect: 0 }))).toBe(false);
    expect(valid(changed({ zeroDelayDays: 21 }))).toBe(false);
    expect(valid({ ...constant, delay: { kind: 'sometimes', zeroDelayDays: 1 } })).toBe(false);
  });
});
