import { beforeEach, expect, test } from 'vitest';
import type { AppDb } from '../../src/db/app-db';
import { deviceIdOf, readSetting, writeSetting } from '../../src/db/repos/settings';
import { isUlid } from '../../src/domain/ids';
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

test('a stored setting that does not fit its schema reads as absent', async () => {
  await writeSetting(db, 'storagePersisted', true);
  expect(await readSetting(db, 'storagePersisted')).toBe(true);

  await db.settings.put({ key: 'storagePersisted', value: 'yes please' });
  await db.settings.put({ key: 'kioskStudentId', value: { $where: 'x' } });

  expect(await readSetting(db, 'storagePersisted')).toBeUndefined();
  expect(await readSetting(db, 'kioskStudentId')).toBeUndefined();
});
