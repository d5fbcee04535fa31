// This device's sync settings, kept in the settings table but apart from repos/settings.ts, so
// their schemas load with the sync code and never with the kiosk. Device-local: no backup holds
// them (see isClassroomSetting), and erasing the tablet removes them with the rest.
import * as v from 'valibot';
import type { ErrorCode } from '../../domain/errors';
import { syncAccountSchema } from '../../domain/sync/account';
import type { AppDb } from '../app-db';

/**
 * What a sync can fail with, as the status keeps it. Listed here rather than read from
 * ERROR_CODES, whose use here would carry the whole list into the kiosk's first load.
 */
export const SYNC_ERROR_CODES = [
  'sync-offline',
  'sync-unauthorized',
  'sync-forbidden',
  'sync-no-database',
  'sync-conflict',
  'sync-server',
  'sync-malformed',
  'storage-full',
  'write-failed',
  'database-closed',
] as const satisfies readonly ErrorCode[];

/** Conflicts the status keeps for the teacher to read: the latest first. */
export const SYNC_CONFLICTS_KEPT = 20;

const SYNC_SETTING_SCHEMAS = {
  /** The classroom's sync server and this device's account on it. */
  syncAccount: syncAccountSchema,
  /**
   * Where this device's sync stands: the server's `_changes` sequence pulled up to, and the
   * moment from which local edits are still to be offered to the server.
   */
  syncCheckpoint: v.strictObject({
    pulledSince: v.pipe(v.string(), v.maxLength(4096)),
    pushedFrom: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
  /** How the last sync went, for the status anyone can read. */
  syncStatus: v.strictObject({
    lastSyncedAt: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
    lastError: v.optional(v.picklist(SYNC_ERROR_CODES)),
    setAside: v.pipe(v.number(), v.integer(), v.minValue(0)),
    /** This device's changes the server refused (its rules: a para's account and the plan), the latest first. */
    refused: v.optional(
      v.pipe(
        v.array(
          v.strictObject({
            table: v.pipe(v.string(), v.maxLength(40)),
            name: v.optional(v.pipe(v.string(), v.maxLength(200))),
            at: v.pipe(v.number(), v.integer(), v.minValue(0)),
          }),
        ),
        v.maxLength(SYNC_CONFLICTS_KEPT),
      ),
    ),
    /** Rows edited on two devices, resolved by the later edit, the latest first. */
    conflicts: v.optional(
      v.pipe(
        v.array(
          v.strictObject({
            // A table's name (not checked against the list here: that would load every row schema).
            table: v.pipe(v.string(), v.maxLength(40)),
            name: v.optional(v.pipe(v.string(), v.maxLength(200))),
            kept: v.picklist(['device', 'server']),
            at: v.pipe(v.number(), v.integer(), v.minValue(0)),
          }),
        ),
        v.maxLength(SYNC_CONFLICTS_KEPT),
      ),
    ),
  }),
} as const;

type SyncSettings = {
  [Key in keyof typeof SYNC_SETTING_SCHEMAS]: v.InferOutput<(typeof SYNC_SETTING_SCHEMAS)[Key]>;
};
export type SyncSettingKey = keyof SyncSettings;

/** A sync setting, checked against its schema: one that does not fit reads as absent. */
export async function readSyncSetting<Key extends SyncSettingKey>(
  db: AppDb,
  key: Key,
): Promise<SyncSettings[Key] | undefined> {
  const row = await db.settings.get(key);
  if (!row) return undefined;
  const result = v.safeParse(SYNC_SETTING_SCHEMAS[key], row.value);
  return result.success ? (result.output as SyncSettings[Key]) : undefined;
}

/** Writes a sync setting; the caller's transaction (or its own) includes the settings table. */
export async function putSyncSetting<Key extends SyncSettingKey>(
  db: AppDb,
  key: Key,
  value: SyncSettings[Key],
): Promise<void> {
  await db.settings.put({ key, value });
}

/**
 * Offers again, at the next sync, what this device holds from `from` on: records that arrived
 * with an older time than the last push (a merged backup's) would otherwise never be sent.
 * Runs in the caller's transaction, which includes the settings table; no sync set up, nothing.
 */
export async function offerAgainFrom(db: AppDb, from: number): Promise<void> {
  const checkpoint = await readSyncSetting(db, 'syncCheckpoint');
  if (checkpoint && from < checkpoint.pushedFrom)
    await putSyncSetting(db, 'syncCheckpoint', { ...checkpoint, pushedFrom: Math.max(0, from) });
}
