import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { AppDb } from '../../src/db/app-db';
import { eventsOfStudent } from '../../src/db/repos/events';
import { recordEvent } from '../../src/db/repos/record-event';
import { ensureDaySchedule } from '../../src/db/repos/schedule-reads';
import { deviceIdOf } from '../../src/db/repos/settings';
import { closeForNewerVersion } from '../../src/db/version-change';
import { schoolDayOf } from '../../src/domain/time';
import { ANA, aShown, aStart, morning } from '../support/events';

// Two tabs of one browser: two connections to the same database in one IndexedDB.
let indexedDB: IDBFactory;
let name: string;
let opened: (AppDb | IDBDatabase)[];
const connect = () => {
  const db = new AppDb(name, { indexedDB, IDBKeyRange });
  opened.push(db);
  return db;
};

beforeEach(() => {
  indexedDB = new IDBFactory();
  name = `test-${crypto.randomUUID()}`;
  opened = [];
});
afterEach(() => {
  for (const connection of opened) connection.close();
});

/** What a newer app version does in another tab: open the database at a higher version. */
function openNewerVersion(version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onsuccess = () => {
      opened.push(request.result);
      resolve(request.result);
    };
    request.onerror = () => reject(request.error);
  });
}

test('a newer version elsewhere closes this connection for good: it upgrades unblocked, and a later write here is refused in words', async () => {
  const tab = connect();
  let closedCount = 0;
  closeForNewerVersion(tab, () => closedCount++);
  await recordEvent(tab, aShown(ANA, morning(2)));

  // Dexie's native version is its own version times ten.
  const newer = await openNewerVersion(tab.verno * 10 + 10);
  expect(newer.version).toBe(tab.verno * 10 + 10);
  expect(closedCount).toBe(1);
  expect(tab.isOpen()).toBe(false);

  // Old code does not reopen the upgraded database to write in its old shape.
  await expect(recordEvent(tab, aStart(ANA, morning(2, 1)))).rejects.toMatchObject({
    code: 'database-closed',
  });
  // Nor do the reads a tap and the kiosk's start make before they write: they are refused the same way.
  await expect(deviceIdOf(tab, morning(2, 1))).rejects.toMatchObject({ code: 'database-closed' });
  await expect(ensureDaySchedule(tab, ANA, schoolDayOf(morning(2)), morning(2, 1))).rejects.toMatchObject({
    code: 'database-closed',
  });
  expect(tab.isOpen()).toBe(false);

  // After a reload, everything written before is there, and nothing of the refused write.
  newer.close();
  const reloaded = connect();
  expect((await eventsOfStudent(reloaded, ANA)).map((event) => event.type)).toEqual(['step-shown']);
});
