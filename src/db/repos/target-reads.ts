// Reads of self-monitoring targets, apart from editing them, so the student's screen loads no
// validation or editing code (the same split as card-reads).
import type { StudentId } from '../../domain/ids';
import type { Schedule } from '../../domain/schedule';
import type { Target } from '../../domain/self-monitoring';
import type { SchoolDay } from '../../domain/time';
import type { AppDb } from '../app-db';

/** A student's targets, stopped ones too, oldest first. */
export async function targetsOf(db: AppDb, studentId: StudentId): Promise<Target[]> {
  const targets = await db.targets.where('studentId').equals(studentId).toArray();
  return targets.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

/** The targets the kiosk asks about now. */
export async function activeTargetsOf(db: AppDb, studentId: StudentId): Promise<Target[]> {
  return (await targetsOf(db, studentId)).filter((target) => target.active);
}

/**
 * The schedules whose steps a question can be asked after: the student's weekday schedules, then
 * today's own. A weekday's step keeps its id in each day's copy, so choosing it there asks every week.
 */
export async function schedulesToAskAfter(
  db: AppDb,
  studentId: StudentId,
  today: SchoolDay,
): Promise<Schedule[]> {
  const schedules = await db.schedules.where('studentId').equals(studentId).toArray();
  const weekday = (schedule: Schedule) => (schedule.slot.kind === 'template' ? schedule.slot.weekday : 6);
  return schedules
    .filter((schedule) => schedule.slot.kind === 'template' || schedule.slot.day === today)
    .filter((schedule) => schedule.items.length > 0)
    .sort((a, b) => weekday(a) - weekday(b));
}
