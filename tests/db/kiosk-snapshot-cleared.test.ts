// The kiosk's last screen is data on the device: wherever the data change under it, it goes, so
// the next load never paints a day the database no longer holds (see db/repos/kiosk-snapshot.ts).
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { AppDb } from '../../src/db/app-db';
import { restoreBackup } from '../../src/db/repos/backup';
import { exportBackup } from '../../src/db/repos/backup-export';
import { wipeDevice } from '../../src/db/repos/device-wipe';
import { keepKioskSnapshot, readKioskSnapshot } from '../../src/db/repos/kiosk-snapshot';
import { changeSetting } from '../../src/db/repos/settings';
import { completeSetup } from '../../src/db/repos/setup';
import { deleteStudent } from '../../src/db/repos/student-removal';
import { addStudent } from '../../src/db/repos/students';
import type { AdultSession, Student } from '../../src/domain/people';
import { schoolDayOf } from '../../src/domain/time';
import { freshDb, stubLocalStorage } from '../support/fresh-db';

const NOW = new Date(2026, 8, 7, 9).getTime();
const DAY = schoolDayOf(NOW);

let db: AppDb;
let teacher: AdultSession;
let ana: Student;
beforeEach(async () => {
  stubLocalStorage();
  db = freshDb();
  ({ session: teacher, student: ana } = await completeSetup(
    db,
    { teacherName: 'Ms. Rivera', pin: '2468', studentName: 'Ana' },
    NOW,
  ));
  keepKioskSnapshot({
    version: 1,
    studentId: ana.id,
    day: DAY,
    locale: 'en',
    name: 'Ana',
    layout: 'list',
    steps: [{ label: 'Reading', status: 'current' }],
  });
  expect(readKioskSnapshot({ day: DAY, studentId: ana.id })).toBeDefined();
});
afterEach(() => {
  db.close();
  vi.unstubAllGlobals();
});

const anasScreen = () => readKioskSnapshot({ day: DAY, studentId: ana.id });

describe('the kiosk’s last screen is forgotten', () => {
  test('when the tablet is set to another student', async () => {
    const ben = await addStudent(db, teacher, { name: 'Ben' }, NOW);
    await changeSetting(db, teacher, 'kioskStudentId', ben.id, NOW);
    expect(anasScreen()).toBeUndefined();
  });

  test('when the student is deleted', async () => {
    await deleteStudent(db, teacher, ana.id, NOW);
    expect(anasScreen()).toBeUndefined();
  });

  test('when a backup is restored', async () => {
    const file = await exportBackup(db, teacher, { now: NOW });
    expect(anasScreen()).toBeDefined();
    const { database } = await restoreBackup(db, teacher, file);
    database.close();
    expect(anasScreen()).toBeUndefined();
  });

  test('when the tablet is erased', async () => {
    await wipeDevice(db, { session: teacher });
    expect(anasScreen()).toBeUndefined();
  });
});
