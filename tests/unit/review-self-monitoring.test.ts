import { describe, expect, test } from 'vitest';
import { dayPartOf } from '../../src/domain/day-parts';
import type { AppEvent, ScaleLevel, SelfCheckAnswer } from '../../src/domain/events';
import { type EventId, type ScaleId, type TargetId, ulid } from '../../src/domain/ids';
import {
  type CheckedAnswer,
  ratingFigures,
  selfCheckFigures,
  selfCheckSessions,
} from '../../src/domain/review/self-monitoring';
import { rollupsFromEvents } from '../../src/domain/rollup';
import type { SchoolDay } from '../../src/domain/time';
import { ANA, anEvent, aVoid, morning } from '../support/events';

const september = { from: '2026-09-01' as SchoolDay, to: '2026-09-30' as SchoolDay };
const SCALE = ulid<'scale'>(Date.UTC(2026, 0, 1)) as ScaleId;
const WORKING = ulid<'target'>(Date.UTC(2026, 0, 1)) as TargetId;
const VOICE = ulid<'target'>(Date.UTC(2026, 0, 2)) as TargetId;
const adult = { kind: 'staff', staffId: ulid<'staff'>(Date.UTC(2026, 0, 1)) } as const;

/** A rating at a local hour of a September day (morning() is 8:00 plus minutes). */
const rated = (date: number, hourOffsetMinutes: number, level: ScaleLevel) =>
  anEvent(
    {
      type: 'scale-rated',
      studentId: ANA,
      actor: { kind: 'student' },
      scaleId: SCALE,
      level,
      context: { kind: 'check-in' },
    },
    morning(date, hourOffsetMinutes),
  );

describe('ratings', () => {
  // Sep 1: 2 at 8:00, 4 at 12:00 (midday). Sep 2: 5 at 14:00, and a 1 voided. Oct 1: out of range.
  const mistaken = rated(2, 10, 1);
  const events: AppEvent[] = [
    rated(1, 0, 2),
    rated(1, 240, 4),
    rated(2, 360, 5),
    mistaken,
    aVoid(mistaken, morning(2, 11)),
    anEvent(
      {
        type: 'scale-rated',
        studentId: ANA,
        actor: { kind: 'student' },
        scaleId: SCALE,
        level: 1,
        context: { kind: 'check-in' },
      },
      new Date(2026, 9, 1, 9).getTime(),
    ),
  ];

  test('counts, levels, the mean per day and per part of the day', () => {
    const figures = ratingFigures(rollupsFromEvents(events), september);
    expect(figures.count).toBe(3);
    expect(figures.byLevel).toEqual({ 1: 0, 2: 1, 3: 0, 4: 1, 5: 1 });
    expect(figures.daily).toEqual([
      { day: '2026-09-01', count: 2, mean: 3 },
      { day: '2026-09-02', count: 1, mean: 5 },
    ]);
    expect(figures.byPart).toEqual({
      morning: { count: 1, mean: 2 },
      midday: { count: 1, mean: 4 },
      afternoon: { count: 1, mean: 5 },
    });
  });

  test('parts of the day by the local hour', () => {
    expect(dayPartOf(new Date(2026, 8, 1, 10, 59).getTime())).toBe('morning');
    expect(dayPartOf(new Date(2026, 8, 1, 11).getTime())).toBe('midday');
    expect(dayPartOf(new Date(2026, 8, 1, 13).getTime())).toBe('afternoon');
  });
});

describe('self-checks and their accuracy', () => {
  const answered = (targetId: TargetId, answer: SelfCheckAnswer, minute: number) =>
    anEvent(
      {
        type: 'self-check-answered',
        studentId: ANA,
        actor: { kind: 'student' },
        targetId,
        answer,
        prompt: { kind: 'interval', dueAt: morning(1, minute) },
        checkRequested: true,
      },
      morning(1, minute),
    );
  const matched = (answer: AppEvent, isMatch: boolean, minute: number) =>
    anEvent(
      {
        type: 'check-matched',
        studentId: ANA,
        actor: adult,
        answerEvent: answer.id,
        adultCheck: ulid<'event'>(morning(1, minute)) as EventId,
        matched: isMatch,
      },
      morning(1, minute),
    );

  test('per question: yes share of yes/no answers, and matches over checks', () => {
    // Working: yes, yes, no (voided: no) — 3 answers, 2 of 3 yes; two checks, one match.
    const first = answered(WORKING, 'yes', 0);
    const second = answered(WORKING, 'yes', 1);
    const third = answered(WORKING, 'no', 2);
    const voidedAnswer = answered(WORKING, 'no', 3);
    // Voice, a 1–5 question: one answer, one check that matched.
    const voice = answered(VOICE, 4, 4);
    const figures = selfCheckFigures(
      rollupsFromEvents([
        first,
        second,
        third,
        voidedAnswer,
        aVoid(voidedAnswer, morning(1, 5)),
        matched(first, true, 6),
        matched(third, false, 7),
        voice,
        matched(voice, true, 8),
      ]),
      september,
    );
    expect(figures).toEqual([
      { targetId: WORKING, answers: 3, yesShare: 2 / 3, checks: 2, matches: 1, matchShare: 0.5 },
      { targetId: VOICE, answers: 1, checks: 1, matches: 1, matchShare: 1 },
    ]);
  });

  test('a voided adult check takes its match back', () => {
    const answer = answered(WORKING, 'yes', 0);
    const check = anEvent(
      {
        type: 'adult-check',
        studentId: ANA,
        actor: adult,
        targetId: WORKING,
        answerEvent: answer.id,
        answer: 'yes',
      },
      morning(1, 1),
    );
    const match = anEvent(
      {
        type: 'check-matched',
        studentId: ANA,
        actor: adult,
        answerEvent: answer.id,
        adultCheck: check.id,
        matched: true,
      },
      morning(1, 1),
    );
    const [figure] = selfCheckFigures(
      rollupsFromEvents([answer, check, match, aVoid(check, morning(1, 2))]),
      september,
    );
    expect(figure).toMatchObject({ answers: 1, checks: 0, matches: 0 });
  });

  test('no answers, no figures', () => {
    expect(selfCheckFigures(rollupsFromEvents([]), september)).toEqual([]);
  });
});

describe('self-checks point by point, session by session', () => {
  const checked = (
    targetId: TargetId,
    date: number,
    minute: number,
    student: SelfCheckAnswer,
    adultAnswer: SelfCheckAnswer,
  ): CheckedAnswer => ({
    targetId,
    day: `2026-09-${String(date).padStart(2, '0')}` as SchoolDay,
    at: morning(date, minute),
    student,
    adult: adultAnswer,
    matched: student === adultAnswer,
  });

  test('each checked answer in time order with both ratings, and the agreement of each day', () => {
    const [question] = selfCheckSessions(
      [
        checked(WORKING, 2, 30, 'yes', 'no'),
        checked(WORKING, 1, 10, 'yes', 'yes'),
        checked(WORKING, 2, 10, 'no', 'no'),
        checked(WORKING, 1, 40, 'no', 'yes'),
        checked(WORKING, 1, 20, 'yes', 'yes'),
      ],
      september,
    );
    expect(question?.levels).toBe(false);
    expect(question?.points.map((point) => [point.day, point.studentValue, point.adultValue])).toEqual([
      ['2026-09-01', 1, 1],
      ['2026-09-01', 1, 1],
      ['2026-09-01', 0, 1],
      ['2026-09-02', 0, 0],
      ['2026-09-02', 1, 0],
    ]);
    expect(question?.sessions).toEqual([
      { day: '2026-09-01', checks: 3, matches: 2, agreement: 2 / 3 },
      { day: '2026-09-02', checks: 2, matches: 1, agreement: 0.5 },
    ]);
  });

  test('questions apart, a 1–5 question on its levels, and only the days of the range', () => {
    const sessions = selfCheckSessions(
      [
        checked(VOICE, 3, 0, 4, 3),
        checked(WORKING, 3, 5, 'yes', 'yes'),
        checked(VOICE, 1, 0, 2, 2),
        { ...checked(VOICE, 1, 0, 5, 5), day: '2026-08-31' as SchoolDay, at: morning(1, 0) - 86_400_000 },
        { ...checked(WORKING, 1, 0, 'no', 'no'), day: '2026-10-01' as SchoolDay },
      ],
      september,
    );
    expect(sessions.map((question) => [question.targetId, question.levels, question.points.length])).toEqual([
      [WORKING, false, 1],
      [VOICE, true, 2],
    ]);
    expect(sessions[1]?.points.map((point) => [point.studentValue, point.adultValue])).toEqual([
      [2, 2],
      [4, 3],
    ]);
    expect(sessions[1]?.sessions.map((session) => session.agreement)).toEqual([1, 0]);
  });

  test('no checks, no sessions', () => {
    expect(selfCheckSessions([], september)).toEqual([]);
  });
});
