import type { AppDb } from '../../src/db/app-db';
import { IN_USE_SINCE_KEY } from '../../src/db/current-database';

/** A value with every Blob in it read as its type and bytes, so dumps compare by content. */
async function readBlobs(value: unknown): Promise<unknown> {
  if (value instanceof Blob)
    return { blobType: value.type, bytes: [...new Uint8Array(await value.arrayBuffer())] };
  if (Array.isArray(value)) return Promise.all(value.map(readBlobs));
  if (typeof value === 'object' && value !== null) {
    const entries = await Promise.all(
      Object.entries(value).map(async ([key, inner]) => [key, await readBlobs(inner)] as const),
    );
    return Object.fromEntries(entries);
  }
  return value;
}

/** Every table of the database, rows in key order, pictures as bytes: two equal dumps are the same data. */
export async function fullDump(db: AppDb, options: { without?: readonly string[] } = {}) {
  const dump: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    if (options.without?.includes(table.name)) continue;
    const rows: unknown[] = await table.toArray();
    // A picture's content hash is worked out from its bytes, not carried by backups: a restored
    // picture is stored without one (db/pictures/picture-store.ts).
    const kept = table.name === 'media' ? rows.map((row) => ({ ...(row as object), hash: undefined })) : rows;
    dump[table.name] = (await Promise.all(kept.map(readBlobs))) as unknown[];
  }
  return dump;
}

/** The settings only this tablet keeps, which a restore leaves as they are. */
export const DEVICE_SETTINGS = [
  'deviceId',
  'kioskStudentId',
  'storagePersisted',
  'adultLocale',
  'lastBackupAt',
  'backupReminderDays',
  'adultIdleMinutes',
  'recoveryCode',
  'recoveryAttempts',
  IN_USE_SINCE_KEY,
];

/** A dump without this tablet's own settings: what a backup carries from one tablet to another. */
export async function classroomDump(db: AppDb) {
  const dump = await fullDump(db);
  dump.settings = (dump.settings ?? []).filter(
    (row) => !DEVICE_SETTINGS.includes((row as { key: string }).key),
  );
  return dump;
}
