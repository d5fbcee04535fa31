import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { AppDb } from '../../src/db/app-db';
import { pinWaitOf, readPinAttempts, writePinAttempts } from '../../src/db/repos/pin-attempts';
import { completeSetup } from '../../src/db/repos/setup';
import { addStaff, signIn } from '../../src/db/repos/staff';
import type { StaffId } from '../../src/domain/ids';
import { LOCK_MS } from '../../src/domain/pin-lockout';

const NOW = Date.UTC(2026, 8, 1, 7, 30);
const TEACHER_PIN = '2468';
let indexedDB: IDBFactory;
let db: AppDb;
let teacher: StaffId;

/** A connection to this test's database, as a reloaded page would open it. */
const connect = () => new AppDb('pin-lockout', { indexedDB, IDBKeyRange });

beforeEach(async () => {
  indexedDB = new IDBFactory();
  db = connect();
  const { session } = await completeSetup(
    db,
    { teacherName: 'Ms. Rivera', pin: TEACHER_PIN, studentName: 'Ana' },
    NOW,
  );
  teacher = session.staffId;
});

const wrong = (at: number) =>
  expect(signIn(db, teacher, '1111', at)).rejects.toMatchObject({ code: 'wrong-pin' });

describe('signing in after wrong PINs', () => {
  test('after three wrong PINs even the right one is refused for 5 seconds, then accepted', async () => {
    await wrong(NOW);
    await wrong(NOW + 1_000);
    await wrong(NOW + 2_000);

    await expect(signIn(db, teacher, TEACHER_PIN, NOW + 2_000 + 4_999)).rejects.toMatchObject({
      code: 'pin-wait',
      params: { seconds: 1 },
    });
    await expect(signIn(db, teacher, TEACHER_PIN, NOW + 2_000 + 5_000)).resolves.toMatchObject({
      role: 'teacher',
    });
  });

  test('the count is kept on disk: a new connection to the same database still waits', async () => {
    await wrong(NOW);
    await wrong(NOW);
    await wrong(NOW);

    db.close();
    const reopened = connect();
    expect(await pinWaitOf(reopened, teacher, NOW + 1_000)).toEqual({ remainingMs: 4_000, locked: false });
    await expect(signIn(reopened, teacher, TEACHER_PIN, NOW + 1_000)).rejects.toMatchObject({
      code: 'pin-wait',
    });
  });

  test('after ten wrong PINs the right PIN is refused for 15 minutes', async () => {
    await writePinAttempts(db, { [teacher]: { failures: 9, lastFailedAt: NOW - LOCK_MS } });
    await wrong(NOW);

    await expect(signIn(db, teacher, TEACHER_PIN, NOW + 14 * 60_000)).rejects.toMatchObject({
      code: 'pin-locked',
      params: { minutes: 1 },
    });
    await expect(signIn(db, teacher, TEACHER_PIN, NOW + LOCK_MS)).resolves.toMatchObject({ role: 'teacher' });
  });

  test('a right PIN starts the count again', async () => {
    await wrong(NOW);
    await wrong(NOW);
    await signIn(db, teacher, TEACHER_PIN, NOW);

    expect(await readPinAttempts(db)).toEqual({});
    await wrong(NOW);
    expect(await pinWaitOf(db, teacher, NOW)).toBeUndefined();
  });

  test('one adult’s wrong PINs do not keep another adult out', async () => {
    const session = await signIn(db, teacher, TEACHER_PIN, NOW);
    const para = await addStaff(db, session, { name: 'Mr. Lee', role: 'para', pin: '1357' }, NOW);
    await wrong(NOW);
    await wrong(NOW);
    await wrong(NOW);

    await expect(signIn(db, para.id, '1357', NOW)).resolves.toMatchObject({ role: 'para' });
  });

  test('attempts started together are each counted, so they cannot slip past the wait', async () => {
    const results = await Promise.allSettled(
      ['1111', '2222', '3333', '4444', TEACHER_PIN].map((pin) => signIn(db, teacher, pin, NOW)),
    );

    const refusedByWait = results.filter(
      (result) => result.status === 'rejected' && (result.reason as { code?: string }).code === 'pin-wait',
    );
    expect(refusedByWait.length).toBeGreaterThanOrEqual(2);
  });
});

describe('a full disk', () => {
  test('when the attempt cannot be counted, sign-in is refused in words, the right PIN too, and nothing is counted', async () => {
    await wrong(NOW);
    const full = vi
      .spyOn(db.settings, 'put')
      .mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    for (const pin of ['1111', TEACHER_PIN]) {
      await expect(signIn(db, teacher, pin, NOW + 1_000)).rejects.toMatchObject({
        code: 'pin-count-unsaved',
      });
    }
    full.mockRestore();
    expect(await readPinAttempts(db)).toEqual({ [teacher]: { failures: 1, lastFailedAt: NOW } });
    // With space again, the count goes on where it was: the refused attempts gave nothing away.
    await expect(signIn(db, teacher, TEACHER_PIN, NOW + 2_000)).resolves.toMatchObject({ role: 'teacher' });
  });
});
