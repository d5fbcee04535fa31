import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { expect, test } from 'vitest';
import { AppDb } from '../../src/db/app-db';
import { wipeDevice } from '../../src/db/repos/device-wipe';
import { completeSetup } from '../../src/db/repos/setup';
import { needsSetup } from '../../src/db/repos/setup-state';

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
