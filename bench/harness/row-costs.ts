// What IndexedDB itself costs a restore, apart from the app: events of the year written to a
// scratch database as the restore writes them (one row each), as rows of their ids alone, and
// again in the "fewer, larger rows" that storing the log differently would use, to show what a
// restore's time is bound by. The scratch database is not one of the app's (see
// db/database-names.ts) and is deleted after.
import type { AppDb } from '../../src/db/app-db';
import { RESTORE_BATCH_ROWS } from '../../src/db/repos/backup';
import type { AppEvent } from '../../src/domain/events';

/** A fifth of the year: enough for a steady rate, quick enough to run beside the other steps. */
export const ROW_COST_EVENTS = 100_000;
const SCRATCH_DATABASE = 'bench-row-costs';

export type RowCost = { rows: number; ms: number; microsecondsPerEvent: number };
export type RowCosts = {
  events: number;
  oneRowEach: RowCost;
  /** Rows holding only the event's id, without indexes: what a row costs, whatever it holds. */
  oneIdRowEach: RowCost;
  oneRowPerStudentDay: RowCost;
  oneRowPerStudentDayNoIdIndex: RowCost;
};

/** The events table's own store: its key and its indexes, as the app's schema declares them. */
function createEventsStore(database: IDBDatabase, events: AppDb['events']): void {
  const { primKey, indexes } = events.schema;
  const store = database.createObjectStore('events', { keyPath: primKey.keyPath ?? null });
  for (const index of indexes)
    store.createIndex(index.name, index.keyPath ?? index.name, {
      unique: index.unique ?? false,
      multiEntry: index.multi ?? false,
    });
}

/**
 * A student's day in one row, with what a log kept so would need indexed to answer the app's
 * questions: its events by id (lookups and sync's ranges), the types it holds, what it points at.
 * Without the ids, the least such a log could index.
 */
function createDayStore(database: IDBDatabase, withIds: boolean): void {
  const store = database.createObjectStore('days', { keyPath: ['studentId', 'day'] });
  if (withIds) store.createIndex('ids', 'ids', { multiEntry: true });
  store.createIndex('types', 'types', { multiEntry: true });
  store.createIndex('targets', 'targets', { multiEntry: true });
}

type DayRow = {
  studentId: string;
  day: string;
  ids: string[];
  types: string[];
  targets: string[];
  events: AppEvent[];
};

function dayRows(events: readonly AppEvent[]): DayRow[] {
  const byDay = new Map<string, AppEvent[]>();
  for (const event of events) {
    const key = `${event.studentId} ${event.day}`;
    const day = byDay.get(key);
    if (day) day.push(event);
    else byDay.set(key, [event]);
  }
  return [...byDay.values()].map((day) => {
    const [first] = day;
    if (!first) throw new Error('a day without events');
    return {
      studentId: first.studentId,
      day: first.day,
      ids: day.map((event) => event.id),
      types: [...new Set(day.map((event) => event.type))],
      targets: day.flatMap((event) => ('target' in event ? [event.target] : [])),
      events: day,
    };
  });
}

function request<T>(opening: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error);
  });
}

function openScratch(upgrade: (database: IDBDatabase) => void): Promise<IDBDatabase> {
  const opening = indexedDB.open(SCRATCH_DATABASE, 1);
  opening.onupgradeneeded = () => upgrade(opening.result);
  return request(opening);
}

/** Rows added as the restore adds them: a transaction per batch, strict durability, on disk after. */
async function timeWrites(database: IDBDatabase, store: string, rows: readonly object[], perBatch: number) {
  const started = performance.now();
  for (let from = 0; from < rows.length; from += perBatch) {
    const transaction = database.transaction([store], 'readwrite', { durability: 'strict' });
    const target = transaction.objectStore(store);
    for (const row of rows.slice(from, from + perBatch)) target.add(row);
    await new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onabort = () => reject(transaction.error);
    });
  }
  return performance.now() - started;
}

async function writeScratch(
  upgrade: (database: IDBDatabase) => void,
  store: string,
  rows: readonly object[],
  perBatch: number,
  events: number,
): Promise<RowCost> {
  await request(indexedDB.deleteDatabase(SCRATCH_DATABASE));
  const database = await openScratch(upgrade);
  try {
    const ms = await timeWrites(database, store, rows, perBatch);
    return { rows: rows.length, ms: Math.round(ms), microsecondsPerEvent: Math.round((ms * 1000) / events) };
  } finally {
    database.close();
    await request(indexedDB.deleteDatabase(SCRATCH_DATABASE));
  }
}

/** The first ROW_COST_EVENTS events of the app's log, written each of those ways. */
export async function rowCosts(db: AppDb): Promise<RowCosts> {
  const events = await db.events.limit(ROW_COST_EVENTS).toArray();
  const oneRowEach = await writeScratch(
    (database) => createEventsStore(database, db.events),
    'events',
    events,
    RESTORE_BATCH_ROWS,
    events.length,
  );
  const oneIdRowEach = await writeScratch(
    (database) => database.createObjectStore('ids', { keyPath: 'id' }),
    'ids',
    events.map((event) => ({ id: event.id })),
    RESTORE_BATCH_ROWS,
    events.length,
  );
  const days = dayRows(events);
  // As many transactions as above: a batch holds the days of about as many events.
  const daysPerBatch = Math.max(1, Math.round((RESTORE_BATCH_ROWS * days.length) / events.length));
  const writeDays = (withIds: boolean) =>
    writeScratch((database) => createDayStore(database, withIds), 'days', days, daysPerBatch, events.length);
  const oneRowPerStudentDay = await writeDays(true);
  const oneRowPerStudentDayNoIdIndex = await writeDays(false);
  return {
    events: events.length,
    oneRowEach,
    oneIdRowEach,
    oneRowPerStudentDay,
    oneRowPerStudentDayNoIdIndex,
  };
}
