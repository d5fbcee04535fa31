import { afterEach, beforeEach, expect, test } from 'vitest';
import type { AppDb } from '../../src/db/app-db';
import { restoreBackup } from '../../src/db/repos/backup';
import { exportBackup } from '../../src/db/repos/backup-export';
import { completeSetup } from '../../src/db/repos/setup';
import { getStudent } from '../../src/db/repos/student-reads';
import { updateStudentSettings } from '../../src/db/repos/students';
import type { AdultSession, Student } from '../../src/domain/people';
import { type AccessSettings, DEFAULT_ACCESS } from '../../src/domain/scanning';
import { documentOf, readDocument } from '../../src/domain/sync/documents';
import { freshDb } from '../support/fresh-db';

const NOW = Date.UTC(2026, 8, 1, 7, 30);
const LATER = NOW + 60_000;
const TWO_SWITCHES: AccessSettings = {
  ...DEFAULT_ACCESS,
  mode: 'two-switch',
  moveKey: '1',
  selectKey: '2',
  speakHighlight: true,
};

let dbs: AppDb[] = [];
let db: AppDb;
let teacher: AdultSession;
let ana: Student;
beforeEach(async () => {
  db = freshDb();
  dbs = [db];
  ({ session: teacher, student: ana } = await completeSetup(
    db,
    { teacherName: 'Ms. Rivera', pin: '2468', studentName: 'Ana' },
    NOW,
  ));
});
afterEach(() => {
  for (const each of dbs) each.close();
});

test('a student made before access settings has none, and uses touch', async () => {
  expect(await getStudent(db, ana.id)).not.toHaveProperty('access');
});

test('the teacher’s choice is stored on the student, and the rest of the student stays', async () => {
  const updated = await updateStudentSettings(db, teacher, ana.id, { access: TWO_SWITCHES }, LATER);
  expect(updated).toMatchObject({ name: 'Ana', locale: 'en', access: TWO_SWITCHES, updatedAt: LATER });
  expect(await getStudent(db, ana.id)).toEqual(updated);
});

test('settings outside the teacher’s choices are refused and nothing changes', async () => {
  for (const access of [
    { ...TWO_SWITCHES, selectKey: '1' },
    { ...TWO_SWITCHES, scanMs: 100 },
    { ...TWO_SWITCHES, moveKey: 'Escape' },
    { ...TWO_SWITCHES, mode: 'eye-gaze' },
  ]) {
    await expect(updateStudentSettings(db, teacher, ana.id, { access }, LATER)).rejects.toMatchObject({
      code: 'invalid-input',
    });
  }
  expect(await getStudent(db, ana.id)).toEqual(ana);
});

test('access travels in a backup and through sync, checked like the rest of the row', async () => {
  const stored = await updateStudentSettings(db, teacher, ana.id, { access: TWO_SWITCHES }, LATER);
  let other = freshDb();
  dbs.push(other);
  other = (await restoreBackup(other, teacher, await exportBackup(db, teacher, { now: LATER }))).database;
  expect((await other.students.get(ana.id))?.access).toEqual(TWO_SWITCHES);

  const document = documentOf({ t: 'students', v: stored });
  expect(readDocument(document, 1000)).toMatchObject({ kind: 'row', row: { v: { access: TWO_SWITCHES } } });
  const tampered = { ...document, row: { ...stored, access: { ...TWO_SWITCHES, dwellMs: 60_000 } } };
  expect(readDocument(tampered, 1000)).toMatchObject({ kind: 'refused' });
});
