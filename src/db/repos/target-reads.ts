// Reads of self-monitoring targets, apart from editing them, so the student's screen loads no
// validation or editing code (the same split as card-reads).
import type { StudentId } from '../../domain/ids';
import type { Target } from '../../domain/self-monitoring';
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
