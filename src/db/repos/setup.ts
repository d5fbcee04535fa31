import * as v from 'valibot';
import { AppError } from '../../domain/errors';
import type { AdultSession, Student } from '../../domain/people';
import { parseWith } from '../../domain/validation';
import type { AppDb } from '../app-db';
import { guardedWrite } from '../write-errors';
import { putRecoveryHash, recoveryCodeWithHash } from './recovery-code';
import { newStaff } from './staff';
import { newStudent } from './students';

const setupSchema = v.object({ teacherName: v.unknown(), pin: v.unknown(), studentName: v.unknown() });

/**
 * First run: the teacher, the first student and the recovery code's hash, written together; the
 * code itself is returned once, to be shown to the teacher. Refused once a teacher exists,
 * so nobody can use the setup screen to make themselves a teacher on a configured tablet.
 */
export async function completeSetup(
  db: AppDb,
  input: unknown,
  now: number,
): Promise<{ session: AdultSession; student: Student; recoveryCode: string }> {
  const { teacherName, pin, studentName } = parseWith(setupSchema, input);
  const teacher = await newStaff({ name: teacherName, role: 'teacher', pin }, now);
  const student = newStudent({ name: studentName }, now);
  const recovery = await recoveryCodeWithHash();
  await guardedWrite(() =>
    db.transaction('rw', db.staff, db.students, db.settings, async () => {
      if ((await db.staff.count()) > 0) throw new AppError('setup-already-done');
      await db.staff.add(teacher);
      await db.students.add(student);
      await putRecoveryHash(db, recovery.hash);
    }),
  );
  return {
    session: { staffId: teacher.id, role: 'teacher', name: teacher.name },
    student,
    recoveryCode: recovery.code,
  };
}
