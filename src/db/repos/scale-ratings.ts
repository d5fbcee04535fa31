// The student's ratings on their five-point scale, recorded from the kiosk as events.
import { AppError } from '../../domain/errors';
import type { AppEvent, RatingContext, ScaleLevel } from '../../domain/events';
import type { ScaleId, StudentId } from '../../domain/ids';
import { stampEvent } from '../../domain/stamp';
import { schoolDayOf } from '../../domain/time';
import type { AppDb } from '../app-db';
import { guardedWrite } from '../write-errors';
import { recordEvent } from './record-event';
import { scheduleFor } from './schedule-reads';
import { deviceIdOf } from './settings';

/**
 * The student's rating, with why they were asked. Only on the scale the teacher gave them, and a
 * step's check-in only for a step of today's schedule.
 */
export async function recordRating(
  db: AppDb,
  studentId: StudentId,
  rating: { scaleId: ScaleId; level: ScaleLevel; context: RatingContext },
  now: number,
): Promise<AppEvent> {
  const deviceId = await deviceIdOf(db, now);
  return guardedWrite(() =>
    db.transaction('rw', [db.students, db.schedules, db.events, db.rollups], async () => {
      const student = await db.students.get(studentId);
      if (student?.scale?.scaleId !== rating.scaleId)
        throw new AppError('invalid-input', 'that is not the scale of this student');
      const { context } = rating;
      if (context.kind === 'step') {
        const today = await scheduleFor(db, studentId, { kind: 'day', day: schoolDayOf(now) });
        if (!today?.items.some((item) => item.id === context.stepId))
          throw new AppError('state-changed', 'that step is not in today’s schedule');
      }
      return recordEvent(
        db,
        stampEvent(
          {
            type: 'scale-rated',
            studentId,
            actor: { kind: 'student' },
            scaleId: rating.scaleId,
            level: rating.level,
            context,
          },
          now,
          deviceId,
        ),
      );
    }),
  );
}
