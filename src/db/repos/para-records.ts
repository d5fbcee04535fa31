// What a para (or teacher) records beside the kiosk: what it took to start a step (or, as a second
// observer, what they saw it take), the support a
// part of the day took, quick notes, what they did after an alert rating, a wait, the needs
// check-in, and the undo of the last of them. Each write reads the day in its own transaction,
// so it acts on the step really on screen, not on a stale picture of it.
import * as v from 'valibot';
import { MAX_RATINGS_ANSWERED } from '../../domain/distress';
import { AppError } from '../../domain/errors';
import {
  type AppEvent,
  type EventDraft,
  NOTE_MAX_LENGTH,
  PROMPT_LEVELS,
  STAFF_RESPONSES,
} from '../../domain/events';
import type { EventId, StudentId } from '../../domain/ids';
import type { Need } from '../../domain/needs';
import type { AdultSession } from '../../domain/people';
import { MAX_CHANGES_SEEN } from '../../domain/plan-changes';
import { promptFocus, promptRecord, undoableRecord } from '../../domain/prompting';
import { progressOf } from '../../domain/schedule-progress';
import { stampEvent } from '../../domain/stamp';
import { SUPPORT_LEVELS } from '../../domain/support-levels';
import { schoolDayOf } from '../../domain/time';
import { idSchema, needsAnswersSchema, parseWith } from '../../domain/validation';
import { currentWait, MAX_WAIT_SECONDS, MIN_WAIT_SECONDS } from '../../domain/waiting';
import type { AppDb } from '../app-db';
import { mustGet } from '../must-get';
import { guardedWrite } from '../write-errors';
import { requireAdult } from './access';
import { eventsOfStudentDay } from './events';
import { recordEvent } from './record-event';
import { scheduleFor } from './schedule-reads';
import { deviceIdOf } from './settings';

const staffOf = (session: AdultSession | undefined) => {
  requireAdult(session);
  return { kind: 'staff', staffId: session.staffId } as const;
};

/** Runs one record's transaction over today's schedule and events. */
async function recordToday<T>(
  db: AppDb,
  studentId: StudentId,
  now: number,
  write: (today: { events: AppEvent[]; record: (draft: EventDraft) => Promise<AppEvent> }) => Promise<T>,
): Promise<T> {
  const deviceId = await deviceIdOf(db, now);
  return guardedWrite(() =>
    db.transaction('rw', [db.schedules, db.events, db.rollups], async () => {
      const events = await eventsOfStudentDay(db, studentId, schoolDayOf(now));
      return write({ events, record: (draft) => recordEvent(db, stampEvent(draft, now, deviceId)) });
    }),
  );
}

/** The step on screen today that an adult's prompt is for, from today's schedule and records. */
async function stepInFocus(db: AppDb, studentId: StudentId, events: readonly AppEvent[], now: number) {
  const schedule = await scheduleFor(db, studentId, { kind: 'day', day: schoolDayOf(now) });
  return promptFocus(progressOf(schedule?.items ?? [], events), events, now);
}

/**
 * What it took to start the step on the student's screen: recorded as its start, by the adult.
 * A start the student tapped a moment ago is corrected (voided, and recorded again with this
 * prompt and the student's own latency). Tapping the level already recorded changes nothing.
 */
export async function recordPrompt(
  db: AppDb,
  session: AdultSession | undefined,
  studentId: StudentId,
  promptInput: unknown,
  now: number,
): Promise<AppEvent> {
  const actor = staffOf(session);
  const prompt = parseWith(v.picklist(PROMPT_LEVELS), promptInput);
  return recordToday(db, studentId, now, async ({ events, record }) => {
    const focus = await stepInFocus(db, studentId, events, now);
    if (focus?.kind === 'started' && focus.start.prompt === prompt) return focus.start;
    const start = promptRecord(focus, prompt, now);
    if (!start) throw new AppError('no-step-to-record');
    const { replaces, ...fields } = start;
    if (replaces)
      await record({
        type: 'voided',
        studentId,
        actor,
        target: replaces.id,
        reason: `started after a ${prompt} prompt`,
      });
    return record({ type: 'step-started', studentId, actor, ...fields });
  });
}

/**
 * A second observer's record of what it took to start the step on screen, made without seeing the
 * first one's: for agreement only. A second tap on the same step replaces the first.
 */
export async function recordObservedStart(
  db: AppDb,
  session: AdultSession | undefined,
  studentId: StudentId,
  promptInput: unknown,
  now: number,
): Promise<AppEvent> {
  const actor = staffOf(session);
  const prompt = parseWith(v.picklist(PROMPT_LEVELS), promptInput);
  return recordToday(db, studentId, now, async ({ events, record }) => {
    const focus = await stepInFocus(db, studentId, events, now);
    if (!focus) throw new AppError('no-step-to-record');
    return record({
      type: 'observer-recorded',
      studentId,
      actor,
      stepId: focus.stepId,
      ...(focus.parentStepId ? { parentStepId: focus.parentStepId } : {}),
      prompt,
    });
  });
}

/** The support a part of today took (on their own, a start from the teacher, a peer, an adult throughout); the latest word counts. */
export async function recordSupport(
  db: AppDb,
  session: AdultSession | undefined,
  studentId: StudentId,
  input: { stepId: unknown; level: unknown },
  now: number,
): Promise<AppEvent> {
  const actor = staffOf(session);
  const { stepId, level } = parseWith(
    v.object({ stepId: idSchema<'step'>(), level: v.picklist(SUPPORT_LEVELS) }),
    input,
  );
  return recordToday(db, studentId, now, async ({ record }) => {
    const schedule = await scheduleFor(db, studentId, { kind: 'day', day: schoolDayOf(now) });
    if (!schedule?.items.some((item) => item.id === stepId))
      throw new AppError('state-changed', 'that part is not in today’s schedule');
    return record({ type: 'support-noted', studentId, actor, stepId, level });
  });
}

/** A quick note about the student, from a preset or typed. */
export async function addNote(
  db: AppDb,
  session: AdultSession | undefined,
  studentId: StudentId,
  textInput: unknown,
  now: number,
): Promise<AppEvent> {
  const actor = staffOf(session);
  const text = parseWith(
    v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(NOTE_MAX_LENGTH)),
    textInput,
  );
  return recordToday(db, studentId, now, ({ record }) => record({ type: 'note', studentId, actor, text }));
}

/**
 * An adult acknowledges the plan changes they were shown for a student, with one tap: recorded
 * under their own identity, so the teacher sees who has seen which change.
 */
export async function acknowledgePlanChanges(
  db: AppDb,
  session: AdultSession | undefined,
  studentId: StudentId,
  seenInput: unknown,
  now: number,
): Promise<AppEvent> {
  const actor = staffOf(session);
  const seen = parseWith(
    v.pipe(v.array(idSchema<'event'>()), v.minLength(1), v.maxLength(MAX_CHANGES_SEEN)),
    seenInput,
  );
  return recordToday(db, studentId, now, ({ record }) =>
    record({ type: 'plan-changes-seen', studentId, actor, seen }),
  );
}

/**
 * What an adult did about the alert ratings shown to them: the planned staff response, or
 * something else, said in a few words. Only ratings of this student's day can be answered.
 */
export async function recordStaffResponse(
  db: AppDb,
  session: AdultSession | undefined,
  studentId: StudentId,
  input: { ratings: unknown; response: unknown; note?: unknown },
  now: number,
): Promise<AppEvent> {
  const actor = staffOf(session);
  const { ratings, response, note } = parseWith(
    v.object({
      ratings: v.pipe(v.array(idSchema<'event'>()), v.minLength(1), v.maxLength(MAX_RATINGS_ANSWERED)),
      response: v.picklist(STAFF_RESPONSES),
      note: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(NOTE_MAX_LENGTH))),
    }),
    input,
  );
  return recordToday(db, studentId, now, ({ events, record }) => {
    const rated = new Set(events.flatMap((event) => (event.type === 'scale-rated' ? [event.id] : [])));
    if (!ratings.every((id) => rated.has(id)))
      throw new AppError('state-changed', 'that rating is not in today’s records');
    return record({
      type: 'staff-responded',
      studentId,
      actor,
      ratings,
      response,
      ...(note ? { note } : {}),
    });
  });
}

/**
 * The start-of-day needs check-in: an answer for each item the teacher chose for this student,
 * from what the adult saw or the family's note, and a few words if need be. A later check-in the
 * same day corrects an earlier one.
 */
export async function recordNeeds(
  db: AppDb,
  session: AdultSession | undefined,
  studentId: StudentId,
  input: { answers: unknown; fromFamily: unknown; note?: unknown },
  now: number,
): Promise<AppEvent> {
  const actor = staffOf(session);
  const { answers, fromFamily, note } = parseWith(
    v.object({
      answers: needsAnswersSchema,
      fromFamily: v.boolean(),
      note: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(NOTE_MAX_LENGTH))),
    }),
    input,
  );
  const student = await mustGet(db.students, studentId);
  const chosen = new Set(student.needsCheckIn ?? []);
  if (Object.keys(answers).some((need) => !chosen.has(need as Need)) || Object.keys(answers).length === 0)
    throw new AppError('invalid-input', 'answers only for the items the teacher chose');
  return recordToday(db, studentId, now, ({ record }) =>
    record({ type: 'needs-noted', studentId, actor, answers, fromFamily, ...(note ? { note } : {}) }),
  );
}

/** Puts a "wait" card with its own timer in front of the student's day, for `seconds`. */
export async function startWait(
  db: AppDb,
  session: AdultSession | undefined,
  studentId: StudentId,
  secondsInput: unknown,
  now: number,
): Promise<AppEvent> {
  const actor = staffOf(session);
  const seconds = parseWith(
    v.pipe(v.number(), v.integer(), v.minValue(MIN_WAIT_SECONDS), v.maxValue(MAX_WAIT_SECONDS)),
    secondsInput,
  );
  return recordToday(db, studentId, now, ({ record }) =>
    record({ type: 'wait-started', studentId, actor, seconds }),
  );
}

/** Ends the wait on the student's screen before its time is over; only the one still running. */
export async function endWait(
  db: AppDb,
  session: AdultSession | undefined,
  studentId: StudentId,
  waitInput: unknown,
  now: number,
): Promise<AppEvent> {
  const actor = staffOf(session);
  const wait = parseWith(idSchema<'event'>(), waitInput);
  return recordToday(db, studentId, now, ({ events, record }) => {
    if (currentWait(events, now)?.id !== wait) throw new AppError('state-changed', 'that wait is over');
    return record({ type: 'wait-ended', studentId, actor, wait });
  });
}

/**
 * Takes back the last record of the day within the undo window: a `voided` event, and the record
 * stays in the log. Only the record the adult saw as the last one, and only while it still is.
 */
export async function undoRecord(
  db: AppDb,
  session: AdultSession | undefined,
  studentId: StudentId,
  targetId: EventId,
  now: number,
): Promise<AppEvent> {
  const actor = staffOf(session);
  return recordToday(db, studentId, now, async ({ events, record }) => {
    if (undoableRecord(events, now)?.id !== targetId) throw new AppError('undo-expired');
    return record({ type: 'voided', studentId, actor, target: targetId, reason: 'undone' });
  });
}
