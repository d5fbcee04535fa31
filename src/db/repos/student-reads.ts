// The reads the kiosk needs, apart from editing students, so the student's screen loads no
// validation or editing code (the same split as card-reads).
import type { StudentId } from '../../domain/ids';
import type { Student } from '../../domain/people';
import type { AppDb } from '../app-db';

export function listStudents(db: AppDb): Promise<Student[]> {
  return db.students.toArray().then((students) => students.sort((a, b) => a.name.localeCompare(b.name)));
}

export function getStudent(db: AppDb, id: StudentId): Promise<Student | undefined> {
  return db.students.get(id);
}
