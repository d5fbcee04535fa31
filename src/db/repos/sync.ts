// Classroom sync as the teacher's settings use it: the account, "Sync now", and the status
// anyone can read. The replicator itself is ../sync/replicator.ts.
import { AppError } from '../../domain/errors';
import { ulid } from '../../domain/ids';
import type { AdultSession } from '../../domain/people';
import { type SyncAccount, syncAccountSchema } from '../../domain/sync/account';
import { isShared, SYNC_TABLES, type SyncRow } from '../../domain/sync/documents';
import { parseWith } from '../../domain/validation';
import type { AppDb } from '../app-db';
import type { Fetch } from '../sync/couch-client';
import { type SyncReport, syncOnce } from '../sync/replicator';
import { installServerRules } from '../sync/server-rules';
import {
  putSyncSetting,
  readSyncSetting,
  SYNC_CONFLICTS_KEPT,
  SYNC_ERROR_CODES,
} from '../sync/sync-settings';
import { guardedWrite } from '../write-errors';
import { requireRole } from './access';

/** The teacher sets the classroom's server, database and this device's account. */
export async function saveSyncAccount(
  db: AppDb,
  session: AdultSession | undefined,
  input: unknown,
): Promise<SyncAccount> {
  requireRole(session, 'teacher');
  const account = parseWith(syncAccountSchema, input);
  await guardedWrite(async () => {
    await putSyncSetting(db, 'syncAccount', account);
  });
  return account;
}

/** The teacher's "Sync now": pushes and pulls once with the saved account. */
export async function syncNow(
  db: AppDb,
  session: AdultSession | undefined,
  now: number,
  fetcher?: Fetch,
): Promise<SyncReport> {
  requireRole(session, 'teacher');
  const report = await syncWithSavedAccount(db, now, fetcher);
  if (!report) throw new AppError('invalid-input', 'no sync account');
  return report;
}

/**
 * Pushes and pulls once with the account saved on this device, and notes how it went either way;
 * undefined when no account is saved. Needs no session: the device's account is what the server
 * lets it write (a para's tablet only records), so the kiosk syncs with nobody signed in.
 */
export async function syncWithSavedAccount(
  db: AppDb,
  now: number,
  fetcher?: Fetch,
): Promise<SyncReport | undefined> {
  return oneRoundAtATime(() => syncRound(db, now, fetcher));
}

/** The round before, in this tab, so "Sync now" and the background never push at once. */
let roundBefore: Promise<unknown> = Promise.resolve();

/** Runs `round` after any other of this tab, and (where the browser has Web Locks) of other tabs. */
function oneRoundAtATime<Result>(round: () => Promise<Result>): Promise<Result> {
  const locks = globalThis.navigator?.locks;
  const inTurn = (): Promise<Result> =>
    locks ? (locks.request('on-my-own-sync', round) as Promise<Result>) : round();
  const result = roundBefore.then(inTurn, inTurn);
  roundBefore = result.catch(() => undefined);
  return result;
}

async function syncRound(db: AppDb, now: number, fetcher?: Fetch): Promise<SyncReport | undefined> {
  const account = await readSyncSetting(db, 'syncAccount');
  if (!account) return undefined;
  const previous = await readSyncSetting(db, 'syncStatus');
  const earlierConflicts = previous?.conflicts ?? [];
  const earlierRefusals = previous?.refused ?? [];
  try {
    const report = await syncOnce(
      db,
      account,
      fetcher ? { fetch: fetcher, now: () => now } : { now: () => now },
    );
    const conflicts = [
      ...report.resolved.map(({ table, name, kept }) => ({
        table,
        ...(name ? { name } : {}),
        kept,
        at: now,
      })),
      ...earlierConflicts,
    ].slice(0, SYNC_CONFLICTS_KEPT);
    const refused = [
      ...report.refused.map(({ table, name }) => ({ table, ...(name ? { name } : {}), at: now })),
      ...earlierRefusals,
    ].slice(0, SYNC_CONFLICTS_KEPT);
    await writeStatus(db, {
      lastSyncedAt: now,
      setAside: report.setAside.length,
      ...(refused.length > 0 ? { refused } : {}),
      ...(conflicts.length > 0 ? { conflicts } : {}),
    });
    return report;
  } catch (error) {
    const known = SYNC_ERROR_CODES.find((code) => error instanceof AppError && error.code === code);
    await writeStatus(db, {
      ...(previous?.lastSyncedAt === undefined ? {} : { lastSyncedAt: previous.lastSyncedAt }),
      lastError: known ?? 'sync-server',
      setAside: previous?.setAside ?? 0,
      ...(earlierRefusals.length > 0 ? { refused: earlierRefusals } : {}),
      ...(earlierConflicts.length > 0 ? { conflicts: earlierConflicts } : {}),
    });
    throw error;
  }
}

type SyncStatus = NonNullable<Awaited<ReturnType<typeof readSyncSetting<'syncStatus'>>>>;

function writeStatus(db: AppDb, status: SyncStatus) {
  return guardedWrite(async () => {
    await putSyncSetting(db, 'syncStatus', status);
  });
}

/** How many of this device's records the server has not been offered yet. */
export async function recordsWaiting(db: AppDb): Promise<number> {
  const from = (await readSyncSetting(db, 'syncCheckpoint'))?.pushedFrom ?? 0;
  let waiting = await db.events.where(':id').aboveOrEqual(ulid(from).slice(0, 10)).count();
  for (const table of SYNC_TABLES) {
    if (table === 'events') continue;
    const rows = (await db[table].toArray()) as SyncRow['v'][];
    waiting += rows.filter(
      (row) =>
        'updatedAt' in row && (row.updatedAt ?? -1) >= from && isShared({ t: table, v: row } as SyncRow),
    ).length;
  }
  waiting += await db.media.filter((media) => media.updatedAt >= from).count();
  return waiting + (await db.deletions.filter((deletion) => deletion.at >= from).count());
}

/** The saved account, for the settings form. */
export const readSyncAccount = (db: AppDb) => readSyncSetting(db, 'syncAccount');

/** How the last sync went. */
export const readSyncStatus = (db: AppDb) => readSyncSetting(db, 'syncStatus');

/**
 * From the teacher's account, installs the classroom's rules on the server: the database's
 * _security and the validate_doc_update that refuses a para's account any change to the plan.
 */
export async function installClassroomRules(
  db: AppDb,
  session: AdultSession | undefined,
  fetcher?: Fetch,
): Promise<void> {
  requireRole(session, 'teacher');
  const account = await readSyncSetting(db, 'syncAccount');
  if (!account) throw new AppError('invalid-input', 'no sync account');
  await installServerRules(account, fetcher);
}
