import { beforeEach, describe, expect, test } from 'vitest';
import type { AppDb } from '../../src/db/app-db';
import { kioskStart } from '../../src/db/repos/kiosk-start';
import { writeSetting } from '../../src/db/repos/settings';
import { completeSetup } from '../../src/db/repos/setup';
import { needsSetup } from '../../src/db/repos/setup-state';
import { addStaff, listStaff, signIn } from '../../src/db/repos/staff';
import { listStudents } from '../../src/db/repos/student-reads';
import { addStudent } from '../../src/db/repos/students';
import { PIN_HASH_ITERATIONS } from '../../src/domain/pin-hash';
import { freshDb } from '../support/fresh-db';

const NOW = Date.UTC(2026, 8, 1, 7, 30);
let db: AppDb;
beforeEach(() => {
  db = freshDb();
});

const setupInput = { teacherName: 'Ms. Rivera', pin: '2468', studentName: 'Ana' };

describe('first-run setup', () => {
  test('creates the teacher and the first student, and is then done', async () => {
    expect(await needsSetup(db)).toBe(true);

    const { session, student } = await completeSetup(db, setupInput, NOW);

    expect(session).toMatchObject({ role: 'teacher', name: 'Ms. Rivera' });
    expect(student.name).toBe('Ana');
    expect(await listStudents(db)).toEqual([student]);
    expect(await needsSetup(db)).toBe(false);
  });

  test('the kiosk starts from one read: setup needed on a new tablet, then the students and the tablet’s own', async () => {
    expect(await kioskStart(db)).toEqual({ setupNeeded: true, students: [], classroomLocale: 'en' });

    const { session, student: ana } = await completeSetup(db, setupInput, NOW);
    const ben = await addStudent(db, session, { name: 'Ben' }, NOW);
    // In any order: the student picker puts them in class-list order.
    const both = expect.arrayContaining([ana, ben]);
    expect(await kioskStart(db)).toEqual({ setupNeeded: false, students: both, classroomLocale: 'en' });

    await writeSetting(db, 'kioskStudentId', ben.id);
    expect(await kioskStart(db)).toEqual({
      setupNeeded: false,
      students: both,
      classroomLocale: 'en',
      tabletStudentId: ben.id,
    });
  });

  test('stores the PIN only as a slow salted hash', async () => {
    await completeSetup(db, setupInput, NOW);
    const [teacher] = await db.staff.toArray();

    expect(JSON.stringify(teacher)).not.toContain('2468');
    expect(teacher?.pin.iterations).toBeGreaterThanOrEqual(600_000);
    expect(teacher?.pin.iterations).toBe(PIN_HASH_ITERATIONS);
  });

  test('cannot run again once a teacher exists', async () => {
    await completeSetup(db, setupInput, NOW);

    await expect(completeSetup(db, { ...setupInput, teacherName: 'Intruder' }, NOW)).rejects.toMatchObject({
      code: 'setup-already-done',
    });
    expect((await listStaff(db)).map((staff) => staff.name)).toEqual(['Ms. Rivera']);
    expect(await db.students.count()).toBe(1);
  });

  test.each([
    ['a PIN of letters', { ...setupInput, pin: 'abcd' }],
    ['a short PIN', { ...setupInput, pin: '12' }],
    ['a blank teacher name', { ...setupInput, teacherName: '  ' }],
    ['a missing student name', { teacherName: 'Ms. Rivera', pin: '2468' }],
  ])('refuses %s and writes nothing', async (_, input) => {
    await expect(completeSetup(db, input, NOW)).rejects.toMatchObject({ code: 'invalid-input' });
    expect(await db.staff.count()).toBe(0);
    expect(await db.students.count()).toBe(0);
  });
});

describe('adult sign-in and roles', () => {
  test('opens a session with the right PIN and refuses a wrong one', async () => {
    const { session } = await completeSetup(db, setupInput, NOW);

    await expect(signIn(db, session.staffId, '2468', NOW)).resolves.toEqual(session);
    await expect(signIn(db, session.staffId, '1357', NOW)).rejects.toMatchObject({ code: 'wrong-pin' });
  });

  test('a teacher adds a para, who signs in with their own PIN as a para', async () => {
    const { session } = await completeSetup(db, setupInput, NOW);

    const para = await addStaff(db, session, { name: 'Mr. Lee', role: 'para', pin: '1357' }, NOW);

    await expect(signIn(db, para.id, '1357', NOW)).resolves.toMatchObject({ role: 'para', name: 'Mr. Lee' });
    await expect(signIn(db, para.id, '2468', NOW)).rejects.toMatchObject({ code: 'wrong-pin' });
  });

  test('a para cannot add staff or students, and nothing is written', async () => {
    const { session } = await completeSetup(db, setupInput, NOW);
    const para = await addStaff(db, session, { name: 'Mr. Lee', role: 'para', pin: '1357' }, NOW);
    const paraSession = await signIn(db, para.id, '1357', NOW);

    await expect(
      addStaff(db, paraSession, { name: 'Other', role: 'teacher', pin: '9999' }, NOW),
    ).rejects.toMatchObject({ code: 'not-allowed' });
    await expect(addStudent(db, paraSession, { name: 'Ben' }, NOW)).rejects.toMatchObject({
      code: 'not-allowed',
    });
    await expect(addStudent(db, undefined, { name: 'Ben' }, NOW)).rejects.toMatchObject({
      code: 'not-allowed',
    });
    expect(await db.staff.count()).toBe(2);
    expect(await db.students.count()).toBe(1);
  });
});

test('students are listed in class-list order: Student 2 before Student 10, accents and case aside', async () => {
  const { session } = await completeSetup(db, setupInput, NOW);
  for (const name of ['Student 10', 'student 2', 'Álvaro', 'Student 1'])
    await addStudent(db, session, { name }, NOW);
  expect((await listStudents(db)).map((student) => student.name)).toEqual([
    'Álvaro',
    'Ana',
    'Student 1',
    'student 2',
    'Student 10',
  ]);
});
