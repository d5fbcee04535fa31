// The token board: the teacher's plan per student, and what happens on the board, as events.
// Every write reads the board's state from today's events in its own transaction, so two quick
// taps cannot both take the last spot.
import * as v from 'valibot';
import { optionsFor } from '../../domain/boards';
import { AppError } from '../../domain/errors';
import type { Actor, AppEvent, EventDraft } from '../../domain/events';
import type { DeviceId, OptionId, StaffId, StepId, StudentId } from '../../domain/ids';
import type { AdultSession, Student } from '../../domain/people';
import { stampEvent } from '../../domain/stamp';
import { composeTokenChange } from '../../domain/support-changes';
import { schoolDayOf } from '../../domain/time';
import {
  canStartReward,
  MAX_REWARD_MINUTES,
  MAX_SPOTS,
  MIN_REWARD_MINUTES,
  MIN_SPOTS,
  type TokenBoardState,
  type TokenPlan,
  takesToken,
  tokenBoardState,
  tokenDueForStep,
} from '../../domain/tokens';
import { idSchema, parseWith } from '../../domain/validation';
import type { AppDb } from '../app-db';
import { mustGet } from '../must-get';
import { guardedWrite } from '../write-errors';
import { requireAdult, requireRole } from './access';
import { type DayRecorder, eventsOfStudentDay } from './events';
import { recordEvent } from './record-event';
import { deviceIdOf } from './settings';
import { recordSupportChanges, supportChangeTables } from './support-changes';

const wholeNumber = (min: number, max: number) =>
  v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));

const tokenPlanSchema = v.optional(
  v.strictObject({
    spots: wholeNumber(MIN_SPOTS, MAX_SPOTS),
    fromSteps: v.boolean(),
    reinforcerBoardId: v.optional(idSchema<'board'>()),
    rewardMinutes: wholeNumber(MIN_REWARD_MINUTES, MAX_REWARD_MINUTES),
  }),
);

/** Gives a student a token board, changes it, or takes it away (`undefined`); the teacher's decision. */
export async function setTokenPlan(
  db: AppDb,
  session: AdultSession | undefined,
  studentId: StudentId,
  input: unknown,
  now: number,
): Promise<Student> {
  const { staffId } = requireRole(session, 'teacher');
  const parsed = parseWith(tokenPlanSchema, input);
  const plan: TokenPlan | undefined = parsed && {
    spots: parsed.spots,
    fromSteps: parsed.fromSteps,
    rewardMinutes: parsed.rewardMinutes,
    ...(parsed.reinforcerBoardId ? { reinforcerBoardId: parsed.reinforcerBoardId } : {}),
  };
  const deviceId = await deviceIdOf(db, now);
  return guardedWrite(() =>
    db.transaction('rw', [db.students, db.boards, ...supportChangeTables(db)], async () => {
      const student = await mustGet(db.students, studentId);
      if (plan?.reinforcerBoardId && !(await db.boards.get(plan.reinforcerBoardId)))
        throw new AppError('not-found', 'no such board');
      const { tokens: previous, ...rest } = student;
      const updated: Student = { ...rest, ...(plan ? { tokens: plan } : {}), updatedAt: now };
      await db.students.put(updated);
      const change = composeTokenChange(previous, plan);
      await recordSupportChanges(db, staffId, studentId, [change], now, deviceId);
      return updated;
    }),
  );
}

/** The student's plan and today's board, read in the caller's transaction. */
async function boardNow(
  db: AppDb,
  studentId: StudentId,
  now: number,
): Promise<{ plan: TokenPlan; state: TokenBoardState }> {
  const plan = (await db.students.get(studentId))?.tokens;
  if (!plan) throw new AppError('state-changed', 'the student has no token board');
  const events = await eventsOfStudentDay(db, studentId, schoolDayOf(now));
  return { plan, state: tokenBoardState(plan, events, now) };
}

/** Runs a token board write: reads the board, then records what `decide` makes of it. */
async function writeOnBoard(
  db: AppDb,
  studentId: StudentId,
  now: number,
  decide: (board: { plan: TokenPlan; state: TokenBoardState }) => Promise<EventDraft> | EventDraft,
): Promise<AppEvent> {
  const deviceId = await deviceIdOf(db, now);
  return guardedWrite(() =>
    db.transaction('rw', [db.students, db.boards, db.events, db.rollups, db.schedules], async () => {
      const draft = await decide(await boardNow(db, studentId, now));
      return recordEvent(db, stampEvent(draft, now, deviceId));
    }),
  );
}

/**
 * What the student picked to work for. Only an option of the student's reinforcer board that the
 * student is shown can be picked; it is recorded with its card, so it reads right if the board changes.
 */
export async function chooseReinforcer(
  db: AppDb,
  studentId: StudentId,
  optionId: OptionId,
  now: number,
): Promise<AppEvent> {
  return writeOnBoard(db, studentId, now, async ({ plan }) => {
    const board = plan.reinforcerBoardId && (await db.boards.get(plan.reinforcerBoardId));
    const option = board && optionsFor(board, studentId).find((shown) => shown.id === optionId);
    if (!board || !option) throw new AppError('invalid-input', 'that option is not on the board shown');
    return {
      type: 'reinforcer-chosen',
      studentId,
      actor: { kind: 'student' },
      boardId: board.id,
      optionId: option.id,
      cardId: option.cardId,
    };
  });
}

/** One token, given by an adult (teacher or para) with one tap. */
export async function giveToken(
  db: AppDb,
  session: AdultSession | undefined,
  studentId: StudentId,
  now: number,
): Promise<AppEvent> {
  requireAdult(session);
  return writeOnBoard(db, studentId, now, ({ state }) => {
    if (!takesToken(state)) throw new AppError('state-changed', 'the board is full or reward time is on');
    return { type: 'token-given', studentId, actor: { kind: 'staff', staffId: session.staffId } };
  });
}

/**
 * Exchanges a full board for reinforcer time, with what the student worked for and the teacher's
 * minutes. The student starts it from their screen, or an adult does.
 */
export async function startReward(
  db: AppDb,
  session: AdultSession | undefined,
  studentId: StudentId,
  now: number,
): Promise<AppEvent> {
  const actor: Actor = session ? { kind: 'staff', staffId: session.staffId } : { kind: 'student' };
  return writeOnBoard(db, studentId, now, ({ plan, state }) => {
    if (!canStartReward(state)) throw new AppError('state-changed', 'the board is not full');
    return {
      type: 'reward-used',
      studentId,
      actor,
      minutes: plan.rewardMinutes,
      ...(state.workingFor ? { cardId: state.workingFor.cardId } : {}),
    };
  });
}

/**
 * The token a finished step of the day earns when the plan says so, recorded inside the
 * transaction of the step's own events (see recordStudentSteps), so both land or neither does.
 */
export async function tokenForFinishedStep(
  db: AppDb,
  day: DayRecorder,
  stepId: StepId,
  now: number,
  deviceId: DeviceId,
): Promise<void> {
  const { studentId } = day;
  const plan = (await db.students.get(studentId))?.tokens;
  if (!plan || !tokenDueForStep(plan, day.events, now)) return;
  await day.record(
    stampEvent({ type: 'token-given', studentId, actor: { kind: 'student' }, stepId }, now, deviceId),
  );
}

/**
 * The token a matched self-check earns when its target says so and the student has a board that
 * takes one, recorded inside the adult check's own transaction (see recordAdultCheck). The adult
 * whose check matched gives it. Returns whether a token was given.
 */
export async function tokenForMatchedCheck(
  db: AppDb,
  studentId: StudentId,
  staffId: StaffId,
  now: number,
  deviceId: DeviceId,
): Promise<boolean> {
  const plan = (await db.students.get(studentId))?.tokens;
  const events = plan && (await eventsOfStudentDay(db, studentId, schoolDayOf(now)));
  if (!plan || !events || !takesToken(tokenBoardState(plan, events, now))) return false;
  await recordEvent(
    db,
    stampEvent({ type: 'token-given', studentId, actor: { kind: 'staff', staffId } }, now, deviceId),
  );
  return true;
}
