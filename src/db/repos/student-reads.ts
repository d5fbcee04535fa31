// The reads the kiosk needs, apart from editing students, so the student's screen loads no
// validation or editing code (the same split as card-reads).
import type { StudentId } from '../../domain/ids';
import { byName } from '../../domain/name-search';
import type { Student } from '../../domain/people';
import type { AppDb } from '../app-db';

export function listStudents(db: AppDb): Promise<Student[]> {
  // In class-list order on every screen: "Student 2" before "Student 10".
  return db.students.toArray().then((students) => students.sort(byName));
}

/**
 * Every student, in no order: the kiosk orders them only when it shows the class list (see
 * StudentPicker), so a tablet set to one student never sorts names on its way to the day.
 */
export function studentsInAnyOrder(db: AppDb): Promise<Student[]> {
  return db.students.toArray();
}

export function getStudent(db: AppDb, id: StudentId): Promise<Student | undefined> {
  return db.students.get(id);
}
