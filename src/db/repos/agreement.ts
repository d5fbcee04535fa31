// Agreement between two observers for the teacher's review: the second observers' records are few,
// so they are found by the event type index; only the days they cover are read in full, and the
// days with the student's own data come from the rollups, as the rest of the review does.
import { daySessions, type PeriodAgreement, periodAgreement } from '../../domain/agreement';
import type { ObserverRecorded } from '../../domain/events';
import type { StudentId } from '../../domain/ids';
import type { AdultSession } from '../../domain/people';
import type { DayRange } from '../../domain/review/independence';
import type { SchoolDay } from '../../domain/time';
import type { AppDb } from '../app-db';
import { requireRole } from './access';
import { eventsOfStudentDay } from './events';
import { rollupsBetween } from './rollups';

export async function agreementOfRange(
  db: AppDb,
  session: AdultSession | undefined,
  studentId: StudentId,
  range: DayRange,
): Promise<PeriodAgreement> {
  requireRole(session, 'teacher');
  const observerRecords = (await db.events.where('type').equals('observer-recorded').toArray()).filter(
    (event): event is ObserverRecorded =>
      event.type === 'observer-recorded' &&
      event.studentId === studentId &&
      event.day >= range.from &&
      event.day <= range.to,
  );
  const days = [...new Set(observerRecords.map((record) => record.day))].sort();
  const sessions = (
    await Promise.all(days.map(async (day) => daySessions(day, await eventsOfStudentDay(db, studentId, day))))
  ).flat();
  const daysWithData: SchoolDay[] = (await rollupsBetween(db, studentId, range))
    .filter((rollup) => rollup.stepsStarted > 0)
    .map((rollup) => rollup.day);
  return periodAgreement(sessions, daysWithData);
}
