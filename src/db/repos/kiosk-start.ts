import type { StudentId } from '../../domain/ids';
import type { Student } from '../../domain/people';
import type { AppDb } from '../app-db';
import { readSetting } from './settings';
import { needsSetup } from './setup-state';
import { listStudents } from './student-reads';

/** What the kiosk needs before it shows anything. */
export type KioskStart = {
  setupNeeded: boolean;
  students: Student[];
  /** The student this tablet is set to, if any. */
  tabletStudentId?: StudentId;
};

/**
 * Read together, not one after the other: the student's schedule is asked for only once these
 * are known, so each round trip here delays the first paint of the day.
 */
export async function kioskStart(db: AppDb): Promise<KioskStart> {
  const [setupNeeded, students, tabletStudentId] = await Promise.all([
    needsSetup(db),
    listStudents(db),
    readSetting(db, 'kioskStudentId'),
  ]);
  return { setupNeeded, students, ...(tabletStudentId ? { tabletStudentId } : {}) };
}
