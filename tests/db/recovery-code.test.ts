import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, expect, test } from 'vitest';
import { AppDb } from '../../src/db/app-db';
import { wipeDevice } from '../../src/db/repos/device-wipe';
import {
  hasRecoveryCode,
  makeRecoveryCode,
  recoveryWait,
  resetPinWithRecoveryCode,
} from '../../src/db/repos/recovery-code';
import { completeSetup } from '../../src/db/repos/setup';
import { needsSetup } from '../../src/db/repos/setup-state';
import { signIn } from '../../src/db/repos/staff';
import { addStudent } from '../../src/db/repos/students';
import type { AdultSession } from '../../src/domain/people';
import { FREE_FAILURES, LOCK_AFTER_FAILURES } from '../../src/domain/pin-lockout';
import { normalizeRecoveryCode } from '../../src/domain/recovery-code';

const NOW = Date.UTC(2026, 8, 1, 7, 30);
const WRONG = '2222-2222-2222-2222';
let indexedDB: IDBFactory;
let db: AppDb;
let teacher: AdultSession;
let code: string;

const connect = () => new AppDb('recovery', { indexedDB, IDBKeyRange });

beforeEach(async () => {
  indexedDB = new IDBFactory();
  db = connect();
  const setup = await completeSetup(db, { teacherName: 'Ms. Rivera', pin: '2468', studentName: 'Ana' }, NOW);
  teacher = setup.session;
  code = setup.recoveryCode;
});

test('setup makes a recovery code, shown once and stored only as a hash', async () => {
  expect(normalizeRecoveryCode(code)).toBe(code);
  expect(await hasRecoveryCode(db)).toBe(true);
  const stored = JSON.stringify(await db.settings.toArray());
  expect(stored).not.toContain(code);
  expect(stored).not.toContain(code.replaceAll('-', ''));
});

test('the code sets a new teacher PIN and keeps every record; it is then spent', async () => {
  await addStudent(db, teacher, { name: 'Ben' }, NOW);
  const before = await db.students.count();

  const session = await resetPinWithRecoveryCode(
    db,
    { code: code.toLowerCase().replaceAll('-', ' '), staffId: teacher.staffId, pin: '1357' },
    NOW,
  );

  expect(session).toEqual(teacher);
  expect(await db.students.count()).toBe(before);
  await expect(signIn(db, teacher.staffId, '2468', NOW)).rejects.toMatchObject({ code: 'wrong-pin' });
  await expect(signIn(db, teacher.staffId, '1357', NOW)).resolves.toEqual(teacher);
  // A used code no longer works, so the adult area asks for a new one.
  expect(await hasRecoveryCode(db)).toBe(false);
  await expect(
    resetPinWithRecoveryCode(db, { code, staffId: teacher.staffId, pin: '9999' }, NOW),
  ).rejects.toMatchObject({ code: 'recovery-code-missing' });
});

test('a new code from Settings replaces the old one', async () => {
  const fresh = await makeRecoveryCode(db, teacher);
  expect(fresh).not.toBe(code);
  await expect(
    resetPinWithRecoveryCode(db, { code, staffId: teacher.staffId, pin: '1357' }, NOW),
  ).rejects.toMatchObject({ code: 'recovery-code-wrong' });
  await expect(
    resetPinWithRecoveryCode(db, { code: fresh, staffId: teacher.staffId, pin: '1357' }, NOW + 1),
  ).resolves.toEqual(teacher);
});

test('wrong codes are throttled like PINs, across reloads, and then even the right code waits', async () => {
  const attempt = (typed: string, at: number) =>
    resetPinWithRecoveryCode(db, { code: typed, staffId: teacher.staffId, pin: '1357' }, at);
  for (let i = 0; i < FREE_FAILURES; i++) {
    await expect(attempt(WRONG, NOW)).rejects.toMatchObject({ code: 'recovery-code-wrong' });
  }
  await expect(attempt(WRONG, NOW)).rejects.toMatchObject({ code: 'recovery-code-wrong' });
  db = connect();
  await expect(attempt(code, NOW + 1_000)).rejects.toMatchObject({ code: 'recovery-wait' });
  expect((await recoveryWait(db, NOW + 1_000))?.remainingMs).toBe(4_000);
  // The PIN counts are not touched: the teacher's PIN still works at once.
  await expect(signIn(db, teacher.staffId, '2468', NOW + 1_000)).resolves.toEqual(teacher);

  let at = NOW;
  for (let i = FREE_FAILURES + 1; i < LOCK_AFTER_FAILURES; i++) {
    at += 60 * 60_000;
    await expect(attempt(WRONG, at)).rejects.toMatchObject({ code: 'recovery-code-wrong' });
  }
  await expect(attempt(code, at + 1_000)).rejects.toMatchObject({ code: 'recovery-locked' });
  await expect(attempt(code, at + 15 * 60_000)).resolves.toEqual(teacher);
});

test('only a teacher’s PIN is reset with the code', async () => {
  await expect(
    resetPinWithRecoveryCode(db, { code, staffId: 'nobody' as AdultSession['staffId'], pin: '1357' }, NOW),
  ).rejects.toMatchObject({ code: 'not-allowed' });
});

test('erasing needs a teacher session or the recovery code', async () => {
  const para: AdultSession = { ...teacher, role: 'para' };
  await expect(wipeDevice(db, { session: undefined })).rejects.toMatchObject({ code: 'not-allowed' });
  await expect(wipeDevice(db, { session: para })).rejects.toMatchObject({ code: 'not-allowed' });
  await expect(wipeDevice(db, { recoveryCode: WRONG, now: NOW })).rejects.toMatchObject({
    code: 'recovery-code-wrong',
  });
  expect(await db.students.count()).toBe(1);

  await wipeDevice(db, { recoveryCode: code, now: NOW });
  expect(await needsSetup(connect())).toBe(true);
});
