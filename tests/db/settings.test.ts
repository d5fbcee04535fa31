import { IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, expect, test, vi } from 'vitest';
import { AppDb } from '../../src/db/app-db';
import { changeSetting, deviceIdOf, readSetting, writeSetting } from '../../src/db/repos/settings';
import type { StaffId } from '../../src/domain/ids';
import { isUlid } from '../../src/domain/ids';
import type { AdultSession } from '../../src/domain/people';
import { freshDb } from '../support/fresh-db';

let db: AppDb;
beforeEach(() => {
  db = freshDb();
});

test('the device id is made once and then kept', async () => {
  const first = await deviceIdOf(db, Date.UTC(2026, 8, 1));
  const second = await deviceIdOf(db, Date.UTC(2026, 8, 2));

  expect(isUlid(first)).toBe(true);
  expect(second).toBe(first);
});

test('once made, the device id is neither written nor read again by the connection (each tap asks for it)', async () => {
  const made = await deviceIdOf(db, Date.UTC(2026, 8, 1));
  const transactions = vi.spyOn(db, 'transaction');
  const reads = vi.spyOn(db.settings, 'get');

  expect(await deviceIdOf(db, Date.UTC(2026, 8, 2))).toBe(made);
  expect(transactions).not.toHaveBeenCalled();
  expect(reads).not.toHaveBeenCalled();
});

test('another connection to the same database reads the same device id', async () => {
  const made = await deviceIdOf(db, Date.UTC(2026, 8, 1));
  const other = new AppDb(db.name, { indexedDB: db.factory, IDBKeyRange });

  expect(await deviceIdOf(other, Date.UTC(2026, 8, 2))).toBe(made);
  other.close();
});

test('a stored setting that does not fit its schema reads as absent', async () => {
  await writeSetting(db, 'storagePersisted', true);
  expect(await readSetting(db, 'storagePersisted')).toBe(true);

  await db.settings.put({ key: 'storagePersisted', value: 'yes please' });
  await db.settings.put({ key: 'kioskStudentId', value: { $where: 'x' } });

  expect(await readSetting(db, 'storagePersisted')).toBeUndefined();
  expect(await readSetting(db, 'kioskStudentId')).toBeUndefined();
});

test('each setting reads back only a value of its own kind', async () => {
  const stored: [string, unknown, unknown][] = [
    ['deviceId', '01K00000000000000000000000', '01K00000000000000000000000'],
    ['deviceId', 'not-an-id', undefined],
    ['kioskStudentId', null, null],
    ['kioskStudentId', 12, undefined],
    ['adultLocale', 'es', 'es'],
    ['classroomLocale', 'fr', undefined],
    ['lastBackupAt', 0, 0],
    ['lastBackupAt', -1, undefined],
    ['lastBackupAt', Number.NaN, undefined],
    ['backupReminderDays', 7, 7],
    ['backupReminderDays', 0, undefined],
    ['backupReminderDays', 2.5, undefined],
    ['adultIdleMinutes', 10_000, undefined],
    [
      'promptLevels',
      { gestural: { name: '  Point  ', shown: true } },
      { gestural: { name: 'Point', shown: true } },
    ],
    ['promptLevels', { telepathic: { shown: true } }, undefined],
  ];
  for (const [key, value, read] of stored) {
    await db.settings.put({ key, value });
    expect(
      await readSetting(db, key as Parameters<typeof readSetting>[1]),
      `${key}: ${String(value)}`,
    ).toEqual(read);
  }
});

test('a teacher cannot save a value that is not of the setting, and nothing is written', async () => {
  const teacher: AdultSession = {
    staffId: '01K000000000000000000000T1' as StaffId,
    role: 'teacher',
    name: 'Ms. Rivera',
  };
  await changeSetting(db, teacher, 'backupReminderDays', 14);

  await expect(changeSetting(db, teacher, 'backupReminderDays', 0)).rejects.toMatchObject({
    code: 'invalid-input',
  });
  expect(await readSetting(db, 'backupReminderDays')).toBe(14);
});
