// The teacher's corrections of the record, after the para's short undo has passed: any record of a
// day taken back with a reason. The record stays in the log; a `voided` event, made now under the
// teacher, cancels it, and the figures of its day follow in the same write.
import * as v from 'valibot';
import {
  CORRECTABLE_TYPES,
  CORRECTION_REASON_MAX_LENGTH,
  type DayRecord,
  dayRecords,
} from '../../domain/corrections';
import { AppError } from '../../domain/errors';
import type { StudentId } from '../../domain/ids';
import type { AdultSession } from '../../domain/people';
import type { ScheduleItem } from '../../domain/schedule';
import { stampEvent } from '../../domain/stamp';
import type { SchoolDay } from '../../domain/time';
import { idSchema, parseWith } from '../../domain/validation';
import type { AppDb } from '../app-db';
import { mustGet } from '../must-get';
import { guardedWrite } from '../write-errors';
import { requireRole } from './access';
import { eventsOfStudentDay } from './events';
import { recordEvent } from './record-event';
import { scheduleFor } from './schedule-reads';
import { deviceIdOf } from './settings';

/** A day's records for the teacher to correct, and the day's steps to name them by. */
export async function recordsOfDay(
  db: AppDb,
  session: AdultSession | undefined,
  studentId: StudentId,
  day: SchoolDay,
): Promise<{ records: DayRecord[]; items: ScheduleItem[] }> {
  requireRole(session, 'teacher');
  const [events, schedule] = await Promise.all([
    eventsOfStudentDay(db, studentId, day),
    scheduleFor(db, studentId, { kind: 'day', day }),
  ]);
  const corrections = await db.events
    .where('target')
    .anyOf(events.map((event) => event.id))
    .toArray();
  return { records: dayRecords(events, corrections), items: schedule?.items ?? [] };
}

const correctionSchema = v.object({
  eventId: idSchema<'event'>(),
  reason: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(CORRECTION_REASON_MAX_LENGTH)),
});

/** The teacher takes back one record of any day, saying why; the record stays in the log. */
export async function takeBackRecord(
  db: AppDb,
  session: AdultSession | undefined,
  input: unknown,
  now: number,
): Promise<void> {
  const { staffId } = requireRole(session, 'teacher');
  const { eventId, reason } = parseWith(correctionSchema, input);
  const deviceId = await deviceIdOf(db, now);
  await guardedWrite(() =>
    db.transaction('rw', [db.schedules, db.events, db.rollups], async () => {
      const target = await mustGet(db.events, eventId);
      if (!CORRECTABLE_TYPES.has(target.type))
        throw new AppError('invalid-input', `${target.type} is not a record`);
      // recordEvent refuses a record already taken back, in its own words.
      await recordEvent(
        db,
        stampEvent(
          {
            type: 'voided',
            studentId: target.studentId,
            actor: { kind: 'staff', staffId },
            target: target.id,
            reason,
          },
          now,
          deviceId,
        ),
      );
    }),
  );
}
