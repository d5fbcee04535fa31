// One round of replication between this device's Dexie database and the classroom's CouchDB
// database, in CouchDB's own protocol: local edits are offered by id (`_all_docs` says what the
// server holds, `_bulk_docs` writes the rest with the server's revision, so CouchDB itself refuses
// a stale write), then the server's `_changes` since a checkpoint are pulled in batches. Each
// pulled batch is written with its checkpoint in one transaction, so an interruption anywhere
// leaves either the whole batch and its checkpoint or neither: the next round resumes there, and
// ids make every write idempotent (no event twice, none lost).
import * as v from 'valibot';
import { fromBase64 } from '../../domain/backup/encoding';
import { decide, type MergeDecision, nameOf } from '../../domain/backup/merge';
import type { MediaRow } from '../../domain/backup/rows';
import { type Deletion, deletionOf } from '../../domain/deletions';
import { AppError } from '../../domain/errors';
import type { AppEvent } from '../../domain/events';
import type { EventId, MediaId, StaffId, StudentId } from '../../domain/ids';
import { ulid } from '../../domain/ids';
import { recordingsOf } from '../../domain/languages';
import { emptyRollup, rollupKey, rollupsFromEvents } from '../../domain/rollup';
import type { ScheduleItem } from '../../domain/schedule';
import {
  documentId,
  documentOf,
  type IncomingDocument,
  isShared,
  keyOfRow,
  type PictureDocumentRow,
  pictureDocumentId,
  pictureDocumentOf,
  readDocument,
  SYNC_TABLES,
  type SyncRow,
  type SyncTable,
} from '../../domain/sync/documents';
import type { SchoolDay } from '../../domain/time';
import type { AppDb } from '../app-db';
import { gateMedia } from '../pictures/picture-gate';
import { mediaForFile } from '../repos/backup-export';
import { countOfStudentDay, eventsOfStudentDay } from '../repos/events';
import { scheduleFor } from '../repos/schedule-reads';
import { deviceIdOf } from '../repos/settings';
import { removeStudentRows, studentRemovalTables } from '../repos/student-removal';
import { guardedWrite } from '../write-errors';
import { CouchClient, type Fetch, type SyncRemote } from './couch-client';
import { putSyncSetting, readSyncSetting } from './sync-settings';

/** Documents per request: small enough that an interrupted batch costs little to redo. */
export const SYNC_BATCH = 200;

/** A row edited on two devices: the later edit stays everywhere, and the teacher is told which. */
export type SyncResolution = { id: string; table: SyncTable; name?: string; kept: 'device' | 'server' };

/** A document the device did not keep, and why, for the teacher. */
export type SetAside = { id: string; reason: string };
/** A change made on this device that the server's rules refused: its table and name, to say which. */
export type Refusal = SetAside & { table: string; name?: string };

export type SyncReport = {
  pushed: number;
  pulled: number;
  setAside: SetAside[];
  /** This device's changes the server refused (a para's account and the plan): said, not retried. */
  refused: Refusal[];
  /** Rows of which two versions met: which row, and whose version stays on this device. */
  resolved: SyncResolution[];
};

export type SyncOptions = { fetch?: Fetch; now?: () => number };

const START = { pulledSince: '0', pushedFrom: 0 };

/** Pushes this device's edits, then pulls the server's, once. Throws an AppError on a failed request. */
export async function syncOnce(
  db: AppDb,
  remote: SyncRemote,
  options: SyncOptions = {},
): Promise<SyncReport> {
  const client = new CouchClient(remote, options.fetch);
  const now = options.now ?? Date.now;
  const report: SyncReport = { pushed: 0, pulled: 0, setAside: [], refused: [], resolved: [] };
  const conflicts = await push(db, client, now(), report);
  await pull(db, client, await deviceIdOf(db, now()), report);
  // Another device wrote the same rows meanwhile: with the server's versions now pulled, the edits
  // of this device that are the later ones are offered again at once, not on some later change.
  if (conflicts > 0) await push(db, client, now(), report);
  return report;
}

const checkpointOf = async (db: AppDb) => (await readSyncSetting(db, 'syncCheckpoint')) ?? START;

/** How long the server holds a long poll open before it answers that nothing changed. */
export const LONG_POLL_MS = 25_000;

/**
 * Waits, in one long-poll request to `_changes`, until the server holds something this device has
 * not pulled yet (true), or the server's time is up with nothing new (false). Throws like any
 * request when the server cannot be reached; an abort ends it early.
 */
export async function serverChanged(
  db: AppDb,
  remote: SyncRemote,
  options: { fetch?: Fetch; signal?: AbortSignal } = {},
): Promise<boolean> {
  const client = new CouchClient(remote, options.fetch);
  const { pulledSince } = await checkpointOf(db);
  const { json } = await client.request(
    'GET',
    `/_changes?feed=longpoll&limit=1&timeout=${LONG_POLL_MS}&since=${encodeURIComponent(pulledSince)}`,
    undefined,
    options.signal,
  );
  const parsed = v.safeParse(v.object({ results: v.array(v.unknown()) }), json);
  if (!parsed.success) throw malformed('_changes');
  return parsed.output.results.length > 0;
}

// ---- push -------------------------------------------------------------------------------------

const allDocsSchema = v.object({
  rows: v.array(
    v.union([
      v.object({
        id: v.string(),
        value: v.object({ rev: v.string(), deleted: v.optional(v.boolean()) }),
        doc: v.optional(v.unknown()),
      }),
      // A key the server never held.
      v.object({ key: v.string(), error: v.string() }),
    ]),
  ),
});

type ServerVersion = { rev: string; deleted: boolean; document?: IncomingDocument };

/** What the server holds of these documents: revision, whether deleted, and (if asked) the row. */
async function serverVersions(
  client: CouchClient,
  ids: readonly string[],
  withDocuments: boolean,
): Promise<Map<string, ServerVersion>> {
  const { json } = await client.request('POST', `/_all_docs${withDocuments ? '?include_docs=true' : ''}`, {
    keys: ids,
  });
  const parsed = v.safeParse(allDocsSchema, json);
  if (!parsed.success) throw malformed('_all_docs');
  const versions = new Map<string, ServerVersion>();
  for (const row of parsed.output.rows) {
    if (!('value' in row)) continue;
    const version: ServerVersion = { rev: row.value.rev, deleted: row.value.deleted === true };
    if (row.doc !== undefined && row.doc !== null)
      version.document = readDocument(row.doc, JSON.stringify(row.doc).length);
    versions.set(row.id, version);
  }
  return versions;
}

const bulkResultSchema = v.array(
  v.object({
    id: v.string(),
    ok: v.optional(v.boolean()),
    error: v.optional(v.string()),
    reason: v.optional(v.string()),
  }),
);

/** Which row the server refused, named as the device holds it (a name or a label, when it has one). */
function refusalOf(
  result: { id: string; error?: string; reason?: string },
  docs: readonly Record<string, unknown>[],
): Refusal {
  const doc = docs.find((each) => each._id === result.id);
  const row = v.safeParse(
    v.object({ name: v.optional(v.string()), label: v.optional(v.string()) }),
    doc?.row,
  );
  const name = row.success ? (row.output.name ?? row.output.label) : undefined;
  return {
    id: result.id,
    reason: `server: ${result.reason ?? result.error}`,
    table: typeof doc?.table === 'string' ? doc.table : (result.id.split(':')[0] ?? ''),
    ...(name ? { name } : {}),
  };
}

async function bulkWrite(client: CouchClient, docs: readonly Record<string, unknown>[], report: SyncReport) {
  if (docs.length === 0) return { conflicts: 0 };
  const { json } = await client.request('POST', '/_bulk_docs', { docs });
  const parsed = v.safeParse(bulkResultSchema, json);
  if (!parsed.success) throw malformed('_bulk_docs');
  let conflicts = 0;
  for (const result of parsed.output) {
    if (result.error === undefined) report.pushed++;
    else if (result.error === 'conflict') conflicts++;
    // The server's validation refused it (a para's account and the plan): said, not retried.
    else report.refused.push(refusalOf(result, docs));
  }
  return { conflicts };
}

/** Local rows edited since `from`, a table at a time, in batches. */
async function* editedRows(db: AppDb, from: number): AsyncGenerator<SyncRow[]> {
  for (const table of SYNC_TABLES) {
    if (table === 'events') {
      // Ids are ULIDs: the events of this device since `from` are the ids from that moment on.
      const collection = db.events.where(':id').aboveOrEqual(ulid(from).slice(0, 10));
      let after = '';
      for (;;) {
        const page: AppEvent[] = await (after ? db.events.where(':id').above(after) : collection)
          .limit(SYNC_BATCH)
          .toArray();
        if (page.length === 0) break;
        yield page.map((event) => ({ t: 'events', v: event }) as SyncRow);
        after = page.at(-1)?.id ?? after;
      }
      continue;
    }
    const rows = (await db[table].toArray()) as SyncRow['v'][];
    const edited = rows
      .map((row) => ({ t: table, v: row }) as SyncRow)
      // A setting saved before settings carried their time of edit is offered every time.
      .filter((row) => isShared(row) && row.t !== 'events' && (row.v.updatedAt ?? from) >= from);
    for (let index = 0; index < edited.length; index += SYNC_BATCH)
      yield edited.slice(index, index + SYNC_BATCH);
  }
}

/** Offers this device's edits; the number the server refused as conflicts (written meanwhile elsewhere). */
async function push(db: AppDb, client: CouchClient, startedAt: number, report: SyncReport): Promise<number> {
  const { pushedFrom } = await checkpointOf(db);
  let conflicts = 0;
  for await (const rows of editedRows(db, pushedFrom)) {
    const isEvents = rows[0]?.t === 'events';
    const ids = rows.map((row) => documentId(row.t, keyOfRow(row)));
    const server = await serverVersions(client, ids, !isEvents);
    const docs: Record<string, unknown>[] = [];
    rows.forEach((row, index) => {
      const held = server.get(ids[index] ?? '');
      // Deleted on the server (by another device): the pull deletes it here, never revives it.
      if (held?.deleted) return;
      // An event never changes: one the server holds is the same.
      if (isEvents) {
        if (!held) docs.push(documentOf(row));
        return;
      }
      if (!held) {
        docs.push(documentOf(row));
        return;
      }
      const serverRow = held.document?.kind === 'row' ? held.document.row : undefined;
      // Of two versions the later edit stays; the server's is taken by the pull.
      const decision: MergeDecision = serverRow ? decide(serverRow.v, row.v) : 'take-backup';
      if (decision === 'take-backup') docs.push(documentOf(row, held.rev));
    });
    conflicts += (await bulkWrite(client, docs, report)).conflicts;
  }
  conflicts += await pushPictures(db, client, pushedFrom, report);
  conflicts += await pushDeletions(db, client, pushedFrom, report);
  // A conflict means the server changed meanwhile: the same edits are offered again next round.
  if (conflicts === 0) await saveCheckpoint(db, { pushedFrom: startedAt });
  return conflicts;
}

/** Pictures per request: each may be up to a few megabytes in base64. */
const PICTURE_BATCH = 10;

/** Pictures stored since `from` that the server lacks; a picture never changes, so one it holds is the same. */
async function pushPictures(db: AppDb, client: CouchClient, from: number, report: SyncReport) {
  const ids = await db.media.filter((media) => media.updatedAt >= from).primaryKeys();
  let conflicts = 0;
  for (let index = 0; index < ids.length; index += PICTURE_BATCH) {
    const batch = ids.slice(index, index + PICTURE_BATCH);
    const held = await serverVersions(client, batch.map(pictureDocumentId), false);
    const docs: Record<string, unknown>[] = [];
    for (const media of await db.media.bulkGet(batch.filter((id) => !held.has(pictureDocumentId(id))))) {
      if (!media) continue;
      try {
        docs.push(pictureDocumentOf(await mediaForFile(media)));
      } catch (error) {
        // A picture an older version stored that the gate now refuses stays on this device only.
        if (!(error instanceof AppError)) throw error;
        report.setAside.push({ id: pictureDocumentId(media.id), reason: error.message });
      }
    }
    conflicts += (await bulkWrite(client, docs, report)).conflicts;
  }
  return conflicts;
}

async function pushDeletions(db: AppDb, client: CouchClient, from: number, report: SyncReport) {
  const deletions = (await db.deletions.toArray()).filter((deletion) => deletion.at >= from);
  if (deletions.length === 0) return 0;
  const ids = deletions.map((deletion) =>
    deletion.kind === 'media'
      ? pictureDocumentId(deletion.id)
      : documentId(deletion.kind as SyncTable, deletion.id),
  );
  const server = await serverVersions(client, ids, false);
  const docs = deletions.flatMap((deletion, index) => {
    const held = server.get(ids[index] ?? '');
    if (!held || held.deleted) return [];
    // The tombstone keeps when and by whom, as the deletions table does.
    return [{ _id: ids[index], _rev: held.rev, _deleted: true, table: deletion.kind, deletion }];
  });
  return (await bulkWrite(client, docs, report)).conflicts;
}

// ---- pull -------------------------------------------------------------------------------------

const changesSchema = v.object({
  results: v.array(
    v.object({ id: v.string(), deleted: v.optional(v.boolean()), doc: v.optional(v.unknown()) }),
  ),
  last_seq: v.union([v.string(), v.number()]),
});

const tombstoneSchema = v.object({
  deletion: v.strictObject({
    id: v.string(),
    kind: v.picklist(['students', 'plans', 'media']),
    at: v.pipe(v.number(), v.integer(), v.minValue(0)),
    by: v.pipe(v.string(), v.maxLength(64)),
  }),
});

const remoteCheckpointSchema = v.object({ _rev: v.string(), pulledSince: v.string() });

/**
 * The checkpoint is kept on both sides, as CouchDB's replicator keeps it: here, with each batch,
 * and in a `_local` document of the server's. When they differ (the server's database was
 * recreated or restored, so its sequence numbers mean something else) the pull starts again from
 * the beginning: nothing is lost, and ids make it add nothing twice.
 */
async function remoteCheckpoint(client: CouchClient, path: string) {
  try {
    const parsed = v.safeParse(remoteCheckpointSchema, (await client.request('GET', path)).json);
    return parsed.success ? parsed.output : undefined;
  } catch (error) {
    if (error instanceof AppError && error.code === 'sync-no-database') return undefined;
    throw error;
  }
}

/**
 * A pull's batches grow while they come full, from {@link SYNC_BATCH} up to this: a day's records
 * arrive in a request or two, and a new device's first pull of a year makes hundreds of requests
 * and transactions, not thousands.
 */
export const MAX_PULL_BATCH = 3200;

type ChangesPage = { results: v.InferOutput<typeof changesSchema>['results']; lastSeq: string };

async function changesAfter(client: CouchClient, since: string, limit: number): Promise<ChangesPage> {
  const { json } = await client.request(
    'GET',
    `/_changes?include_docs=true&limit=${limit}&since=${encodeURIComponent(since)}`,
  );
  const parsed = v.safeParse(changesSchema, json);
  if (!parsed.success) throw malformed('_changes');
  return { results: parsed.output.results, lastSeq: String(parsed.output.last_seq) };
}

function incomingOf(change: ChangesPage['results'][number]): Incoming {
  const read = readDocument(change.doc, JSON.stringify(change.doc ?? null).length);
  if (read.kind === 'deleted') {
    const tombstone = v.safeParse(tombstoneSchema, change.doc);
    if (!tombstone.success || tombstone.output.deletion.id !== read.key)
      return { kind: 'refused', id: read.id, reason: 'deleted without a record of the deletion' };
    if (tombstone.output.deletion.kind !== read.table)
      return { kind: 'refused', id: read.id, reason: 'this kind of row is never deleted' };
    return { ...read, deletion: tombstone.output.deletion as Deletion };
  }
  return read.kind === 'picture' ? gated(read.id, read.picture) : read;
}

async function pull(db: AppDb, client: CouchClient, deviceId: string, report: SyncReport): Promise<void> {
  const checkpointPath = `/_local/on-my-own-${deviceId}`;
  const held = await remoteCheckpoint(client, checkpointPath);
  let rev = held?._rev;
  if ((await checkpointOf(db)).pulledSince !== (held?.pulledSince ?? START.pulledSince))
    await saveCheckpoint(db, { pulledSince: START.pulledSince });
  let since = (await checkpointOf(db)).pulledSince;
  let limit = SYNC_BATCH;
  const daysInHand: DaysInHand = new Map();
  const checked = async (asked: Promise<ChangesPage>) => {
    const page = await asked;
    return { ...page, incoming: page.results.map(incomingOf) };
  };
  let next = checked(changesAfter(client, since, limit));
  let remoteWrite: Promise<void> | undefined;
  for (;;) {
    const page = await next;
    const full = page.results.length >= limit && page.lastSeq !== since;
    if (full) {
      // The next batch is asked for, and checked, while this one is written: the server, this
      // page's code and the database work at once. Should this batch fail, that answer is dropped
      // and the next round asks again.
      limit = Math.min(limit * 2, MAX_PULL_BATCH);
      next = checked(changesAfter(client, page.lastSeq, limit));
      next.catch(() => undefined);
    }
    await applyBatch(db, page.incoming, page.lastSeq, report, daysInHand);
    // The server's copy of the checkpoint follows the device's, one batch at a time.
    await remoteWrite;
    const written = page.lastSeq;
    remoteWrite = (async () => {
      const answer = v.safeParse(
        v.object({ rev: v.string() }),
        (
          await client.request('PUT', checkpointPath, {
            ...(rev === undefined ? {} : { _rev: rev }),
            pulledSince: written,
          })
        ).json,
      );
      if (!answer.success) throw malformed('_local');
      rev = answer.output.rev;
    })();
    remoteWrite.catch(() => undefined);
    since = page.lastSeq;
    if (!full) break;
  }
  await remoteWrite;
}

type Incoming =
  | Exclude<IncomingDocument, { kind: 'deleted' | 'picture' }>
  | (Extract<IncomingDocument, { kind: 'deleted' }> & { deletion: Deletion })
  | { kind: 'picture'; id: string; media: MediaRow };

/**
 * A picture from the server as a restore takes one from a backup: its type read from its bytes
 * by the picture gate (an SVG rebuilt clean), or set aside when it is no picture that can be shown.
 */
function gated(id: string, picture: PictureDocumentRow): Incoming {
  let bytes: Uint8Array;
  try {
    bytes = fromBase64(picture.data);
  } catch {
    return { kind: 'refused', id, reason: 'the picture is not base64' };
  }
  const gate = gateMedia(bytes);
  if (!gate.ok)
    return { kind: 'refused', id, reason: `not a picture that can be shown safely (${gate.problem})` };
  const { id: mediaId, ownerId, updatedAt } = picture;
  return {
    kind: 'picture',
    id,
    media: { id: mediaId, ownerId, updatedAt, blob: new Blob([gate.bytes], { type: gate.type }) },
  };
}

/**
 * The events of the days the last batch counted, as stored: the server sends records in the order
 * they were made, so the next batch mostly continues the same days and need not read them again.
 */
type DaysInHand = Map<string, AppEvent[]>;

type RowTable = {
  bulkGet(keys: string[]): Promise<unknown[]>;
  bulkPut(rows: unknown[]): Promise<unknown>;
};

/**
 * Writes one pulled batch and its checkpoint together, recomputing the rollups of the days it
 * touches. Rows are looked up and written in bulk, a table at a time.
 */
function applyBatch(
  db: AppDb,
  batch: readonly Incoming[],
  pulledSince: string,
  report: SyncReport,
  daysInHand: DaysInHand,
) {
  const tables = [
    ...new Set([...SYNC_TABLES.map((table) => db[table]), db.media, ...studentRemovalTables(db)]),
  ];
  return guardedWrite(() =>
    db.transaction('rw', tables, async () => {
      const deleted = new Map((await db.deletions.toArray()).map((deletion) => [deletion.id, deletion]));
      const rows = batch.flatMap((item) => (item.kind === 'row' ? [{ id: item.id, row: item.row }] : []));
      const held = await heldVersions(db, rows);
      const added = new Map<string, AppEvent>();
      const writes = new Map<SyncTable, SyncRow[]>();
      const kept = (row: SyncRow) => {
        const owner = row.t === 'settings' || row.t === 'staff' ? undefined : studentOfRow(row);
        return !deleted.has(keyOfRow(row)) && (owner === undefined || !deleted.has(owner));
      };
      const pictureDeletions: Deletion[] = [];
      let pulled = 0;
      for (const item of batch) {
        if (item.kind === 'ignored') continue;
        if (item.kind === 'refused') {
          report.setAside.push({ id: item.id, reason: item.reason });
          continue;
        }
        if (item.kind === 'deleted') {
          // A picture's deletion waits for the batch's cards and students: they may no longer show it.
          if (item.deletion.kind === 'media') pictureDeletions.push(item.deletion);
          else await applyDeletion(db, item.deletion, deleted);
          pulled++;
          continue;
        }
        if (item.kind === 'picture') {
          if (deleted.has(item.media.id) || (await db.media.get(item.media.id))) continue;
          await db.media.add(item.media);
          pulled++;
          continue;
        }
        const { row } = item;
        if (!kept(row)) continue;
        if (row.t === 'events') {
          if (!held.has(item.id)) added.set(row.v.id, row.v);
          continue;
        }
        const decision = decide(held.get(item.id), row.v);
        if (decision === 'add' || decision === 'take-backup')
          writes.set(row.t, [...(writes.get(row.t) ?? []), row]);
        if (decision === 'take-backup' || decision === 'keep-device') {
          const name = nameOf(row);
          report.resolved.push({
            id: item.id,
            table: row.t,
            ...(name ? { name } : {}),
            kept: decision === 'take-backup' ? 'server' : 'device',
          });
        }
      }
      // Rows are written after the batch's deletions: a row of a student (or a plan) deleted anywhere
      // in the batch is not kept, whether it came before the deletion or after it.
      for (const [table, tableRows] of writes) {
        const keeping = tableRows.filter(kept);
        await (db[table] as unknown as RowTable).bulkPut(keeping.map((row) => row.v));
        pulled += keeping.length;
      }
      for (const deletion of pictureDeletions) await applyDeletion(db, deletion, deleted);
      const events = [...added.values()].filter((event) => kept({ t: 'events', v: event }));
      await db.events.bulkAdd(events);
      pulled += events.length;
      await db.rollups.bulkPut(await rollupsOfDays(db, events, added, deleted, daysInHand));
      const checkpoint = await checkpointOf(db);
      await putSyncSetting(db, 'syncCheckpoint', { ...checkpoint, pulledSince });
      report.pulled += pulled;
    }),
  );
}

/**
 * What this device holds of the batch's rows, by document id. Events never change, so for them
 * their ids are enough: read from the key range the batch spans, without the records themselves.
 */
async function heldVersions(db: AppDb, rows: readonly { id: string; row: SyncRow }[]) {
  const held = new Map<string, unknown>();
  const eventIds = rows.flatMap(({ row }) => (row.t === 'events' ? [row.v.id] : [])).sort();
  const [first, last] = [eventIds[0], eventIds.at(-1)];
  if (first !== undefined && last !== undefined) {
    const stored = new Set<string>(
      await db.events.where(':id').between(first, last, true, true).primaryKeys(),
    );
    for (const id of eventIds) if (stored.has(id)) held.set(documentId('events', id), true);
  }
  for (const table of SYNC_TABLES) {
    if (table === 'events') continue;
    const ofTable = rows.filter(({ row }) => row.t === table);
    if (ofTable.length === 0) continue;
    const found = await (db[table] as unknown as RowTable).bulkGet(ofTable.map(({ row }) => keyOfRow(row)));
    ofTable.forEach(({ id }, index) => {
      if (found[index] !== undefined) held.set(id, found[index]);
    });
  }
  return held;
}

/** The rollups of the days these new events fall on, and of the days of the records they void. */
async function rollupsOfDays(
  db: AppDb,
  events: readonly AppEvent[],
  added: ReadonlyMap<string, AppEvent>,
  deleted: ReadonlyMap<string, Deletion>,
  daysInHand: DaysInHand,
) {
  const days = new Map<string, { studentId: StudentId; day: SchoolDay }>();
  const fresh = new Map<string, AppEvent[]>();
  const voided: EventId[] = [];
  for (const event of events) {
    const key = rollupKey(event.studentId, event.day);
    days.set(key, event);
    fresh.set(key, [...(fresh.get(key) ?? []), event]);
    if (event.type === 'voided') voided.push(event.target);
  }
  const stored = await db.events.bulkGet(voided.filter((id) => !added.has(id)));
  for (const target of [...voided.map((id) => added.get(id)), ...stored])
    if (target) days.set(rollupKey(target.studentId, target.day), target);
  const counted = new Map<string, AppEvent[]>();
  const schedules = new Map<string, readonly ScheduleItem[] | undefined>();
  // The days' reads are asked for together, in the same transaction: one wait, not one per day.
  await Promise.all(
    [...days]
      .filter(([, { studentId }]) => !deleted.has(studentId))
      .map(async ([key, { studentId, day }]) => {
        const inHand = daysInHand.get(key) ?? [];
        const adding = fresh.get(key) ?? [];
        const [count, schedule] = await Promise.all([
          countOfStudentDay(db, studentId, day),
          scheduleFor(db, studentId, { kind: 'day', day }),
        ]);
        // What this pull held of the day, and what it just added, are the whole day unless the
        // device had more (its own records, a tap meanwhile): the count says, and then it is read.
        counted.set(
          key,
          count === inHand.length + adding.length
            ? [...inHand, ...adding].sort(byTime)
            : await eventsOfStudentDay(db, studentId, day),
        );
        schedules.set(key, schedule?.items);
      }),
  );
  daysInHand.clear();
  for (const [key, dayEvents] of counted) daysInHand.set(key, dayEvents);
  // The days are counted together: their events, and the corrections of them made on any day, once each.
  const all = new Map<string, AppEvent>();
  for (const dayEvents of counted.values()) for (const event of dayEvents) all.set(event.id, event);
  for (const correction of await db.events
    .where('target')
    .anyOf([...all.keys()])
    .toArray())
    all.set(correction.id, correction);
  const computed = new Map(
    rollupsFromEvents([...all.values()], (studentId, day) => schedules.get(rollupKey(studentId, day))).map(
      (rollup) => [rollupKey(rollup.studentId, rollup.day), rollup],
    ),
  );
  return [...counted.keys()].map((key) => {
    const { studentId, day } = days.get(key) as { studentId: StudentId; day: SchoolDay };
    return computed.get(key) ?? emptyRollup(studentId, day);
  });
}

/** The order of the events index: by time, then by id. */
const byTime = (a: AppEvent, b: AppEvent) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function studentOfRow(row: SyncRow): string | undefined {
  return row.t === 'schedules' || row.t === 'plans' || row.t === 'targets' || row.t === 'events'
    ? row.v.studentId
    : undefined;
}

async function applyDeletion(db: AppDb, deletion: Deletion, deleted: Map<string, Deletion>) {
  if (deleted.has(deletion.id)) return;
  if (deletion.kind === 'students') {
    await removeStudentRows(db, deletion.id as StudentId);
  } else if (deletion.kind === 'media') {
    // A picture or recording stays while a card, student, scale or question here still shows or
    // plays it (an edit not yet sent may have given it to one); the deletion is kept either way.
    const mediaId = deletion.id as MediaId;
    const inUse =
      (await db.cards
        .filter((card) => card.picture?.mediaId === mediaId || recordingsOf(card).includes(mediaId))
        .count()) +
      (await db.students.filter((student) => student.photo?.mediaId === mediaId).count()) +
      (await db.scales
        .filter((scale) => scale.levels.some((level) => recordingsOf(level).includes(mediaId)))
        .count()) +
      (await db.targets.filter((target) => recordingsOf(target).includes(mediaId)).count());
    if (inUse === 0) await db.media.delete(mediaId);
  } else {
    await db.plans.delete(deletion.id as never);
  }
  const kept = deletionOf(deletion.kind, deletion.id, deletion.at, deletion.by as StaffId);
  await db.deletions.put(kept);
  deleted.set(kept.id, kept);
}

async function saveCheckpoint(db: AppDb, change: Partial<typeof START>) {
  await guardedWrite(() =>
    db.transaction('rw', db.settings, async () => {
      await putSyncSetting(db, 'syncCheckpoint', { ...(await checkpointOf(db)), ...change });
    }),
  );
}

const malformed = (what: string) => new AppError('sync-malformed', `${what}: unexpected answer`);
