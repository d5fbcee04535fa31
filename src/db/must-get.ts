import type { Table } from 'dexie';
import { AppError } from '../domain/errors';

/**
 * The row under `key`, or a `not-found` error naming the table: for writes that act on a row the
 * screen showed, which another screen or tablet may have deleted since.
 */
export async function mustGet<Row, Key, Insert>(table: Table<Row, Key, Insert>, key: Key): Promise<Row> {
  const row = await table.get(key);
  if (row === undefined) throw new AppError('not-found', `no such row in ${table.name}: ${String(key)}`);
  return row;
}
