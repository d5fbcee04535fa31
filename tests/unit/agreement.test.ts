import { describe, expect, test } from 'vitest';
import { daySessions, periodAgreement } from '../../src/domain/agreement';
import type { PromptLevel } from '../../src/domain/events';
import type { StaffId, StepId } from '../../src/domain/ids';
import { ulid } from '../../src/domain/ids';
import { dayAfter, schoolDayOf } from '../../src/domain/time';
import { ANA, anEvent, aStart, aVoid, morning } from '../support/events';

const DAY = schoolDayOf(morning(7));
const LEE = ulid<'staff'>(morning(7)) as StaffId;
const RIVERA = ulid<'staff'>(morning(7)) as StaffId;
const steps = Array.from({ length: 44 }, () => ulid<'step'>(morning(7)) as StepId);
const step = (index: number) => steps[index] as StepId;

const observed = (index: number, prompt: PromptLevel, minute: number, observer = RIVERA) =>
  anEvent(
    {
      type: 'observer-recorded',
      studentId: ANA,
      actor: { kind: 'staff', staffId: observer },
      stepId: step(index),
      prompt,
    },
    morning(7, minute),
  );
const started = (index: number, prompt: 'independent' | 'verbal' | 'gestural', minute: number) =>
  aStart(ANA, morning(7, minute), prompt, step(index));

describe('agreement of one day, point by point', () => {
  test('no second observer: no session, so no figure at all (not 0% or 100%)', () => {
    expect(daySessions(DAY, [started(0, 'verbal', 1)])).toEqual([]);
    expect(periodAgreement([], [DAY])).toMatchObject({ daysObserved: 0, share: 0, belowNorm: true });
    expect(periodAgreement([], [])).toEqual({
      sessions: [],
      daysWithData: 0,
      daysObserved: 0,
      belowNorm: false,
    });
  });

  test('counts agreements over the steps both recorded; steps one recorded are apart', () => {
    const events = [
      started(0, 'verbal', 1),
      observed(0, 'verbal', 1),
      started(1, 'independent', 10),
      observed(1, 'gestural', 11),
      // The observer saw a step the day has no start for, and missed one inside their span.
      observed(2, 'independent', 20),
      started(3, 'verbal', 15),
      // A start after the observer left is outside their span: not counted against them.
      started(4, 'verbal', 40),
    ];
    expect(daySessions(DAY, events)).toEqual([
      {
        day: DAY,
        observer: RIVERA,
        agreements: 1,
        disagreements: 1,
        onlyObserver: 1,
        onlyPrimary: 1,
        percent: 50,
        flagged: true,
      },
    ]);
  });

  test('a voided record leaves, on either side; a second tap of the observer replaces their first', () => {
    const wrongStart = started(0, 'gestural', 1);
    const firstTap = observed(1, 'gestural', 9);
    const events = [
      wrongStart,
      aVoid(wrongStart, morning(7, 2)),
      started(0, 'verbal', 2),
      observed(0, 'verbal', 3),
      started(1, 'independent', 8),
      firstTap,
      observed(1, 'independent', 10),
    ];
    expect(daySessions(DAY, events)[0]).toMatchObject({ agreements: 2, disagreements: 0, percent: 100 });
    const observerVoided = observed(2, 'verbal', 12);
    const withVoid = [
      ...events,
      started(2, 'independent', 12),
      observerVoided,
      aVoid(observerVoided, morning(7, 13)),
    ];
    expect(daySessions(DAY, withVoid)[0]).toMatchObject({ agreements: 2, onlyPrimary: 0 });
  });

  test('exactly 80% is not flagged; just under it is, and reads under 80', () => {
    const steps = (count: number, agreeing: number) =>
      Array.from({ length: count }, (_, index) => [
        started(index, 'verbal', index),
        observed(index, index < agreeing ? 'verbal' : 'gestural', index),
      ]).flat();
    expect(daySessions(DAY, steps(5, 4))[0]).toMatchObject({ percent: 80, flagged: false });
    expect(daySessions(DAY, steps(19, 15))[0]).toMatchObject({ percent: 78, flagged: true });
    // 35 of 44 is 79.5%: under 80, so it reads 79.
    expect(daySessions(DAY, steps(44, 35))[0]).toMatchObject({ percent: 79, flagged: true });
  });

  test('two observers on the same day are two sessions; on other days, sessions of their own', () => {
    const events = [started(0, 'verbal', 1), observed(0, 'verbal', 2), observed(0, 'gestural', 2, LEE)];
    const sessions = daySessions(DAY, events);
    expect(sessions.map((session) => [session.observer, session.percent])).toEqual([
      [RIVERA, 100],
      [LEE, 0],
    ]);
    const nextDay = dayAfter(DAY, 1);
    const period = periodAgreement(sessions, [
      DAY,
      nextDay,
      dayAfter(DAY, 2),
      dayAfter(DAY, 3),
      dayAfter(DAY, 4),
    ]);
    expect(period).toMatchObject({ daysWithData: 5, daysObserved: 1, share: 0.2, belowNorm: false });
    expect(
      periodAgreement(sessions, [
        DAY,
        nextDay,
        dayAfter(DAY, 2),
        dayAfter(DAY, 3),
        dayAfter(DAY, 4),
        dayAfter(DAY, 5),
      ]),
    ).toMatchObject({ daysObserved: 1, belowNorm: true });
  });
});
