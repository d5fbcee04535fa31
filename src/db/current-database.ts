// Which IndexedDB database holds the app's data. A restore writes a whole new database beside the
// one in use, checks it, and only then names it here in one write (see repos/backup): a crash at
// any moment leaves the old database or the new one in use, each complete, never a mix.
// In localStorage, because the app's database is opened at once, before anything async can run.
// localStorage reaches the disk a moment after it is written, not at once: so a database the
// pointer stopped naming is kept for an hour. If the tablet died in that moment, the pointer
// still names the old database, and the old database is still there, whole. With no pointer at
// all (lost then, on a first restore, or cleared on its own: a browser can clear a damaged
// localStorage and keep IndexedDB), the restored database is found again: the switch also marks
// it as put in use (see `findLostPointer`).
import { ulidTime } from '../domain/ids';
import { FIRST_DATABASE_NAME, isDataDatabaseName, RESTORED_NAME } from './database-names';

export { FIRST_DATABASE_NAME, isDataDatabaseName, restoredDatabaseName } from './database-names';

/** Read by other tabs too: they stop writing when it changes (see instance.ts). */
export const POINTER_KEY = 'on-my-own.database';
/**
 * The device setting a restore's switch writes into the database it puts in use, with the moment:
 * what a lost pointer is found again by. Never in a backup or sync (see isClassroomSetting).
 */
export const IN_USE_SINCE_KEY = 'inUseSince';
/** A database that may still be needed: one a restore may still be writing, or one just replaced. */
const KEEP_FOR_MS = 60 * 60_000;

/** Where the pointer is kept: the browser's localStorage; in tests, a map. */
export type PointerStorage = Pick<Storage, 'getItem' | 'setItem'>;

type Pointer = { name: string; since: number };

/** The browser's localStorage, or nothing where there is none (a test outside a DOM). */
export function browserStorage(): PointerStorage | undefined {
  return typeof localStorage === 'undefined' ? undefined : localStorage;
}

/** The stored pointer, checked like any stored input: anything else reads as no pointer. */
function readPointer(storage: PointerStorage | undefined): Pointer | undefined {
  let stored: unknown;
  try {
    stored = JSON.parse(storage?.getItem(POINTER_KEY) ?? 'null');
  } catch {
    return undefined;
  }
  if (typeof stored !== 'object' || stored === null) return undefined;
  const { name, since } = stored as Record<string, unknown>;
  if (typeof name !== 'string' || !isDataDatabaseName(name)) return undefined;
  if (typeof since !== 'number' || !Number.isFinite(since)) return undefined;
  return { name, since };
}

/** The name of the database in use: the one the pointer names, else the first. */
export function currentDatabaseName(storage = browserStorage()): string {
  return readPointer(storage)?.name ?? FIRST_DATABASE_NAME;
}

/** Makes `name` the database in use from the next start on, in one write. */
export function pointToDatabase(name: string, now: number, storage = browserStorage()): void {
  if (!isDataDatabaseName(name)) throw new Error(`not a database of the app: ${name}`);
  if (!storage) throw new Error('no storage for the database pointer');
  storage.setItem(POINTER_KEY, JSON.stringify({ name, since: now } satisfies Pointer));
}

/**
 * Deletes the app's databases that are not the one in use, once nothing may need them: an hour
 * after the pointer last changed (see the top of this file), and, for a restore's database, an
 * hour after it was begun (younger, another tab may still be writing it). Without a pointer
 * nothing is deleted: a pointer lost or damaged must not cost the data it named. Nor by a tab
 * whose database the pointer no longer names (it loaded before another tab's restore, and slept):
 * the database it would keep is the replaced one, and the one it would delete the one in use.
 * `everyOther` deletes them all at once, as erasing the tablet does.
 */
export async function deleteOtherDatabases(
  inUse: string,
  now: number,
  options: { factory: IDBFactory; storage?: PointerStorage | undefined; everyOther?: boolean },
): Promise<string[]> {
  const { factory, everyOther = false } = options;
  const pointer = readPointer(options.storage ?? browserStorage());
  if (!everyOther && (!pointer || pointer.name !== inUse || now - pointer.since < KEEP_FOR_MS)) return [];
  const deleted: string[] = [];
  for (const { name } of await factory.databases()) {
    if (name === undefined || name === inUse || !isDataDatabaseName(name)) continue;
    const begunAt = RESTORED_NAME.exec(name)?.[1];
    if (!everyOther && begunAt !== undefined && now - ulidTime(begunAt) < KEEP_FOR_MS) continue;
    await resultOf(factory.deleteDatabase(name));
    deleted.push(name);
  }
  return deleted;
}

/** An IndexedDB request's result, or its error thrown. */
function resultOf<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** The `inUseSince` a database holds, read without Dexie; undefined if none, or on any failure. */
async function inUseSince(factory: IDBFactory, name: string): Promise<number | undefined> {
  const opening = factory.open(name);
  // Listed a moment ago, gone since: opening would make it anew, empty. Made, it is given up.
  opening.onupgradeneeded = () => opening.transaction?.abort();
  const database = await resultOf(opening).catch(() => undefined);
  if (!database) return undefined;
  try {
    if (!database.objectStoreNames.contains('settings')) return undefined;
    const row: unknown = await resultOf(
      database.transaction('settings').objectStore('settings').get(IN_USE_SINCE_KEY),
    );
    const value = typeof row === 'object' && row !== null ? (row as { value?: unknown }).value : undefined;
    return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
  } catch {
    return undefined;
  } finally {
    database.close();
  }
}

/**
 * With no pointer, but a restored database that a restore's switch put in use: the pointer was
 * lost on its own, for the switch always writes it. Points to that database again (the one put in
 * use last) and names it, for the app to start again on it; else undefined, and nothing changes.
 * A restore written but never switched to (stopped, or not confirmed) carries no mark.
 */
export async function findLostPointer(
  factory: IDBFactory,
  storage: PointerStorage | undefined = browserStorage(),
): Promise<string | undefined> {
  if (!storage || readPointer(storage) || typeof factory.databases !== 'function') return undefined;
  let found: { name: string; since: number } | undefined;
  for (const { name } of await factory.databases()) {
    if (name === undefined || !RESTORED_NAME.test(name)) continue;
    const since = await inUseSince(factory, name);
    // The later switch; at one moment, the later restore (its name says when it was begun).
    const later =
      found && (since === found.since ? name > found.name : since !== undefined && since > found.since);
    if (since !== undefined && (!found || later)) found = { name, since };
  }
  if (!found) return undefined;
  pointToDatabase(found.name, Date.now(), storage);
  // Read back: a storage that does not keep it must not make the app start again and again.
  return currentDatabaseName(storage) === found.name ? found.name : undefined;
}
