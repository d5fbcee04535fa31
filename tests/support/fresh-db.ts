import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { vi } from 'vitest';
import { AppDb } from '../../src/db/app-db';
import { currentDatabaseName, type PointerStorage } from '../../src/db/current-database';

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

/**
 * A tablet's first database in an IndexedDB and a localStorage for the pointer of its own, as a
 * browser starts the app: for tests of which database is in use (restores, upkeep).
 */
export function tabletOfItsOwn(): { factory: IDBFactory; storage: PointerStorage; db: AppDb } {
  const factory = new IDBFactory();
  const storage = memoryStorage();
  const db = new AppDb(currentDatabaseName(storage), {
    indexedDB: factory,
    IDBKeyRange,
    pointerStorage: storage,
  });
  return { factory, storage, db };
}

/** The names of the databases an IndexedDB holds, sorted. */
export const databaseNamesIn = async (factory: IDBFactory): Promise<string[]> =>
  (await factory.databases()).flatMap((database) => database.name ?? []).sort();

/**
 * The browser's localStorage for a test in Node, which has none (the kiosk keeps its last screen
 * there); its items, to read. Undone by `vi.unstubAllGlobals()`.
 */
export function stubLocalStorage(): Map<string, string> {
  const items = new Map<string, string>();
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => items.set(key, value),
    removeItem: (key: string) => items.delete(key),
  });
  return items;
}
