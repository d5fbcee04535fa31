// The teacher's observations of the adults carrying out a student's plan: recorded as events by
// the teacher alone, and read back for the review of a week.
import * as v from 'valibot';
import { AppError } from '../../domain/errors';
import type { AppEvent, ObservationMade } from '../../domain/events';
import type { StudentId } from '../../domain/ids';
import { FEEDBACK_MAX_LENGTH, liveObservations } from '../../domain/observation';
import type { AdultSession } from '../../domain/people';
import { stampEvent } from '../../domain/stamp';
import { dayAfter, dayBounds, type SchoolDay } from '../../domain/time';
import { idSchema, observationMarksSchema, parseWith } from '../../domain/validation';
import type { AppDb } from '../app-db';
import { mustGet } from '../must-get';
import { guardedWrite } from '../write-errors';
import { requireRole } from './access';
import { eventsOfStudent } from './events';
import { recordEvent } from './record-event';
import { deviceIdOf } from './settings';

const observationSchema = v.object({
  observed: idSchema<'staff'>(),
  marks: observationMarksSchema,
  feedback: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(FEEDBACK_MAX_LENGTH))),
});

/** The teacher's checklist of watching an adult with the student, and the feedback given. */
export async function recordObservation(
  db: AppDb,
  session: AdultSession | undefined,
  studentId: StudentId,
  input: unknown,
  now: number,
): Promise<AppEvent> {
  const teacher = requireRole(session, 'teacher');
  const { observed, marks, feedback } = parseWith(observationSchema, input);
  if (Object.keys(marks).length === 0)
    throw new AppError('invalid-input', 'an observation marks at least one point');
  const deviceId = await deviceIdOf(db, now);
  return guardedWrite(() =>
    db.transaction('rw', [db.students, db.staff, db.schedules, db.events, db.rollups], async () => {
      await mustGet(db.students, studentId);
      await mustGet(db.staff, observed);
      return recordEvent(
        db,
        stampEvent(
          {
            type: 'observation-made',
            studentId,
            actor: { kind: 'staff', staffId: teacher.staffId },
            observed,
            marks,
            ...(feedback ? { feedback } : {}),
          },
          now,
          deviceId,
        ),
      );
    }),
  );
}

/** The observations of the week from `monday` (Monday to Sunday), newest first; for the teacher. */
export async function observationsOfWeek(
  db: AppDb,
  session: AdultSession | undefined,
  studentId: StudentId,
  monday: SchoolDay,
): Promise<ObservationMade[]> {
  requireRole(session, 'teacher');
  const events = await eventsOfStudent(
    db,
    studentId,
    dayBounds(monday).from,
    dayBounds(dayAfter(monday, 6)).to,
  );
  return liveObservations(events);
}
