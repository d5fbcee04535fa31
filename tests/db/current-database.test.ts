import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, test, vi } from 'vitest';
import { AppDb } from '../../src/db/app-db';
import {
  currentDatabaseName,
  deleteOtherDatabases,
  FIRST_DATABASE_NAME,
  findLostPointer,
  POINTER_KEY,
  pointToDatabase,
  restoredDatabaseName,
} from '../../src/db/current-database';
import { DATABASE_LIST_WAIT_MS, holdsNoAppDatabase } from '../../src/db/database-names';
import { prepareRestore, restoreBackup, switchToRestored } from '../../src/db/repos/backup';
import { exportBackup } from '../../src/db/repos/backup-export';
import { ulid } from '../../src/domain/ids';
import { seedClassroom } from '../support/classroom';
import { databaseNamesIn, memoryStorage, tabletOfItsOwn } from '../support/fresh-db';
import { classroomDump } from '../support/full-dump';

const NOW = Date.UTC(2026, 8, 7, 12);
const HOUR = 60 * 60_000;

/** A tablet's first database, with a classroom and its backup. */
async function tablet() {
  const { factory, storage, db } = tabletOfItsOwn();
  const { teacher } = await seedClassroom(db, NOW);
  return { factory, storage, db, teacher, file: await exportBackup(db, teacher, { now: NOW }) };
}

describe('the database in use', () => {
  test('is the first one until a restore names another; a stored pointer that is not the app’s is ignored', () => {
    const storage = memoryStorage();
    expect(currentDatabaseName(storage)).toBe(FIRST_DATABASE_NAME);
    const restored = restoredDatabaseName(ulid(NOW));
    pointToDatabase(restored, NOW, storage);
    expect(currentDatabaseName(storage)).toBe(restored);
    expect(() => pointToDatabase('someone-else', NOW, storage)).toThrow();

    for (const hostile of [
      '{',
      '"on-my-own"',
      '{"name":"other-app","since":1}',
      '{"name":"on-my-own-x","since":1}',
    ]) {
      storage.setItem(POINTER_KEY, hostile);
      expect(currentDatabaseName(storage)).toBe(FIRST_DATABASE_NAME);
    }
  });

  test('a restore stopped before its switch leaves the old database in use, whole; its half goes an hour after a later restore', async () => {
    const { factory, storage, db, teacher, file } = await tablet();
    const before = await classroomDump(db);

    // Written and checked, then the tablet "crashed": nothing named it.
    const stopped = await prepareRestore(db, teacher, file);
    stopped.database.close();
    expect(currentDatabaseName(storage)).toBe(FIRST_DATABASE_NAME);
    expect(await classroomDump(db)).toEqual(before);
    // Without a pointer nothing is deleted, whatever its age: a lost pointer must not cost data.
    expect(await deleteOtherDatabases(db.name, Date.now() + HOUR, { factory, storage })).toEqual([]);

    const { database } = await restoreBackup(db, teacher, file);
    // Had the pointer not reached the disk before a crash, the old database would be in use again.
    expect(await deleteOtherDatabases(database.name, Date.now(), { factory, storage })).toEqual([]);
    expect(
      (await deleteOtherDatabases(database.name, Date.now() + HOUR, { factory, storage })).sort(),
    ).toEqual([FIRST_DATABASE_NAME, stopped.database.name].sort());
    expect(await databaseNamesIn(factory)).toEqual([database.name]);
    expect(await classroomDump(database)).toEqual(before);
  });

  test('after the switch the restored database is in use; the one it replaced is kept an hour, then deleted', async () => {
    const { factory, storage, db, teacher, file } = await tablet();
    const before = await classroomDump(db);
    // Some other database of the same origin is never touched.
    await new AppDb('not-ours', { indexedDB: factory, IDBKeyRange }).open();

    const { database } = await switchToRestored(db, teacher, await prepareRestore(db, teacher, file));

    expect(currentDatabaseName(storage)).toBe(database.name);
    expect(await classroomDump(database)).toEqual(before);
    // Had the pointer not reached the disk before a crash, the old database would be in use again.
    expect(await deleteOtherDatabases(database.name, Date.now(), { factory, storage })).toEqual([]);
    expect(await databaseNamesIn(factory)).toEqual([database.name, FIRST_DATABASE_NAME, 'not-ours'].sort());
    expect(await deleteOtherDatabases(database.name, Date.now() + HOUR, { factory, storage })).toEqual([
      FIRST_DATABASE_NAME,
    ]);
    expect(await classroomDump(database)).toEqual(before);
  });

  test('a tab that loaded before another tab’s restore, and runs its upkeep hours late, deletes nothing', async () => {
    const { factory, storage, db, teacher, file } = await tablet();
    // The sleeping tab knows only the database it loaded.
    const loadedOn = db.name;
    const { database } = await restoreBackup(db, teacher, file);
    expect(await deleteOtherDatabases(loadedOn, Date.now() + 2 * HOUR, { factory, storage })).toEqual([]);
    expect(await databaseNamesIn(factory)).toEqual([database.name, FIRST_DATABASE_NAME].sort());
    // The tab in use on the restored database deletes the replaced one, as always.
    expect(await deleteOtherDatabases(database.name, Date.now() + 2 * HOUR, { factory, storage })).toEqual([
      FIRST_DATABASE_NAME,
    ]);
  });
});

describe('a pointer lost on its own (localStorage cleared, IndexedDB kept)', () => {
  test('is found again: the restored database put in use last, not one written and never switched to', async () => {
    const { factory, db, teacher, file } = await tablet();
    const before = await classroomDump(db);
    const first = await restoreBackup(db, teacher, file);
    const later = Date.now() + HOUR;
    vi.spyOn(Date, 'now').mockReturnValue(later);
    const second = await restoreBackup(first.database, teacher, file);
    const notSwitched = await prepareRestore(second.database, teacher, file);
    notSwitched.database.close();
    vi.restoreAllMocks();

    const lost = memoryStorage();
    expect(currentDatabaseName(lost)).toBe(FIRST_DATABASE_NAME);
    expect(await findLostPointer(factory, lost)).toBe(second.database.name);
    expect(currentDatabaseName(lost)).toBe(second.database.name);
    expect(await classroomDump(second.database)).toEqual(before);
    // Found, it is a pointer like any other: the databases it does not name go an hour later.
    expect(
      (await deleteOtherDatabases(second.database.name, later + HOUR, { factory, storage: lost })).sort(),
    ).toEqual([FIRST_DATABASE_NAME, first.database.name, notSwitched.database.name].sort());
  });

  test('is not looked for where a pointer is kept, nor found on a tablet never restored', async () => {
    const { factory, storage, db, teacher, file } = await tablet();
    const lost = memoryStorage();
    expect(await findLostPointer(factory, lost)).toBeUndefined();
    expect(currentDatabaseName(lost)).toBe(FIRST_DATABASE_NAME);
    // Written and checked, never switched to: no mark, so the first database stays in use.
    (await prepareRestore(db, teacher, file)).database.close();
    expect(await findLostPointer(factory, lost)).toBeUndefined();
    expect(currentDatabaseName(lost)).toBe(FIRST_DATABASE_NAME);

    const { database } = await restoreBackup(db, teacher, file);
    const kept = storage.getItem(POINTER_KEY);
    expect(await findLostPointer(factory, storage)).toBeUndefined();
    expect(storage.getItem(POINTER_KEY)).toBe(kept);
    expect(currentDatabaseName(storage)).toBe(database.name);
  });

  test('is not written where the storage does not keep it, so the app does not start again and again', async () => {
    const { factory, db, teacher, file } = await tablet();
    await restoreBackup(db, teacher, file);
    const forgetful = { getItem: () => null, setItem: () => undefined };
    expect(await findLostPointer(factory, forgetful)).toBeUndefined();
  });
});

describe('a browser that holds none of the app’s databases', () => {
  const open = async (factory: IDBFactory, name: string) => {
    const database = new AppDb(name, { indexedDB: factory, IDBKeyRange, pointerStorage: memoryStorage() });
    await database.open();
    database.close();
  };

  test('is a new tablet until a database of the app exists, the first one or a restored one', async () => {
    const factory = new IDBFactory();
    expect(await holdsNoAppDatabase(factory)).toBe(true);
    // Another app's database on the same origin (the service worker's, say) is not the app's data.
    await new Promise<void>((resolve, reject) => {
      const request = factory.open('workbox-expiration');
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    expect(await holdsNoAppDatabase(factory)).toBe(true);

    await open(factory, FIRST_DATABASE_NAME);
    expect(await holdsNoAppDatabase(factory)).toBe(false);

    const restoredOnly = new IDBFactory();
    await open(restoredOnly, restoredDatabaseName(ulid(NOW)));
    expect(await holdsNoAppDatabase(restoredOnly)).toBe(false);
  });

  test('is never assumed where the browser cannot list its databases', async () => {
    const factory = new IDBFactory();
    const refusing = Object.assign(Object.create(factory) as IDBFactory, {
      databases: () => Promise.reject(new Error('refused')),
    });
    expect(await holdsNoAppDatabase(refusing)).toBe(false);
    const unlisted = Object.assign(Object.create(factory) as IDBFactory, { databases: undefined });
    expect(await holdsNoAppDatabase(unlisted)).toBe(false);
  });

  test('is not assumed when the browser does not answer in time, so the page never waits for good', async () => {
    vi.useFakeTimers();
    try {
      const silent = Object.assign(Object.create(new IDBFactory()) as IDBFactory, {
        databases: () => new Promise<IDBDatabaseInfo[]>(() => undefined),
      });
      const answer = holdsNoAppDatabase(silent);
      await vi.advanceTimersByTimeAsync(DATABASE_LIST_WAIT_MS);
      expect(await answer).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});
