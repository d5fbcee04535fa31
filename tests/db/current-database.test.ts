import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { AppDb } from '../../src/db/app-db';
import {
  currentDatabaseName,
  deleteOtherDatabases,
  FIRST_DATABASE_NAME,
  pointToDatabase,
  restoredDatabaseName,
} from '../../src/db/current-database';
import { prepareRestore, switchToRestored } from '../../src/db/repos/backup';
import { exportBackup } from '../../src/db/repos/backup-export';
import { ulid } from '../../src/domain/ids';
import { seedClassroom } from '../support/classroom';
import { classroomDump } from '../support/full-dump';

const NOW = Date.UTC(2026, 8, 7, 12);
const HOUR = 60 * 60_000;

const namesIn = async (factory: IDBFactory) =>
  (await factory.databases()).flatMap((database) => database.name ?? []).sort();

describe('the database in use', () => {
  test('is the first one until a restore names another; a stored name that is not the app’s is ignored', async () => {
    const factory = new IDBFactory();
    expect(await currentDatabaseName(factory)).toBe(FIRST_DATABASE_NAME);
    const restored = restoredDatabaseName(ulid(NOW));
    await pointToDatabase(restored, factory);
    expect(await currentDatabaseName(factory)).toBe(restored);
    await expect(pointToDatabase('someone-else', factory)).rejects.toThrow();

    // Stored by hand, as a changed profile could hold it.
    const open = factory.open('on-my-own-pointer', 1);
    const pointer = await new Promise<IDBDatabase>((resolve) => {
      open.onsuccess = () => resolve(open.result);
    });
    const write = pointer.transaction('pointer', 'readwrite');
    write.objectStore('pointer').put('other-app', 'current');
    await new Promise((resolve) => {
      write.oncomplete = resolve;
    });
    pointer.close();
    expect(await currentDatabaseName(factory)).toBe(FIRST_DATABASE_NAME);
  });

  test('a restore stopped before its switch leaves the old database in use, whole; its half is deleted after an hour', async () => {
    const factory = new IDBFactory();
    const db = new AppDb(FIRST_DATABASE_NAME, { indexedDB: factory, IDBKeyRange });
    const { teacher } = await seedClassroom(db, NOW);
    const file = await exportBackup(db, teacher, { now: NOW });
    const before = await classroomDump(db);

    // Written and checked, then the tablet "crashed": nothing named it.
    const prepared = await prepareRestore(db, teacher, file);
    expect(await currentDatabaseName(factory)).toBe(FIRST_DATABASE_NAME);
    expect(await classroomDump(db)).toEqual(before);
    prepared.database.close();

    // Another tab may still be writing a young one: it stays; an hour later it goes.
    expect(await deleteOtherDatabases(FIRST_DATABASE_NAME, Date.now(), { factory })).toEqual([]);
    expect(await deleteOtherDatabases(FIRST_DATABASE_NAME, Date.now() + HOUR, { factory })).toEqual([
      prepared.database.name,
    ]);
    expect(await namesIn(factory)).toEqual([FIRST_DATABASE_NAME, 'on-my-own-pointer']);
    expect(await classroomDump(db)).toEqual(before);
  });

  test('after the switch the restored database is in use, and the one it replaced is deleted', async () => {
    const factory = new IDBFactory();
    const db = new AppDb(FIRST_DATABASE_NAME, { indexedDB: factory, IDBKeyRange });
    const { teacher } = await seedClassroom(db, NOW);
    const file = await exportBackup(db, teacher, { now: NOW });
    const before = await classroomDump(db);
    // Some other site's database in the same browser profile is never touched.
    await new AppDb('not-ours', { indexedDB: factory, IDBKeyRange }).open();

    const { database } = await switchToRestored(db, teacher, await prepareRestore(db, teacher, file));

    expect(await currentDatabaseName(factory)).toBe(database.name);
    expect(await classroomDump(database)).toEqual(before);
    expect(await namesIn(factory)).toEqual([database.name, 'not-ours', 'on-my-own-pointer'].sort());
    expect(await deleteOtherDatabases(database.name, Date.now() + HOUR, { factory })).toEqual([]);
  });
});
