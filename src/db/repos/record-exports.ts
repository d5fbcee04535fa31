// What the teacher downloads: a student's records and daily summaries of a range. Exports are
// the teacher's alone, so these reads ask for the teacher's session.
import type { AppEvent } from '../../domain/events';
import type { StaffId, StudentId } from '../../domain/ids';
import type { AdultSession } from '../../domain/people';
import type { DayRange } from '../../domain/review/independence';
import type { DayRollup } from '../../domain/rollup';
import { dayBounds } from '../../domain/time';
import type { AppDb } from '../app-db';
import { requireRole } from './access';
import { eventsOfStudent } from './events';
import { rollupsBetween } from './rollups';
import { listStaff } from './staff';

/** The student's events of the range, and the name of each adult who recorded any. */
export async function recordsForExport(
  db: AppDb,
  session: AdultSession | undefined,
  studentId: StudentId,
  range: DayRange,
): Promise<{ events: AppEvent[]; staffNames: Map<StaffId, string> }> {
  requireRole(session, 'teacher');
  const events = await eventsOfStudent(db, studentId, dayBounds(range.from).from, dayBounds(range.to).to);
  const staffNames = new Map((await listStaff(db)).map((member) => [member.id, member.name]));
  return { events, staffNames };
}

export async function dailySummariesForExport(
  db: AppDb,
  session: AdultSession | undefined,
  studentId: StudentId,
  range: DayRange,
): Promise<DayRollup[]> {
  requireRole(session, 'teacher');
  return rollupsBetween(db, studentId, range);
}
