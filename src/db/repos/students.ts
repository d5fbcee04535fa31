import * as v from 'valibot';
import { AppError } from '../../domain/errors';
import type { StudentId } from '../../domain/ids';
import { ulid } from '../../domain/ids';
import type { AdultSession, Student } from '../../domain/people';
import { LAYOUTS, PICTURE_STYLES } from '../../domain/presentation';
import { localeSchema, nameSchema, parseWith } from '../../domain/validation';
import type { AppDb } from '../app-db';
import { guardedWrite } from '../write-errors';
import { requireRole } from './access';

const newStudentSchema = v.object({ name: nameSchema, locale: v.optional(localeSchema, 'en') });

/** A new student record from form input; throws before anything is written when the input is invalid. */
export function newStudent(input: unknown, now: number): Student {
  const { name, locale } = parseWith(newStudentSchema, input);
  return { id: ulid<'student'>(now), name, locale, createdAt: now, updatedAt: now };
}

export async function addStudent(
  db: AppDb,
  session: AdultSession | undefined,
  input: unknown,
  now: number,
): Promise<Student> {
  requireRole(session, 'teacher');
  const student = newStudent(input, now);
  await guardedWrite(() => db.students.add(student));
  return student;
}

export function listStudents(db: AppDb): Promise<Student[]> {
  return db.students.toArray().then((students) => students.sort((a, b) => a.name.localeCompare(b.name)));
}

export function getStudent(db: AppDb, id: StudentId): Promise<Student | undefined> {
  return db.students.get(id);
}

const studentSettingsSchema = v.object({
  presentation: v.optional(
    v.object({ pictureStyle: v.picklist(PICTURE_STYLES), layout: v.picklist(LAYOUTS) }),
  ),
  locale: v.optional(localeSchema),
});

/** How a student's cards look and which language their kiosk speaks; the teacher's choice. */
export async function updateStudentSettings(
  db: AppDb,
  session: AdultSession | undefined,
  studentId: StudentId,
  input: unknown,
  now: number,
): Promise<Student> {
  requireRole(session, 'teacher');
  const changes = parseWith(studentSettingsSchema, input);
  return guardedWrite(() =>
    db.transaction('rw', db.students, async () => {
      const student = await db.students.get(studentId);
      if (!student) throw new AppError('invalid-input', 'no such student');
      const updated: Student = {
        ...student,
        ...(changes.presentation ? { presentation: changes.presentation } : {}),
        ...(changes.locale ? { locale: changes.locale } : {}),
        updatedAt: now,
      };
      await db.students.put(updated);
      return updated;
    }),
  );
}
