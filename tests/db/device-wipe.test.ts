import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { expect, test } from 'vitest';
import { AppDb } from '../../src/db/app-db';
import { restoredDatabaseName } from '../../src/db/current-database';
import { wipeDevice } from '../../src/db/repos/device-wipe';
import { completeSetup } from '../../src/db/repos/setup';
import { needsSetup } from '../../src/db/repos/setup-state';
import { newStudent } from '../../src/db/repos/students';
import { ulid } from '../../src/domain/ids';

const NOW = Date.UTC(2026, 8, 1, 7, 30);

test('a teacher erasing the tablet deletes the whole database, so the app starts at setup with nothing in it', async () => {
  const indexedDB = new IDBFactory();
  const db = new AppDb('wipe', { indexedDB, IDBKeyRange });
  const { session } = await completeSetup(
    db,
    { teacherName: 'Ms. Rivera', pin: '2468', studentName: 'Ana' },
    NOW,
  );
  await db.settings.put({ key: 'storagePersisted', value: true });

  await wipeDevice(db, { session });

  const reopened = new AppDb('wipe', { indexedDB, IDBKeyRange });
  expect(await needsSetup(reopened)).toBe(true);
  const counts = await Promise.all(reopened.tables.map((table) => table.count()));
  expect(counts.every((count) => count === 0)).toBe(true);
});

test('erasing the tablet also deletes a database a restore replaced or left half written', async () => {
  const indexedDB = new IDBFactory();
  const db = new AppDb('on-my-own', { indexedDB, IDBKeyRange });
  const { session } = await completeSetup(
    db,
    { teacherName: 'Ms. Rivera', pin: '2468', studentName: 'Ana' },
    NOW,
  );
  // A restore's database from a minute ago, never switched to (the tablet crashed then).
  const leftOver = new AppDb(restoredDatabaseName(ulid(Date.now() - 60_000)), { indexedDB, IDBKeyRange });
  await leftOver.students.add(newStudent({ name: 'Ben' }, NOW));
  leftOver.close();

  await wipeDevice(db, { session });

  const names = (await indexedDB.databases()).map((database) => database.name);
  expect(names).not.toContain(leftOver.name);
});
