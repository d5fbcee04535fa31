// Days the teacher marks as not counted, and takes back: events of the log like the corrections,
// read by the review through the `type` index (a handful a year), never by reading the log.
import * as v from 'valibot';
import { CORRECTION_REASON_MAX_LENGTH } from '../../domain/corrections';
import { AppError } from '../../domain/errors';
import type { AppEvent } from '../../domain/events';
import type { StudentId } from '../../domain/ids';
import {
  liveSpans,
  NOT_COUNTED_NOTE_MAX_LENGTH,
  NOT_COUNTED_REASONS,
  type NotCountedSpan,
  spanRefusal,
} from '../../domain/not-counted';
import type { AdultSession } from '../../domain/people';
import { stampEvent } from '../../domain/stamp';
import { idSchema, parseWith, schoolDaySchema } from '../../domain/validation';
import type { AppDb } from '../app-db';
import { mustGet } from '../must-get';
import { guardedWrite } from '../write-errors';
import { requireRole } from './access';
import { recordEvent } from './record-event';
import { deviceIdOf } from './settings';

/** A student's marks that stand, with no role check: for the teacher's reads that check it already. */
export async function spansOf(db: AppDb, studentId: StudentId): Promise<NotCountedSpan[]> {
  const marks = await db.events
    .where('type')
    .equals('days-not-counted')
    .filter((event) => event.studentId === studentId)
    .toArray();
  if (marks.length === 0) return [];
  const corrections = await db.events
    .where('target')
    .anyOf(marks.map((mark) => mark.id))
    .toArray();
  return liveSpans([...marks, ...corrections]);
}

/** The spans of days not counted of a student, for the teacher's review. */
export async function notCountedSpans(
  db: AppDb,
  session: AdultSession | undefined,
  studentId: StudentId,
): Promise<NotCountedSpan[]> {
  requireRole(session, 'teacher');
  return spansOf(db, studentId);
}

const markSchema = v.pipe(
  v.object({
    studentId: idSchema<'student'>(),
    from: schoolDaySchema,
    to: schoolDaySchema,
    reason: v.picklist(NOT_COUNTED_REASONS),
    note: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(NOT_COUNTED_NOTE_MAX_LENGTH))),
  }),
  v.check((mark) => spanRefusal(mark) === undefined, 'to: the last day is on or after the first'),
);

/** The teacher marks a day, or a span of days, as not counted, with a reason and a note. */
export async function markNotCounted(
  db: AppDb,
  session: AdultSession | undefined,
  input: unknown,
  now: number,
): Promise<AppEvent> {
  const { staffId } = requireRole(session, 'teacher');
  const { studentId, from, to, reason, note } = parseWith(markSchema, input);
  await mustGet(db.students, studentId);
  const deviceId = await deviceIdOf(db, now);
  return recordEvent(
    db,
    stampEvent(
      {
        type: 'days-not-counted',
        studentId,
        actor: { kind: 'staff', staffId },
        from,
        to,
        reason,
        ...(note ? { note } : {}),
      },
      now,
      deviceId,
    ),
  );
}

const takeBackSchema = v.object({
  eventId: idSchema<'event'>(),
  reason: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(CORRECTION_REASON_MAX_LENGTH)),
});

/** The teacher takes a mark back, saying why: a `voided` event of it, so the history stays. */
export async function takeBackNotCounted(
  db: AppDb,
  session: AdultSession | undefined,
  input: unknown,
  now: number,
): Promise<void> {
  const { staffId } = requireRole(session, 'teacher');
  const { eventId, reason } = parseWith(takeBackSchema, input);
  const deviceId = await deviceIdOf(db, now);
  await guardedWrite(async () => {
    const mark = await mustGet(db.events, eventId);
    if (mark.type !== 'days-not-counted') throw new AppError('invalid-input', `${mark.type} is not a mark`);
    await recordEvent(
      db,
      stampEvent(
        {
          type: 'voided',
          studentId: mark.studentId,
          actor: { kind: 'staff', staffId },
          target: mark.id,
          reason,
        },
        now,
        deviceId,
      ),
    );
  });
}
