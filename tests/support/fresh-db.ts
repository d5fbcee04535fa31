import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { AppDb } from '../../src/db/app-db';
import type { PointerStorage } from '../../src/db/current-database';

/** A localStorage of a test's own, for the pointer to the database in use. */
export function memoryStorage(): PointerStorage {
  const items = new Map<string, string>();
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

/** A new, empty database of its own for each test, in an IndexedDB and a localStorage of its own. */
export function freshDb(): AppDb {
  return new AppDb(`test-${crypto.randomUUID()}`, {
    indexedDB: new IDBFactory(),
    IDBKeyRange,
    pointerStorage: memoryStorage(),
  });
}
