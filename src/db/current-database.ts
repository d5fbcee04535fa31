// Which IndexedDB database holds the app's data. A restore writes a whole new database beside the
// one in use, checks it, and only then names it here in one write (see repos/backup): a crash at
// any moment leaves the old database or the new one in use, each complete, never a mix.
// In localStorage, because the app's database is opened at once, before anything async can run.
// localStorage reaches the disk a moment after it is written, not at once: so a database the
// pointer stopped naming is kept for an hour. If the tablet died in that moment, the pointer
// still names the old database, and the old database is still there, whole.
import { ulidTime } from '../domain/ids';
import { FIRST_DATABASE_NAME, isDataDatabaseName, RESTORED_NAME } from './database-names';

export { FIRST_DATABASE_NAME, isDataDatabaseName, restoredDatabaseName } from './database-names';

/** Read by other tabs too: they stop writing when it changes (see instance.ts). */
export const POINTER_KEY = 'on-my-own.database';
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
    await new Promise<void>((resolve, reject) => {
      const request = factory.deleteDatabase(name);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    });
    deleted.push(name);
  }
  return deleted;
}
