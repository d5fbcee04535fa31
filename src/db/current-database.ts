// Which IndexedDB database holds the app's data. A restore writes a whole new database beside the
// one in use, checks it, and only then names it here in one durable write (see repos/backup): a
// crash at any moment leaves the old database or the new one in use, each complete, never a mix.
// Raw IndexedDB, not Dexie: the name is needed before the app's database can be opened.
import { ulidTime } from '../domain/ids';

/** The database of every tablet set up before restores switched databases, and of a new one. */
export const FIRST_DATABASE_NAME = 'on-my-own';
const POINTER_DATABASE = 'on-my-own-pointer';
const POINTER_STORE = 'pointer';
const POINTER_KEY = 'current';
/** A restored database is named by the ULID of its making; nothing else is ever named here. */
const RESTORED_NAME = /^on-my-own-([0-7][0-9A-HJKMNP-TV-Z]{25})$/;

/** Whether `name` is one of the app's data databases: the first one or a restored one. */
export function isDataDatabaseName(name: string): boolean {
  return name === FIRST_DATABASE_NAME || RESTORED_NAME.test(name);
}

/** The name a restore writes into, new for each restore. */
export const restoredDatabaseName = (id: string): string => `${FIRST_DATABASE_NAME}-${id}`;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function openPointer(factory: IDBFactory): Promise<IDBDatabase> {
  const open = factory.open(POINTER_DATABASE, 1);
  open.onupgradeneeded = () => open.result.createObjectStore(POINTER_STORE);
  return request(open);
}

/**
 * The name of the database in use. What is stored is checked like any other stored input: a value
 * that is not one of the app's database names is ignored, and the first database is used.
 */
export async function currentDatabaseName(factory: IDBFactory = indexedDB): Promise<string> {
  const pointer = await openPointer(factory);
  try {
    const stored: unknown = await request(
      pointer.transaction(POINTER_STORE).objectStore(POINTER_STORE).get(POINTER_KEY),
    );
    return typeof stored === 'string' && isDataDatabaseName(stored) ? stored : FIRST_DATABASE_NAME;
  } finally {
    pointer.close();
  }
}

/** Makes `name` the database in use, on disk before this resolves (strict durability). */
export async function pointToDatabase(name: string, factory: IDBFactory = indexedDB): Promise<void> {
  if (!isDataDatabaseName(name)) throw new Error(`not a database of the app: ${name}`);
  const pointer = await openPointer(factory);
  try {
    const transaction = pointer.transaction(POINTER_STORE, 'readwrite', { durability: 'strict' });
    transaction.objectStore(POINTER_STORE).put(name, POINTER_KEY);
    await new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error);
    });
  } finally {
    pointer.close();
  }
}

/** A database a restore was writing for less than this may still be in the making, in another tab. */
const RESTORE_IN_PROGRESS_MS = 60 * 60_000;

/**
 * Deletes the app's databases that are not the one in use: the one a restore replaced, and one a
 * restore stopped by a crash left half written (once it is an hour old: younger, another tab may
 * still be writing it). `everyOther` deletes them whatever their age, as erasing the tablet does.
 */
export async function deleteOtherDatabases(
  inUse: string,
  now: number,
  options: { factory?: IDBFactory; everyOther?: boolean } = {},
): Promise<string[]> {
  const factory = options.factory ?? indexedDB;
  const deleted: string[] = [];
  for (const { name } of await factory.databases()) {
    if (name === undefined || name === inUse || !isDataDatabaseName(name)) continue;
    const madeAt = madeAtOf(name);
    if (!options.everyOther && madeAt !== undefined && now - madeAt < RESTORE_IN_PROGRESS_MS) continue;
    await request(factory.deleteDatabase(name));
    deleted.push(name);
  }
  return deleted;
}

/** When a restored database was made, from the time part of its ULID. */
function madeAtOf(name: string): number | undefined {
  const id = RESTORED_NAME.exec(name)?.[1];
  return id === undefined ? undefined : ulidTime(id);
}
