import { beforeEach, describe, expect, test } from 'vitest';
import type { AppDb } from '../../src/db/app-db';
import { eventsOfStudentDay } from '../../src/db/repos/events';
import { recordEvent } from '../../src/db/repos/record-event';
import { dayRollup } from '../../src/db/repos/rollups';
import {
  answerSelfCheck,
  checkOutcomes,
  pendingChecks,
  recordAdultCheck,
} from '../../src/db/repos/self-checks';
import { newStudent } from '../../src/db/repos/students';
import { saveTarget, setTargetActive } from '../../src/db/repos/targets';
import { setTokenPlan } from '../../src/db/repos/tokens';
import type { AppEvent } from '../../src/domain/events';
import type { StepId } from '../../src/domain/ids';
import { ulid } from '../../src/domain/ids';
import type { Student } from '../../src/domain/people';
import type { Target } from '../../src/domain/self-monitoring';
import { stampEvent } from '../../src/domain/stamp';
import { freshDb } from '../support/fresh-db';
import { classroom, NOW, PARA, seconds, TEACHER, TODAY } from '../support/self-checks';
import { WAS_I_WORKING } from '../support/targets';

let db: AppDb;
let ana: Student;
let steps: StepId[];
let working: Target;
beforeEach(async () => {
  db = freshDb();
  ({ ana, steps } = await classroom(db));
  working = await saveTarget(db, TEACHER, ana.id, undefined, WAS_I_WORKING, NOW);
});

const ofType = (events: AppEvent[], type: AppEvent['type']) => events.filter((event) => event.type === type);
const atMinute = (minute: number) => ({ kind: 'interval', dueAt: seconds(minute * 60) }) as const;
const answer = (value: string | number, minute: number, target = working) =>
  answerSelfCheck(
    db,
    ana.id,
    { targetId: target.id, answer: value, prompt: atMinute(minute) },
    seconds(minute * 60 + 5),
  );

/** The student starts a step of today's schedule on their own. */
const startStep = async (stepId: StepId | undefined, at: number) =>
  recordEvent(
    db,
    stampEvent(
      {
        type: 'step-started',
        studentId: ana.id,
        actor: { kind: 'student' },
        stepId: stepId ?? steps[0] ?? ('' as StepId),
        prompt: 'independent',
        latencyMs: 3000,
      },
      at,
      (await db.events.toCollection().first())?.deviceId ?? ulid<'device'>(at),
    ),
  );

describe("the student's answers", () => {
  test('an answer is recorded with its question, moment and whether a check is asked for', async () => {
    const recorded = await answer('yes', 1);
    expect(recorded).toMatchObject({
      type: 'self-check-answered',
      studentId: ana.id,
      actor: { kind: 'student' },
      targetId: working.id,
      answer: 'yes',
      prompt: atMinute(1),
      checkRequested: true,
    });
    expect(await eventsOfStudentDay(db, ana.id, TODAY)).toEqual([recorded]);
  });

  test('"every 2nd" asks for a check on the first answer of the day and every second one', async () => {
    working = await saveTarget(
      db,
      TEACHER,
      ana.id,
      working.id,
      {
        question: 'Was I working?',
        answer: 'yes-no',
        when: { kind: 'interval', seconds: 60 },
        checks: 'every-2nd',
      },
      NOW,
    );
    const asked = [];
    for (const minute of [1, 2, 3, 4]) asked.push((await answer('yes', minute)).checkRequested);
    expect(asked).toEqual([true, false, true, false]);
  });

  test('a question is answered once, with an answer of its kind, only while it is asked', async () => {
    await answer('yes', 1);
    await expect(answer('no', 1)).rejects.toMatchObject({ code: 'state-changed' });
    await expect(answer(4, 2)).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(answer('maybe', 2)).rejects.toMatchObject({ code: 'invalid-input' });
    // A question is not answered before it is due, nor about a step it is not asked after.
    await expect(
      answerSelfCheck(db, ana.id, { targetId: working.id, answer: 'yes', prompt: atMinute(9) }, seconds(60)),
    ).rejects.toMatchObject({ code: 'state-changed' });
    await expect(
      answerSelfCheck(
        db,
        ana.id,
        { targetId: working.id, answer: 'yes', prompt: { kind: 'step', stepId: steps[0] } },
        NOW,
      ),
    ).rejects.toMatchObject({ code: 'state-changed' });
    await setTargetActive(db, TEACHER, working.id, false, seconds(100));
    await expect(answer('yes', 3)).rejects.toMatchObject({ code: 'not-found' });
    expect(await eventsOfStudentDay(db, ana.id, TODAY)).toHaveLength(1);
  });

  test('a step question is answered after a chosen step, on the 1–5 levels', async () => {
    const calm = await saveTarget(
      db,
      TEACHER,
      ana.id,
      undefined,
      {
        question: 'Did I use a calm voice?',
        answer: 'scale',
        when: { kind: 'after-steps', stepIds: [steps[0]] },
        checks: 'every',
      },
      NOW,
    );
    const recorded = await answerSelfCheck(
      db,
      ana.id,
      { targetId: calm.id, answer: 4, prompt: { kind: 'step', stepId: steps[0] } },
      seconds(30),
    );
    expect(recorded).toMatchObject({ answer: 4, prompt: { kind: 'step', stepId: steps[0] } });
  });
});

describe("an adult's accuracy check", () => {
  test("the pending checks name the question, the step and the moment, never the student's answer", async () => {
    const first = await answer('yes', 1);
    const check = {
      answerEvent: first.id,
      targetId: working.id,
      question: 'Was I working?',
      kind: 'yes-no',
      at: first.at,
      lapsesAt: first.at + 60_000,
    };
    expect(await pendingChecks(db, ana.id, TODAY)).toEqual([check]);
    // Asked during a step, the check names it.
    await startStep(steps[0], seconds(100));
    const second = await answer('no', 2);
    const pending = await pendingChecks(db, ana.id, TODAY);
    // The first check lapsed when the question came again: only the second is waiting.
    expect(pending).toEqual([
      { ...check, answerEvent: second.id, at: second.at, lapsesAt: second.at + 60_000, stepLabel: 'Working' },
    ]);
    expect(JSON.stringify(pending)).not.toMatch(/"(yes|no)"/);
  });

  test('a lapsed check cannot be answered: its interval passed, or its question was asked again', async () => {
    const first = await answer('yes', 1);
    await expect(
      recordAdultCheck(db, PARA, ana.id, first.id, 'yes', first.at + 60_000),
    ).rejects.toMatchObject({
      code: 'state-changed',
    });
    const second = await answer('yes', 2);
    await expect(recordAdultCheck(db, PARA, ana.id, first.id, 'yes', second.at + 1)).rejects.toMatchObject({
      code: 'state-changed',
    });
    expect(
      (await recordAdultCheck(db, PARA, ana.id, second.id, 'yes', second.at + 59_999)).outcome,
    ).toMatchObject({ matched: true });
  });

  test('a check and its match are stored together; the check leaves the pending list', async () => {
    const first = await answer('yes', 1);
    const matched = await recordAdultCheck(db, PARA, ana.id, first.id, 'yes', seconds(70));
    const second = await answer('yes', 2);
    const mismatched = await recordAdultCheck(db, PARA, ana.id, second.id, 'no', seconds(130));

    expect(matched.check).toMatchObject({
      type: 'adult-check',
      actor: { kind: 'staff', staffId: PARA.staffId },
      targetId: working.id,
      answerEvent: first.id,
      answer: 'yes',
    });
    expect(matched.outcome).toMatchObject({
      type: 'check-matched',
      answerEvent: first.id,
      adultCheck: matched.check.id,
      matched: true,
    });
    expect(mismatched.outcome).toMatchObject({ answerEvent: second.id, matched: false });
    expect(mismatched.tokenGiven).toBe(false);
    expect(await pendingChecks(db, ana.id, TODAY)).toEqual([]);
    expect(await checkOutcomes(db, ana.id, TODAY)).toEqual([
      expect.objectContaining({ studentAnswer: 'yes', adultAnswer: 'yes', matched: true }),
      expect.objectContaining({ studentAnswer: 'yes', adultAnswer: 'no', matched: false }),
    ]);
    // No rollup figure of its own: the day's figures stay as they were.
    const events = await eventsOfStudentDay(db, ana.id, TODAY);
    expect(events.map((event) => event.type)).toEqual([
      'self-check-answered',
      'adult-check',
      'check-matched',
      'self-check-answered',
      'adult-check',
      'check-matched',
    ]);
    expect(await dayRollup(db, ana.id, TODAY)).toMatchObject({ tokens: 0, notes: 0, choices: 0 });
  });

  test('a 1–5 check stores how much higher the student rated', async () => {
    const calm = await saveTarget(
      db,
      TEACHER,
      ana.id,
      undefined,
      {
        question: 'How calm was I?',
        answer: 'scale',
        when: { kind: 'after-steps', stepIds: steps },
        checks: 'every',
      },
      NOW,
    );
    const rated = await answerSelfCheck(
      db,
      ana.id,
      { targetId: calm.id, answer: 4, prompt: { kind: 'step', stepId: steps[1] } },
      seconds(30),
    );
    await expect(recordAdultCheck(db, PARA, ana.id, rated.id, 'yes', seconds(40))).rejects.toMatchObject({
      code: 'invalid-input',
    });
    const { outcome } = await recordAdultCheck(db, PARA, ana.id, rated.id, 2, seconds(40));
    expect(outcome).toMatchObject({ matched: false, difference: 2 });
  });

  test('an answer is checked once, by a signed-in adult, only when a check was asked for', async () => {
    const first = await answer('yes', 1);
    await expect(
      recordAdultCheck(db, undefined, ana.id, first.id, 'yes', seconds(100)),
    ).rejects.toMatchObject({
      code: 'not-allowed',
    });
    await recordAdultCheck(db, PARA, ana.id, first.id, 'yes', seconds(100));
    await expect(recordAdultCheck(db, TEACHER, ana.id, first.id, 'no', seconds(110))).rejects.toMatchObject({
      code: 'state-changed',
    });

    const unasked = await recordEvent(
      db,
      stampEvent(
        {
          type: 'self-check-answered',
          studentId: ana.id,
          actor: { kind: 'student' },
          targetId: working.id,
          answer: 'no',
          prompt: atMinute(2),
          checkRequested: false,
        },
        seconds(125),
        first.deviceId,
      ),
    );
    await expect(recordAdultCheck(db, PARA, ana.id, unasked.id, 'no', seconds(130))).rejects.toMatchObject({
      code: 'state-changed',
    });
    expect(ofType(await eventsOfStudentDay(db, ana.id, TODAY), 'adult-check')).toHaveLength(1);
  });

  test("a voided answer is no longer waiting for a check; another student's answer cannot be checked", async () => {
    const first = await answer('yes', 1);
    const second = await answer('yes', 2);
    await recordEvent(
      db,
      stampEvent(
        {
          type: 'voided',
          studentId: ana.id,
          actor: { kind: 'staff', staffId: TEACHER.staffId },
          target: first.id,
          reason: 'tapped by mistake',
        },
        seconds(130),
        first.deviceId,
      ),
    );
    expect((await pendingChecks(db, ana.id, TODAY)).map((check) => check.answerEvent)).toEqual([second.id]);
    await expect(recordAdultCheck(db, PARA, ana.id, first.id, 'yes', seconds(140))).rejects.toMatchObject({
      code: 'state-changed',
    });
    const ben = newStudent({ name: 'Ben' }, NOW);
    await db.students.add(ben);
    await expect(recordAdultCheck(db, PARA, ben.id, second.id, 'yes', seconds(140))).rejects.toMatchObject({
      code: 'state-changed',
    });
  });
});

describe('a token for a match', () => {
  const tokenPlan = { spots: 2, fromSteps: false, rewardMinutes: 5 };
  const withToken = () =>
    saveTarget(
      db,
      TEACHER,
      ana.id,
      working.id,
      {
        question: 'Was I working?',
        answer: 'yes-no',
        when: { kind: 'interval', seconds: 60 },
        checks: 'every',
        tokenOnMatch: true,
      },
      NOW,
    );

  test('a match gives a token in the same transaction when the target says so', async () => {
    await setTokenPlan(db, TEACHER, ana.id, tokenPlan, NOW);
    working = await withToken();
    const first = await answer('yes', 1);
    expect((await recordAdultCheck(db, PARA, ana.id, first.id, 'yes', seconds(70))).tokenGiven).toBe(true);
    const second = await answer('yes', 2);
    expect((await recordAdultCheck(db, PARA, ana.id, second.id, 'no', seconds(130))).tokenGiven).toBe(false);
    const events = await eventsOfStudentDay(db, ana.id, TODAY);
    expect(ofType(events, 'token-given')).toEqual([
      expect.objectContaining({ actor: { kind: 'staff', staffId: PARA.staffId }, at: seconds(70) }),
    ]);
    expect(await dayRollup(db, ana.id, TODAY)).toMatchObject({ tokens: 1 });
  });

  test('no token without a token board, or when the target does not give one', async () => {
    working = await withToken();
    const first = await answer('yes', 1);
    expect((await recordAdultCheck(db, PARA, ana.id, first.id, 'yes', seconds(70))).tokenGiven).toBe(false);
    await setTokenPlan(db, TEACHER, ana.id, tokenPlan, NOW);
    working = await saveTarget(db, TEACHER, ana.id, working.id, WAS_I_WORKING, NOW);
    const second = await answer('yes', 2);
    expect((await recordAdultCheck(db, PARA, ana.id, second.id, 'yes', seconds(130))).tokenGiven).toBe(false);
    expect(ofType(await eventsOfStudentDay(db, ana.id, TODAY), 'token-given')).toEqual([]);
  });
});
