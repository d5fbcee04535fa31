// Deleting a student deletes everything that is theirs, in one transaction: it all goes, or
// nothing does. Kept apart from students.ts, which loads with the kiosk.
import Dexie from 'dexie';
import { deletionOf } from '../../domain/deletions';
import type { StudentId } from '../../domain/ids';
import type { AdultSession, Student } from '../../domain/people';
import type { AppDb } from '../app-db';
import { mustGet } from '../must-get';
import { releasePicture } from '../pictures/picture-store';
import { guardedWrite } from '../write-errors';
import { requireRole } from './access';
import { clearKioskSnapshot } from './kiosk-snapshot';
import { reviewPlanKey } from './review';
import { readSetting } from './settings';

/**
 * Deletes a student with their events (the one time events are deleted), day rollups, schedules,
 * fading plans, self-check targets, photo and review plan, and takes them out of every choice
 * board's per-student options. Cards, boards and scales are the classroom's and stay: none of
 * them belongs to one student. The deletion is recorded (not what was deleted), so merging an
 * older backup does not bring the student back.
 */
export async function deleteStudent(
  db: AppDb,
  session: AdultSession | undefined,
  studentId: StudentId,
  now: number,
): Promise<Student> {
  const { staffId } = requireRole(session, 'teacher');
  return guardedWrite(() =>
    db.transaction('rw', studentRemovalTables(db), async () => {
      const student = await mustGet(db.students, studentId);
      await removeStudentRows(db, studentId);
      await db.deletions.put(deletionOf('students', studentId, now, staffId));
      return student;
    }),
  );
}

/** The tables removing a student writes: a caller's transaction must include them all. */
export const studentRemovalTables = (db: AppDb) => [
  db.students,
  db.events,
  db.rollups,
  db.schedules,
  db.plans,
  db.targets,
  db.scales,
  db.media,
  db.cards,
  db.boards,
  db.settings,
  db.deletions,
];

/**
 * Removes a student (if here) and everything that is theirs, inside the caller's transaction (see
 * `studentRemovalTables`); recording the deletion is the caller's. Sync uses it for a deletion
 * that arrives from the classroom's server.
 */
export async function removeStudentRows(db: AppDb, studentId: StudentId): Promise<void> {
  // The kiosk's last screen may be this student's day.
  clearKioskSnapshot();
  // A device that learns of the deletion by sync may hold her records without her own row.
  const student = await db.students.get(studentId);
  const everyKeyOfStudent = [
    [studentId, Dexie.minKey],
    [studentId, Dexie.maxKey],
  ] as const;
  await db.events
    .where('[studentId+at]')
    .between(...everyKeyOfStudent, true, true)
    .delete();
  await db.rollups
    .where('[studentId+day]')
    .between(...everyKeyOfStudent, true, true)
    .delete();
  await db.schedules.where('studentId').equals(studentId).delete();
  await db.plans.where('studentId').equals(studentId).delete();
  await db.targets.where('studentId').equals(studentId).delete();
  // Their photo goes, unless a card shows the same picture (stored once: picture-store.ts).
  await db.media
    .where('ownerId')
    .equals(studentId)
    .filter((row) => row.id !== student?.photo?.mediaId)
    .delete();
  if (student?.photo) await releasePicture(db, student.photo.mediaId, studentId);
  await db.boards
    .filter((board) => studentId in board.shown)
    .modify((board) => {
      delete board.shown[studentId];
    });
  await db.settings.delete(reviewPlanKey(studentId));
  // A tablet set to this student becomes a shared one.
  if ((await readSetting(db, 'kioskStudentId')) === studentId) await db.settings.delete('kioskStudentId');
  await db.students.delete(studentId);
}
