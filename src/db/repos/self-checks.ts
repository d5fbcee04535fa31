// Self-checks: the student's answers from the kiosk, and the adults' accuracy checks of them. An
// adult checks blind: what they read before checking never holds the student's answer.
import * as v from 'valibot';
import { AppError } from '../../domain/errors';
import type { AppEvent, SelfCheckAnswer, SelfCheckAnswered } from '../../domain/events';
import type { CardId, EventId, StepId, StudentId, TargetId } from '../../domain/ids';
import type { AdultSession } from '../../domain/people';
import {
  answersAwaitingCheck,
  checkLapse,
  checkResults,
  checksStillOpen,
  isCheckRequested,
  matchOf,
  stepUnderWayAt,
} from '../../domain/self-check-accuracy';
import {
  type AnswerKind,
  answerKindOf,
  liveAnswers,
  samePrompt,
  type Target,
} from '../../domain/self-monitoring';
import { stampEvent } from '../../domain/stamp';
import { type SchoolDay, schoolDayOf } from '../../domain/time';
import { idSchema, parseWith, selfCheckAnswerSchema } from '../../domain/validation';
import type { AppDb } from '../app-db';
import { guardedWrite } from '../write-errors';
import { requireAdult } from './access';
import { cardsByIds } from './card-reads';
import { eventsOfStudentDay } from './events';
import { recordEvent } from './record-event';
import { scheduleFor } from './schedule-reads';
import { deviceIdOf } from './settings';
import { tokenForMatchedCheck } from './tokens';

const studentAnswerSchema = v.strictObject({
  targetId: idSchema<'target'>(),
  answer: selfCheckAnswerSchema,
  prompt: v.variant('kind', [
    v.strictObject({ kind: v.literal('interval'), dueAt: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
    v.strictObject({ kind: v.literal('step'), stepId: idSchema<'step'>() }),
  ]),
});

/**
 * The student's answer to a question on the kiosk, once per question. Whether an adult is asked
 * to check it is decided here, by the target's check schedule, and stored with the answer.
 */
export async function answerSelfCheck(
  db: AppDb,
  studentId: StudentId,
  input: unknown,
  now: number,
): Promise<SelfCheckAnswered> {
  const { targetId, answer, prompt } = parseWith(studentAnswerSchema, input);
  const deviceId = await deviceIdOf(db, now);
  return guardedWrite(() =>
    db.transaction('rw', [db.targets, db.events, db.rollups, db.schedules], async () => {
      const target = await db.targets.get(targetId);
      if (!target || target.studentId !== studentId || !target.active)
        throw new AppError('not-found', 'no such question for this student');
      if (answerKindOf(answer) !== target.answer)
        throw new AppError('invalid-input', 'that is not an answer to this question');
      const fits =
        prompt.kind === 'interval'
          ? target.when.kind === 'interval' && prompt.dueAt <= now
          : target.when.kind === 'after-steps' && target.when.stepIds.includes(prompt.stepId);
      if (!fits) throw new AppError('state-changed', 'this question is not asked now');
      const earlier = liveAnswers(await eventsOfStudentDay(db, studentId, schoolDayOf(now))).filter(
        (each) => each.targetId === targetId,
      );
      if (earlier.some((each) => samePrompt(each.prompt, prompt)))
        throw new AppError('state-changed', 'this question was answered already');
      const draft = {
        type: 'self-check-answered',
        studentId,
        actor: { kind: 'student' },
        targetId,
        answer,
        prompt,
        checkRequested: false,
      } as const;
      const stamped = stampEvent(draft, now, deviceId);
      const checkRequested = isCheckRequested(target.checks, stamped.id, earlier.length);
      return (await recordEvent(db, { ...stamped, checkRequested })) as SelfCheckAnswered;
    }),
  );
}

/** A check an adult is asked for: the moment and the question, never the student's answer. */
export type PendingCheck = {
  answerEvent: EventId;
  targetId: TargetId;
  question: string;
  cardId?: CardId;
  kind: AnswerKind;
  /** When the student answered. */
  at: number;
  /** The step under way when the student answered, by its card's words. */
  stepLabel?: string;
  /** When the check lapses unanswered (an interval question's next interval); see checkLapse. */
  lapsesAt?: number;
};

const intervalMsOf = (target: Target | undefined) =>
  target?.when.kind === 'interval' ? target.when.seconds * 1000 : undefined;

/** The words of each step of a student's day (its card's label), mini-steps included. */
async function stepLabelsOf(db: AppDb, studentId: StudentId, day: SchoolDay): Promise<Map<StepId, string>> {
  const items = (await scheduleFor(db, studentId, { kind: 'day', day }))?.items ?? [];
  const steps = items.flatMap((item) => [item, ...item.miniSteps]);
  const cards = await cardsByIds(
    db,
    steps.map((step) => step.cardId),
  );
  return new Map(steps.map((step) => [step.id, cards.get(step.cardId)?.label ?? '']));
}

async function questionsOf(db: AppDb, targetIds: readonly TargetId[]) {
  const targets = await db.targets.bulkGet([...new Set(targetIds)]);
  return new Map(targets.flatMap((target) => (target ? [[target.id, target] as const] : [])));
}

/** The day's answers waiting for an adult's check, oldest first, without what the student answered. */
export async function pendingChecks(
  db: AppDb,
  studentId: StudentId,
  day: SchoolDay,
): Promise<PendingCheck[]> {
  const events = await eventsOfStudentDay(db, studentId, day);
  const awaiting = answersAwaitingCheck(events);
  const targets = await questionsOf(
    db,
    awaiting.map((answer) => answer.targetId),
  );
  const stepLabels = await stepLabelsOf(db, studentId, day);
  // Field by field, so nothing of the answer but its moment and kind can reach the adult's screen.
  return awaiting.flatMap((answer) => {
    const target = targets.get(answer.targetId);
    const { askedAgain, lapsesAt } = checkLapse(answer, events, intervalMsOf(target));
    if (askedAgain) return [];
    const stepId = answer.prompt.kind === 'step' ? answer.prompt.stepId : stepUnderWayAt(events, answer.at);
    const stepLabel = stepId ? stepLabels.get(stepId) : undefined;
    return [
      {
        answerEvent: answer.id,
        targetId: answer.targetId,
        question: target?.question ?? '',
        ...(target?.cardId ? { cardId: target.cardId } : {}),
        kind: answerKindOf(answer.answer),
        at: answer.at,
        ...(stepLabel ? { stepLabel } : {}),
        ...(lapsesAt !== undefined ? { lapsesAt } : {}),
      },
    ];
  });
}

export type CheckOutcome = {
  answerEvent: EventId;
  question: string;
  at: number;
  studentAnswer: SelfCheckAnswer;
  adultAnswer: SelfCheckAnswer;
  matched: boolean;
  difference?: number;
};

/** The day's finished checks, oldest first: now that the adult has answered, both answers show. */
export async function checkOutcomes(
  db: AppDb,
  studentId: StudentId,
  day: SchoolDay,
): Promise<CheckOutcome[]> {
  const results = checkResults(await eventsOfStudentDay(db, studentId, day));
  const targets = await questionsOf(
    db,
    results.map((result) => result.answer.targetId),
  );
  return results.map(({ answer, check, outcome }) => ({
    answerEvent: answer.id,
    question: targets.get(answer.targetId)?.question ?? '',
    at: answer.at,
    studentAnswer: answer.answer,
    adultAnswer: check.answer,
    matched: outcome.matched,
    ...(outcome.difference !== undefined ? { difference: outcome.difference } : {}),
  }));
}

/**
 * An adult's own rating of the moment a student answered. The check and its comparison with the
 * student's answer are recorded together, with the token a match earns when the target says so.
 * Only an answer that asked for a check, and has none yet, can be checked.
 */
export async function recordAdultCheck(
  db: AppDb,
  session: AdultSession | undefined,
  studentId: StudentId,
  answerEvent: EventId,
  input: unknown,
  now: number,
): Promise<{ check: AppEvent; outcome: AppEvent; tokenGiven: boolean }> {
  requireAdult(session);
  const answer = parseWith(selfCheckAnswerSchema, input);
  const deviceId = await deviceIdOf(db, now);
  const actor = { kind: 'staff', staffId: session.staffId } as const;
  return guardedWrite(() =>
    db.transaction('rw', [db.targets, db.students, db.events, db.rollups, db.schedules], async () => {
      const original = await db.events.get(answerEvent);
      const dayEvents =
        original?.studentId === studentId ? await eventsOfStudentDay(db, studentId, original.day) : [];
      const targets = await questionsOf(
        db,
        answersAwaitingCheck(dayEvents).map((each) => each.targetId),
      );
      const awaiting = checksStillOpen(answersAwaitingCheck(dayEvents), dayEvents, now, (targetId) =>
        intervalMsOf(targets.get(targetId)),
      ).find((each) => each.id === answerEvent);
      if (!awaiting) throw new AppError('state-changed', 'that answer is not waiting for a check');
      if (answerKindOf(answer) !== answerKindOf(awaiting.answer))
        throw new AppError('invalid-input', 'that is not an answer to this question');
      const check = await recordEvent(
        db,
        stampEvent(
          { type: 'adult-check', studentId, actor, targetId: awaiting.targetId, answerEvent, answer },
          now,
          deviceId,
        ),
      );
      const { matched, difference } = matchOf(awaiting.answer, answer);
      const outcome = await recordEvent(
        db,
        stampEvent(
          {
            type: 'check-matched',
            studentId,
            actor,
            answerEvent,
            adultCheck: check.id,
            matched,
            ...(difference !== undefined ? { difference } : {}),
          },
          now,
          deviceId,
        ),
      );
      const target = await db.targets.get(awaiting.targetId);
      const tokenGiven =
        matched && target?.tokenOnMatch === true
          ? await tokenForMatchedCheck(db, studentId, session.staffId, now, deviceId)
          : false;
      return { check, outcome, tokenGiven };
    }),
  );
}
