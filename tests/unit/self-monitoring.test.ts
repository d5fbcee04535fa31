import { describe, expect, test } from 'vitest';
import type { AppEvent, SelfCheckAnswer, SelfCheckAnswered, SelfCheckPrompt } from '../../src/domain/events';
import type { StepId, TargetId } from '../../src/domain/ids';
import { ulid } from '../../src/domain/ids';
import {
  intervalPrompt,
  samePrompt,
  selfCheckAgenda,
  stepPrompt,
  type Target,
} from '../../src/domain/self-monitoring';
import { ANA, aFinish, anEvent, aVoid, morning, STEP } from '../support/events';

const OPENED = morning(7);
const MINUTE = 60_000;
const at = (minutes: number, seconds = 0) => OPENED + minutes * MINUTE + seconds * 1000;

describe('interval questions', () => {
  test('the first comes one interval after the screen opened, and nothing before', () => {
    expect(intervalPrompt(MINUTE, OPENED, [], at(0, 59))).toEqual({ nextAt: at(1) });
    expect(intervalPrompt(MINUTE, OPENED, [], at(1))).toEqual({ dueAt: at(1), nextAt: at(2) });
  });

  test('a late answer does not push the next question back: the grid does not drift', () => {
    // Answered 40 s late; the next question is still due on the minute.
    expect(intervalPrompt(MINUTE, OPENED, [at(1)], at(1, 40))).toEqual({ nextAt: at(2) });
    expect(intervalPrompt(MINUTE, OPENED, [at(1)], at(2))).toEqual({ dueAt: at(2), nextAt: at(3) });
    expect(intervalPrompt(MINUTE, OPENED, [at(1), at(2)], at(10, 30))).toMatchObject({ dueAt: at(10) });
  });

  test('questions missed while no one answered are not stacked: only the latest is asked', () => {
    expect(intervalPrompt(MINUTE, OPENED, [at(1)], at(5, 20))).toEqual({ dueAt: at(5), nextAt: at(6) });
  });

  test('questions that fell due before the screen opened again are not asked', () => {
    // Answered at 8:01, screen closed, opened again at 8:30:20: the 8:30 question is not asked.
    const reopened = at(30, 20);
    expect(intervalPrompt(MINUTE, reopened, [at(1)], at(30, 50))).toEqual({ nextAt: at(31) });
    expect(intervalPrompt(MINUTE, reopened, [at(1)], at(31))).toEqual({ dueAt: at(31), nextAt: at(32) });
  });

  test('the grid keeps its own interval: 30 s and 15 min', () => {
    expect(intervalPrompt(30_000, OPENED, [], at(0, 45))).toEqual({ dueAt: at(0, 30), nextAt: at(1) });
    expect(intervalPrompt(15 * MINUTE, OPENED, [at(15)], at(29))).toEqual({ nextAt: at(30) });
  });
});

const TARGET = ulid<'target'>(OPENED) as TargetId;
const OTHER_STEP = ulid<'step'>(OPENED) as StepId;

function aTarget(changes: Partial<Target> = {}): Target {
  return {
    id: TARGET,
    studentId: ANA,
    question: 'Was I working?',
    answer: 'yes-no',
    when: { kind: 'interval', seconds: 60 },
    checks: 'every',
    active: true,
    createdAt: OPENED,
    updatedAt: OPENED,
    ...changes,
  };
}

function anAnswer(
  prompt: SelfCheckPrompt,
  time: number,
  answer: SelfCheckAnswer = 'yes',
  targetId = TARGET,
): SelfCheckAnswered {
  return anEvent(
    {
      type: 'self-check-answered',
      studentId: ANA,
      actor: { kind: 'student' },
      targetId,
      answer,
      prompt,
      checkRequested: true,
    },
    time,
  ) as SelfCheckAnswered;
}

describe('questions at the end of chosen steps', () => {
  const finishOf = (stepId: StepId, time: number): AppEvent =>
    anEvent(
      { type: 'step-finished', studentId: ANA, actor: { kind: 'student' }, stepId, durationMs: 1000 },
      time,
    );

  test('a chosen step that is finished asks, until it is answered', () => {
    const finished = finishOf(STEP, at(5));
    expect(stepPrompt([STEP], [finished], [])).toEqual({ stepId: STEP, dueAt: at(5) });
    expect(stepPrompt([STEP], [finished], [anAnswer({ kind: 'step', stepId: STEP }, at(6))])).toBeUndefined();
  });

  test('a step that was not chosen, or whose finish was voided, does not ask', () => {
    const finished = finishOf(OTHER_STEP, at(5));
    expect(stepPrompt([STEP], [finished], [])).toBeUndefined();
    const mine = finishOf(STEP, at(5));
    expect(stepPrompt([STEP], [mine, aVoid(mine, at(6))], [])).toBeUndefined();
  });

  test('only the latest finished step asks: an unanswered earlier one is not stacked', () => {
    const events = [finishOf(STEP, at(5)), finishOf(OTHER_STEP, at(9))];
    expect(stepPrompt([STEP, OTHER_STEP], events, [])).toEqual({ stepId: OTHER_STEP, dueAt: at(9) });
  });
});

describe("a student's agenda", () => {
  test('due questions of every active target, oldest first, with the next interval for the countdown', () => {
    const stepTarget = aTarget({
      id: ulid<'target'>(OPENED + 1) as TargetId,
      question: 'Did I use a calm voice?',
      answer: 'scale',
      when: { kind: 'after-steps', stepIds: [STEP] },
    });
    const stopped = aTarget({ id: ulid<'target'>(OPENED + 2) as TargetId, active: false });
    const events = [aFinish(ANA, at(0, 30))];
    const agenda = selfCheckAgenda([aTarget(), stepTarget, stopped], events, OPENED, at(1, 10));
    expect(agenda.due.map((due) => [due.target.question, due.prompt])).toEqual([
      ['Did I use a calm voice?', { kind: 'step', stepId: STEP }],
      ['Was I working?', { kind: 'interval', dueAt: at(1) }],
    ]);
    expect(agenda.nextAt).toBe(at(2));
  });

  test('an answer closes its question; a voided answer opens it again', () => {
    const answer = anAnswer({ kind: 'interval', dueAt: at(1) }, at(1, 5));
    expect(selfCheckAgenda([aTarget()], [answer], OPENED, at(1, 10)).due).toEqual([]);
    expect(
      selfCheckAgenda([aTarget()], [answer, aVoid(answer, at(1, 8))], OPENED, at(1, 10)).due,
    ).toHaveLength(1);
  });

  test("another target's answer does not close this one's question", () => {
    const other = ulid<'target'>(OPENED + 3) as TargetId;
    const answer = anAnswer({ kind: 'interval', dueAt: at(1) }, at(1, 5), 'yes', other);
    expect(selfCheckAgenda([aTarget()], [answer], OPENED, at(1, 10)).due).toHaveLength(1);
  });

  test('a student with only step questions has no countdown', () => {
    const target = aTarget({ when: { kind: 'after-steps', stepIds: [STEP] } });
    expect(selfCheckAgenda([target], [], OPENED, at(3))).toEqual({ due: [] });
  });
});

test('prompts are the same moment when they are the same due time or the same step', () => {
  expect(samePrompt({ kind: 'interval', dueAt: 1 }, { kind: 'interval', dueAt: 1 })).toBe(true);
  expect(samePrompt({ kind: 'interval', dueAt: 1 }, { kind: 'interval', dueAt: 2 })).toBe(false);
  expect(samePrompt({ kind: 'step', stepId: STEP }, { kind: 'step', stepId: STEP })).toBe(true);
  expect(samePrompt({ kind: 'step', stepId: STEP }, { kind: 'interval', dueAt: 1 })).toBe(false);
});
