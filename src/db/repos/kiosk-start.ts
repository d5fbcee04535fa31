import type { StudentId } from '../../domain/ids';
import type { Locale, Student } from '../../domain/people';
import type { AppDb } from '../app-db';
import { classroomLocaleOf, readSetting } from './settings';
import { needsSetup } from './setup-state';
import { studentsInAnyOrder } from './student-reads';

/** What the kiosk needs before it shows anything. */
export type KioskStart = {
  setupNeeded: boolean;
  /** In no order: the student picker puts them in class-list order. */
  students: Student[];
  /** The language of the classroom's main words: a student in another language hears them in its voice. */
  classroomLocale: Locale;
  /** The student this tablet is set to, if any. */
  tabletStudentId?: StudentId;
};

/**
 * Read together, not one after the other: the student's schedule is asked for only once these
 * are known, so each round trip here delays the first paint of the day.
 */
export async function kioskStart(db: AppDb): Promise<KioskStart> {
  const [setupNeeded, students, tabletStudentId, classroomLocale] = await Promise.all([
    needsSetup(db),
    studentsInAnyOrder(db),
    readSetting(db, 'kioskStudentId'),
    classroomLocaleOf(db),
  ]);
  return { setupNeeded, students, classroomLocale, ...(tabletStudentId ? { tabletStudentId } : {}) };
}
