// The names of the app's databases, apart from the pointer that says which is in use (see
// current-database.ts): the first load asks whether any exists, and carries only this.

/** The database of every tablet set up before restores switched databases, and of a new one. */
export const FIRST_DATABASE_NAME = 'on-my-own';
/** A restored database is named by the ULID of its making; nothing else is ever named here. */
export const RESTORED_NAME = /^on-my-own-([0-7][0-9A-HJKMNP-TV-Z]{25})$/;

/** Whether `name` is one of the app's data databases: the first one or a restored one. */
export function isDataDatabaseName(name: string): boolean {
  return name === FIRST_DATABASE_NAME || RESTORED_NAME.test(name);
}

/** The name a restore writes into, new for each restore. */
export const restoredDatabaseName = (id: string): string => `${FIRST_DATABASE_NAME}-${id}`;

/**
 * How long the browser's list of databases is waited for. A first visit's IndexedDB starts in
 * about 100 ms at CPU ×4; an answer that never comes must not leave the page blank.
 */
export const DATABASE_LIST_WAIT_MS = 3000;

/**
 * Whether this browser holds none of the app's databases: a tablet never set up here (or erased),
 * known without opening one, so without loading Dexie. Any doubt (no `databases()`, a refusal, no
 * answer in time) answers no, for a set-up tablet must never be taken for a new one; a new tablet
 * then reaches setup through the kiosk, which finds no teacher.
 */
export async function holdsNoAppDatabase(factory: IDBFactory): Promise<boolean> {
  if (typeof factory.databases !== 'function') return false;
  let stopWaiting = (): void => undefined;
  const unanswered = new Promise<undefined>((resolve) => {
    const timer = setTimeout(resolve, DATABASE_LIST_WAIT_MS);
    stopWaiting = () => clearTimeout(timer);
  });
  try {
    const databases = await Promise.race([factory.databases(), unanswered]);
    return (
      databases !== undefined && !databases.some(({ name }) => name !== undefined && isDataDatabaseName(name))
    );
  } catch {
    return false;
  } finally {
    stopWaiting();
  }
}
