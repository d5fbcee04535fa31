import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { AppDb } from '../../src/db/app-db';

/** A new, empty database of its own for each test. */
export function freshDb(): AppDb {
  return new AppDb(`test-${crypto.randomUUID()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
}
