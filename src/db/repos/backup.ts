// Backups read back: a file saved by ./backup-export.ts (format in domain/backup/format.ts) is
// restored (the tablet's data replaced) or merged (another tablet's data added by id); either
// way a file is used whole or not at all. A restore reads it once, into a new database beside the
// one in use, and switches to it in one durable write once all of it is written and checked
// (db/current-database.ts). A merge reads it once, inside the single transaction that writes it:
// whatever is wrong (a row, a reference, a picture, the checksum at the end) is thrown inside it,
// which aborts it, so the tablet is as it was. The file's deletions come first, so the rows they
// keep out are known as they come; a file written before that (deletions after the other rows)
// is read once more first, for its deletions. The reading waits on the file and on Web Crypto,
// which would let IndexedDB commit the transaction early; Dexie.waitFor keeps it open. Decoding
// everything first instead would hold a year of events and photos in memory at once.
// The checksum has no key, so a file's content is trusted no further than its rows' schemas: a
// restore needs a teacher in the file and is previewed first; a merge adds or changes no adult
// without the teacher's approval, and never brings back what was deleted.
import Dexie, { type Table } from 'dexie';
import { deletionKeepingOut, type SkippedDeleted } from '../../domain/backup/deleted-rows';
import type { BackupLimits } from '../../domain/backup/format';
import {
  type ConfigTable,
  decide,
  emptyKnownIds,
  type KnownIds,
  nameOf,
  ReferenceCheck,
  type Resolution,
  studentOf,
} from '../../domain/backup/merge';
import { BACKUP_TABLES, type BackupTable } from '../../domain/backup/record-schemas';
import type { BackupRow } from '../../domain/backup/rows';
import { type StaffChange, staffChangeOf } from '../../domain/backup/staff-changes';
import { isClassroomSetting } from '../../domain/classroom-settings';
import type { Deletion } from '../../domain/deletions';
import { AppError } from '../../domain/errors';
import { type StaffId, type StudentId, ulid, ulidTime } from '../../domain/ids';
import type { AdultSession, Staff } from '../../domain/people';
import { OnePassRollups, rollupKey } from '../../domain/rollup';
import type { ScheduleItem } from '../../domain/schedule';
import type { SchoolDay } from '../../domain/time';
import type { AppDb } from '../app-db';
import { type ReadOptions, readBackup } from '../backup/reader';
import { IN_USE_SINCE_KEY, pointToDatabase, restoredDatabaseName } from '../current-database';
import { gateMedia } from '../pictures/picture-gate';
import { offerAgainFrom } from '../sync/sync-settings';
import { closeForNewerVersion } from '../version-change';
import { guardedWrite } from '../write-errors';
import { requireRole } from './access';
import { refreshDaySupport } from './events';
import { clearKioskSnapshot } from './kiosk-snapshot';
import { rebuildRollups } from './rollups';
import { readSetting } from './settings';

/**
 * Where a restore or merge is: checking the file, writing it, then working out the day figures
 * again; with the share of the file read, for the first two.
 */
export type ImportProgress = { step: 'checking' | 'writing'; share: number } | { step: 'figures' };

export type ImportOptions = {
  passphrase?: string;
  /** Tests only: lower bounds, such as fewer key iterations, to keep them quick. */
  limits?: BackupLimits;
  onProgress?: (progress: ImportProgress) => void;
};

/** Every picture in a backup passes the picture gate, in both readings; one it refuses refuses the file. */
function acceptPicture(bytes: Uint8Array) {
  const gated = gateMedia(bytes);
  return gated.ok ? gated : undefined;
}

/** How the file is read for one step of an import. */
function readOptions(options: ImportOptions, step: 'checking' | 'writing'): ReadOptions {
  const { onProgress, ...rest } = options;
  return {
    ...rest,
    acceptPicture,
    ...(step === 'writing' ? { keepAlive: waitForFile } : {}),
    ...(onProgress ? { onProgress: (share: number) => onProgress({ step, share }) } : {}),
  };
}

/** What a restore wrote, and the database now in use that holds it. */
export type RestoreSummary = { counts: Record<BackupTable, number>; database: AppDb };
export type MergeSummary = {
  added: Record<BackupTable, number>;
  resolutions: Resolution[];
  /** Changes to who may sign in that the teacher did not approve: this tablet's staff stayed. */
  staffSkipped: StaffChange[];
  /** What the file holds that was deleted here or on its tablet, left out. */
  skippedDeleted: SkippedDeleted[];
};

/** What a restore would replace: students and records now, and in the file. */
export type RestorePreview = {
  before: { students: number; events: number };
  after: { students: number; events: number };
  /** Names of the tablet's students the file does not hold: they would be gone. */
  removedStudents: string[];
};

/** What a merge would change that the teacher must see first. */
export type MergePreview = { staffChanges: StaffChange[] };

export type MergeOptions = ImportOptions & {
  /** Staff changes the teacher approved, by adult; every other one is skipped. */
  approvedStaff?: readonly StaffId[];
};

const zeroCounts = () =>
  Object.fromEntries(BACKUP_TABLES.map((table) => [table, 0])) as Record<BackupTable, number>;

/** What the checking read learned of a file: only the few rows a decision needs. */
type FileFacts = {
  counts: Record<BackupTable, number>;
  staff: Staff[];
  studentNames: Map<string, string>;
  deletions: Deletion[];
};

/** Reads the whole file once, writing nothing, and refuses it if it names what is nowhere. */
async function checkWholeFile(file: Blob, options: ImportOptions, device: KnownIds): Promise<FileFacts> {
  const references = new ReferenceCheck();
  const facts: FileFacts = { counts: zeroCounts(), staff: [], studentNames: new Map(), deletions: [] };
  const summary = await readBackup(file, readOptions(options, 'checking'), (rows) => {
    references.add(rows);
    for (const row of rows) {
      if (row.t === 'staff') facts.staff.push(row.v);
      else if (row.t === 'students') facts.studentNames.set(row.v.id, row.v.name);
      else if (row.t === 'deletions') facts.deletions.push(row.v);
    }
  });
  facts.counts = summary.counts;
  const dangling = references.dangling(device);
  if (dangling)
    throw new AppError('backup-reference', `${dangling.from} names ${dangling.table} ${dangling.id}`);
  return facts;
}

const waitForFile = <T>(work: Promise<T>) => Dexie.waitFor(work);

function tablesOf(db: AppDb) {
  return {
    settings: db.settings,
    staff: db.staff,
    students: db.students,
    cards: db.cards,
    media: db.media,
    boards: db.boards,
    scales: db.scales,
    schedules: db.schedules,
    targets: db.targets,
    plans: db.plans,
    events: db.events,
    deletions: db.deletions,
  } as const;
}

function byTable(rows: readonly BackupRow[]): Map<BackupTable, BackupRow[]> {
  const grouped = new Map<BackupTable, BackupRow[]>();
  for (const row of rows) {
    const group = grouped.get(row.t);
    if (group) group.push(row);
    else grouped.set(row.t, [row]);
  }
  return grouped;
}

/** Rows a restore writes in one transaction: a year takes a few dozen, and memory stays flat. */
export const RESTORE_BATCH_ROWS = 20_000;
/** Pictures are up to 2 MB each: a batch holding this many is written at once. */
const RESTORE_BATCH_PICTURES = 32;

/**
 * A backup written whole into a database of its own, checked, and not yet in use: the tablet's
 * data are untouched until `switchToRestored`, and `discardRestore` deletes it.
 */
export type PreparedRestore = {
  database: AppDb;
  counts: Record<BackupTable, number>;
  preview: RestorePreview;
};

/**
 * Reads the file once, writing it as it is read into a new database beside the one in use (which
 * nothing here touches), and checks everything a restore needs: the file itself (see readBackup),
 * its references, a teacher among its adults. The day figures are worked out from its events on
 * the way, never taken from the file. Anything wrong deletes the new database and is thrown; the
 * tablet is as it was. Then says what switching to it would replace, for the teacher to confirm.
 */
export async function prepareRestore(
  db: AppDb,
  session: AdultSession | undefined,
  file: Blob,
  options: ImportOptions = {},
): Promise<PreparedRestore> {
  requireRole(session, 'teacher');
  // Made with the first batch to write: a file refused before then leaves nothing to delete.
  let database: AppDb | undefined;
  const references = new ReferenceCheck();
  const facts: FileFacts = { counts: zeroCounts(), staff: [], studentNames: new Map(), deletions: [] };
  const rollups = new OnePassRollups();
  const daySchedules = new Map<string, ScheduleItem[]>();
  let batch: BackupRow[] = [];
  let pictures = 0;
  // One batch is written while the next is read.
  let writing: Promise<void> = Promise.resolve();
  const writeBatch = async (): Promise<AppDb> => {
    database ??= await newRestoreDatabase(db);
    const into = database;
    const rows = batch;
    batch = [];
    pictures = 0;
    await writing;
    writing = guardedWrite(() => writeRows(into, rows));
    // Awaited at the next batch or the end; until then a failure must not count as unhandled.
    writing.catch(() => undefined);
    return into;
  };
  try {
    const summary = await readBackup(file, readOptions(options, 'checking'), async (rows) => {
      references.add(rows);
      for (const row of rows) {
        if (row.t === 'events') rollups.add(row.v);
        else if (row.t === 'schedules' && row.v.slot.kind === 'day')
          daySchedules.set(rollupKey(row.v.studentId, row.v.slot.day), row.v.items);
        else if (row.t === 'staff') facts.staff.push(row.v);
        else if (row.t === 'students') facts.studentNames.set(row.v.id, row.v.name);
        else if (row.t === 'media') pictures++;
        batch.push(row);
      }
      if (batch.length >= RESTORE_BATCH_ROWS || pictures >= RESTORE_BATCH_PICTURES) await writeBatch();
    });
    facts.counts = summary.counts;
    const dangling = references.dangling(emptyKnownIds());
    if (dangling)
      throw new AppError('backup-reference', `${dangling.from} names ${dangling.table} ${dangling.id}`);
    if (!facts.staff.some((member) => member.role === 'teacher'))
      throw new AppError('backup-no-teacher', `${facts.staff.length} staff, none a teacher`);
    const restored = await writeBatch();
    await writing;
    options.onProgress?.({ step: 'figures' });
    const takenBack = await restored.events.bulkGet(rollups.takenBack);
    const figures = rollups.rollups(
      takenBack.filter((event) => event !== undefined),
      (studentId, day) => daySchedules.get(rollupKey(studentId, day)),
    );
    await guardedWrite(() => restored.rollups.bulkAdd(figures));
    return { database: restored, counts: facts.counts, preview: await previewOf(db, facts) };
  } catch (error) {
    await writing.catch(() => undefined);
    await database?.delete({ disableAutoOpen: true }).catch(() => undefined);
    throw error;
  }
}

/**
 * A new database for a restore, open from now until it is switched to or deleted. Deleted by
 * another tab meanwhile (erasing the tablet, say), its connection closes for good: Dexie would
 * otherwise open it again at the next write, new and empty, and the restore would go on into it.
 */
async function newRestoreDatabase(db: AppDb): Promise<AppDb> {
  const database = db.sibling(restoredDatabaseName(ulid(Date.now())));
  // A deletion elsewhere reaches an open connection as a version change.
  closeForNewerVersion(database, () => undefined);
  await database.open();
  return database;
}

/** Refuses to go on with a restore's database that has been closed: it may have been deleted. */
function stillOpen(database: AppDb): void {
  if (!database.isOpen())
    throw new AppError('restore-database-lost', `${database.name} was closed before it was in use`);
}

/**
 * Each table's rows of a batch added in one transaction, on disk when it resolves. Straight to
 * IndexedDB, past Dexie: the database is new, nothing reads it yet, and Dexie's bookkeeping for
 * live queries costs more than the writes of a year's events themselves.
 */
async function writeRows(database: AppDb, rows: readonly BackupRow[]): Promise<void> {
  const grouped = byTable(rows);
  if (grouped.size === 0) return;
  stillOpen(database);
  const transaction = database.backendDB().transaction([...grouped.keys()], 'readwrite', {
    durability: 'strict',
  });
  for (const [name, group] of grouped) {
    const store = transaction.objectStore(name);
    for (const row of group) store.add(row.v);
  }
  await new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onabort = () => reject(transaction.error ?? new Error('the restore’s write was aborted'));
  });
}

/** What switching to the file's data would replace here. */
async function previewOf(db: AppDb, facts: FileFacts): Promise<RestorePreview> {
  const students = await db.students.toArray();
  return {
    before: { students: students.length, events: await db.events.count() },
    after: { students: facts.counts.students, events: facts.counts.events },
    removedStudents: students
      .filter((student) => !facts.studentNames.has(student.id))
      .map((student) => student.name)
      .sort((a, b) => a.localeCompare(b)),
  };
}

/**
 * Puts the prepared restore in use in place of the tablet's data: students, staff and their PINs,
 * cards, pictures, schedules, boards, scales, targets, plans, classroom settings and events all
 * become the file's. This tablet keeps its own settings (its id, language, backup reminder, sync
 * account, but not sync's checkpoint): it is still the same device, and two tablets restored
 * from one file must not share an id, or their later events could not be told apart. The switch
 * is one write naming the new database (see current-database.ts), made only while that database
 * is open and still holds the people prepared; the old one is closed, so `db` must not be used
 * after this: the app starts again on the restored database, and other tabs are asked to
 * reload. The old database is deleted an hour later. A tap recorded on it since the preview is
 * replaced with the rest, as a restore replaces everything.
 */
export async function switchToRestored(
  db: AppDb,
  session: AdultSession | undefined,
  prepared: PreparedRestore,
): Promise<RestoreSummary> {
  requireRole(session, 'teacher');
  const { database, counts } = prepared;
  // Sync's checkpoint says what this database exchanged with the server: the restored one starts
  // again from the beginning, so the server's records it lacks come back and its own are offered.
  const deviceSettings = (await db.settings.toArray()).filter(
    (row) => !isClassroomSetting(row.key) && row.key !== 'syncCheckpoint',
  );
  const tabletStudent = await readSetting(db, 'kioskStudentId');
  stillOpen(database);
  await guardedWrite(() =>
    database.transaction('rw', [database.settings, database.students, database.staff], async () => {
      // Its people must still be there: the pointer never names a database made again empty.
      // (The events are not counted: half a million take a while, and a database deleted
      // under this connection has closed it, which stillOpen refused above.)
      const [staff, students] = await Promise.all([database.staff.count(), database.students.count()]);
      if (staff !== counts.staff || students !== counts.students)
        throw new AppError('restore-database-lost', `${staff} staff, ${students} students`);
      // A tablet set to a student the file does not hold shows the class again.
      const stillHere = tabletStudent && (await database.students.get(tabletStudent));
      await database.settings.bulkPut([
        ...deviceSettings.filter(
          (row) => (row.key !== 'kioskStudentId' || stillHere) && row.key !== IN_USE_SINCE_KEY,
        ),
        // Found again by if the pointer written below is lost (see current-database.ts).
        { key: IN_USE_SINCE_KEY, value: Date.now() },
      ]);
    }),
  );
  // The kiosk's last screen showed the data this restore replaces.
  clearKioskSnapshot();
  pointToDatabase(database.name, Date.now(), db.pointerStorage);
  db.close({ disableAutoOpen: true });
  return { counts: prepared.counts, database };
}

/** Deletes the database a prepared restore wrote, which the teacher decided not to use. */
export async function discardRestore(prepared: PreparedRestore): Promise<void> {
  await prepared.database.delete({ disableAutoOpen: true });
}

/** Prepares a restore and switches to it at once (see prepareRestore and switchToRestored). */
export async function restoreBackup(
  db: AppDb,
  session: AdultSession | undefined,
  file: Blob,
  options: ImportOptions = {},
): Promise<RestoreSummary> {
  return switchToRestored(db, session, await prepareRestore(db, session, file, options));
}

async function deviceIds(db: AppDb): Promise<KnownIds> {
  const known = emptyKnownIds();
  for (const table of Object.keys(known) as (keyof KnownIds)[]) {
    for (const id of await db[table].toCollection().primaryKeys()) known[table].add(id);
  }
  return known;
}

/** The staff changes a file would make here, each waiting for the teacher's yes. */
async function staffChangesOf(db: AppDb, staff: readonly Staff[]): Promise<StaffChange[]> {
  const here = await db.staff.bulkGet(staff.map((member) => member.id));
  return staff.flatMap((member, index) => staffChangeOf(here[index], member) ?? []);
}

/**
 * Reads the whole file, writing nothing, and lists what a merge of it would change about who may
 * sign in: adults it adds, roles and PINs it changes. Refuses what a merge would refuse.
 */
export async function previewMerge(
  db: AppDb,
  session: AdultSession | undefined,
  file: Blob,
  options: ImportOptions = {},
): Promise<MergePreview> {
  requireRole(session, 'teacher');
  const facts = await checkWholeFile(file, options, await deviceIds(db));
  return { staffChanges: await staffChangesOf(db, facts.staff) };
}

/**
 * Thrown inside a merge's transaction, aborting it, when a deletion comes after rows it may have
 * had to keep out: files written before deletions came first hold them after the configuration.
 */
class DeletionsAfterRows extends Error {}

/**
 * Adds another tablet's data by id. Events and pictures are never changed, so one already here is
 * skipped; of two versions of a configuration row the later edit stays (see `decide`), and each
 * such conflict is listed. An adult is added, or a role or PIN changed, only when the teacher
 * approved it (`approvedStaff`, after `previewMerge`). What was deleted, here or on the file's
 * tablet, stays deleted. Merging the same file again adds nothing. The file is read once, inside
 * the one transaction that writes it; a file whose deletions come after its other rows (written
 * before they came first) is read for its deletions first, then merged.
 */
export async function mergeBackup(
  db: AppDb,
  session: AdultSession | undefined,
  file: Blob,
  options: MergeOptions = {},
): Promise<MergeSummary> {
  requireRole(session, 'teacher');
  const { approvedStaff: _approved, ...importOptions } = options;
  const merged = await guardedWrite(() =>
    mergeInOneReading(db, file, options, undefined).catch(async (error: unknown) => {
      if (error instanceof DeletionsAfterRows) return undefined;
      // The database may refuse a row whose damage only the checksum at the end shows: a file
      // that is not sound is refused as such, before the database's refusal is told.
      if (!(error instanceof AppError)) await checkWholeFile(file, importOptions, await deviceIds(db));
      throw error;
    }),
  );
  if (merged) return merged;
  const { deletions } = await checkWholeFile(file, importOptions, await deviceIds(db));
  return guardedWrite(() => mergeInOneReading(db, file, options, deletions));
}

/**
 * Reads the file and merges it as it is read, in one transaction: anything the reading or the
 * checks at its end refuse (the checksum, a row, a reference nowhere, a picture) is thrown inside
 * it, so nothing is written. The file's deletions are known before the rows they keep out, either
 * because they come first in the file or from an earlier reading (`fileDeletions`); without the
 * latter, a deletion after other rows throws DeletionsAfterRows.
 */
async function mergeInOneReading(
  db: AppDb,
  file: Blob,
  options: MergeOptions,
  fileDeletions: readonly Deletion[] | undefined,
): Promise<MergeSummary> {
  const { approvedStaff = [], ...importOptions } = options;
  const approved = new Set<string>(approvedStaff);
  const staffSkipped: StaffChange[] = [];
  const tables = tablesOf(db);
  const added = zeroCounts();
  const resolutions: Resolution[] = [];
  const unnamed: { resolution: Resolution; studentId: StudentId }[] = [];
  const skipped = new Map<string, SkippedDeleted>();
  // The oldest time among the rows taken from the file: a synced tablet offers them from there.
  let oldestTaken = Number.POSITIVE_INFINITY;
  const taken = (row: BackupRow) => {
    oldestTaken = Math.min(oldestTaken, timeOfRow(row));
  };
  return db.transaction('rw', [...Object.values(tables), db.rollups], async () => {
    const device = await deviceIds(db);
    const references = new ReferenceCheck();
    const deleted = new Map<string, Deletion>();
    for (const deletion of [...(fileDeletions ?? []), ...(await db.deletions.toArray())])
      deleted.set(deletion.id, deletion);
    // The file's deletions, added at the end, when what this tablet holds after the merge is known.
    const deletionsRead: Deletion[] = [];
    let otherRowsRead = false;
    // A replaced picture stays out, unless a later card or student from the file shows it again.
    const picturesTaken = new Set<string>();
    // A day's support map follows its schedule: a day schedule taken from the file recounts it.
    const daysRescheduled: { studentId: StudentId; day: SchoolDay }[] = [];
    /** Whether the row was deleted; if so it is counted against its deletion for the teacher. */
    const keptOut = (row: BackupRow): boolean => {
      const deletion = deletionKeepingOut(row, deleted);
      if (!deletion || (row.t === 'media' && picturesTaken.has(row.v.id))) return false;
      const entry = skipped.get(deletion.id) ?? {
        kind: deletion.kind,
        id: deletion.id,
        at: deletion.at,
        rows: 0,
      };
      entry.rows++;
      const name = keyOf(row) === deletion.id ? nameOf(row) : undefined;
      if (name !== undefined) entry.name = name;
      skipped.set(deletion.id, entry);
      return true;
    };
    options.onProgress?.({ step: 'writing', share: 0 });
    // The events this tablet holds in the span of the next chunk's, asked for while its rows are checked.
    let eventsAhead: KeySpanRead | undefined;
    const reading: ReadOptions = {
      ...readOptions(importOptions, 'writing'),
      beforeCheck: (records) => {
        eventsAhead = keySpanRead(tables.events as Table, eventKeysAsWritten(records));
      },
    };
    await readBackup(file, reading, async (rows) => {
      references.add(rows);
      for (const [name, group] of byTable(rows)) {
        const table = tables[name] as Table;
        const writes: unknown[] = [];
        if (name === 'deletions') {
          if (otherRowsRead && fileDeletions === undefined) throw new DeletionsAfterRows();
          for (const row of group) {
            if (row.t !== 'deletions') continue;
            // The tablet's own deletion of the same row is the one the teacher is told of.
            if (!deleted.has(row.v.id)) deleted.set(row.v.id, row.v);
            deletionsRead.push(row.v);
          }
          continue;
        }
        otherRowsRead = true;
        const kept = group.filter((row) => !keptOut(row)).map((row) => withoutDeletedStudents(row, deleted));
        const keys = kept.map(keyOf);
        // Events and pictures never change: one already here is the same, so only whether it is
        // here is read, not the row itself (a year's events would take most of a merge to read).
        if (name === 'events' || name === 'media') {
          const here = await keysHere(table, keys, name === 'events' ? eventsAhead : undefined);
          for (const row of kept) {
            if (here.has(keyOf(row))) continue;
            added[name]++;
            writes.push(row.v);
            taken(row);
          }
          if (writes.length > 0) await table.bulkPut(writes);
          continue;
        }
        const existing: unknown[] = await table.bulkGet(keys);
        kept.forEach((row, index) => {
          const here = existing[index];
          if (row.t === 'staff') {
            const change = staffChangeOf(here as Staff | undefined, row.v);
            if (change && !approved.has(change.id)) {
              staffSkipped.push(change);
              return;
            }
          }
          if (here === undefined) added[name]++;
          const decision = decide(here, row.v);
          if (decision === 'add' || decision === 'take-backup') {
            writes.push(row.v);
            taken(row);
            if (row.t === 'schedules' && row.v.slot.kind === 'day')
              daysRescheduled.push({ studentId: row.v.studentId, day: row.v.slot.day });
            const picture =
              row.t === 'cards' ? row.v.picture : row.t === 'students' ? row.v.photo : undefined;
            if (picture) picturesTaken.add(picture.mediaId);
          }
          if (decision === 'take-backup' || decision === 'keep-device') {
            const resolution: Resolution = {
              table: name as ConfigTable,
              id: keyOf(row),
              kept: decision === 'take-backup' ? 'backup' : 'device',
            };
            const known = nameOf(row);
            if (known !== undefined) resolution.name = known;
            resolutions.push(resolution);
            const studentId = studentOf(row);
            if (known === undefined && studentId) unnamed.push({ resolution, studentId });
          }
        });
        if (writes.length > 0) await table.bulkPut(writes);
      }
    });
    const dangling = references.dangling(device);
    if (dangling)
      throw new AppError('backup-reference', `${dangling.from} names ${dangling.table} ${dangling.id}`);
    // Nothing is refused past this point: the kiosk's last screen may show what the merge changes.
    clearKioskSnapshot();
    await addDeletions(db, deletionsRead, (deletion) => {
      added.deletions++;
      taken({ t: 'deletions', v: deletion });
    });
    await nameByStudent(db, unnamed);
    if (oldestTaken < Number.POSITIVE_INFINITY) await offerAgainFrom(db, oldestTaken);
    if (added.events > 0) {
      options.onProgress?.({ step: 'figures' });
      await rebuildRollups(db);
    } else for (const { studentId, day } of daysRescheduled) await refreshDaySupport(db, studentId, day);
    return { added, resolutions, staffSkipped, skippedDeleted: [...skipped.values()] };
  });
}

/**
 * Adds the file's deletions this tablet lacks: not one known here already, nor one of a row the
 * tablet holds after the merge (another tablet's deletion of it is not this tablet's).
 */
async function addDeletions(
  db: AppDb,
  deletions: readonly Deletion[],
  onAdded: (deletion: Deletion) => void,
): Promise<void> {
  const known = await db.deletions.bulkGet(deletions.map((deletion) => deletion.id));
  const writes: Deletion[] = [];
  for (const [index, deletion] of deletions.entries()) {
    if (known[index] || (await holds(db, deletion))) continue;
    writes.push(deletion);
    onAdded(deletion);
  }
  if (writes.length > 0) await db.deletions.bulkPut(writes);
}

/**
 * When a row was made or last edited, as a sync's push reads it: an event by its id, a setting
 * kept before settings carried their time of edit by none (it is offered at every sync anyway).
 */
function timeOfRow(row: BackupRow): number {
  if (row.t === 'events') return ulidTime(row.v.id);
  if (row.t === 'deletions') return row.v.at;
  return 'updatedAt' in row.v && typeof row.v.updatedAt === 'number'
    ? row.v.updatedAt
    : Number.POSITIVE_INFINITY;
}

/** Whether this tablet holds the row a deletion names (then the other tablet's deletion is not ours). */
async function holds(db: AppDb, deletion: Deletion): Promise<boolean> {
  const table = db[deletion.kind] as Table;
  return (await table.where(':id').equals(deletion.id).count()) > 0;
}

/** A board from the file shows nothing to a deleted student. */
function withoutDeletedStudents(row: BackupRow, deleted: ReadonlyMap<string, Deletion>): BackupRow {
  if (row.t !== 'boards' || !Object.keys(row.v.shown).some((id) => deleted.has(id))) return row;
  const shown = Object.fromEntries(Object.entries(row.v.shown).filter(([id]) => !deleted.has(id)));
  return { t: 'boards', v: { ...row.v, shown } };
}

/** Rows between the first and last key of a page that are read at most, per key of the page. */
const SPAN_READ_LIMIT = 4;

/** The keys a table holds between two keys, at most `limit` of them, being read. */
type KeySpanRead = { first: string; last: string; limit: number; keys: Promise<string[]> };

/** The lowest and the highest of these keys, in one pass: sorting 20,000 took a tenth of a merge. */
function spanOf(keys: readonly string[]): { first: string; last: string } | undefined {
  let [first, last] = [keys[0], keys[0]];
  for (const key of keys) {
    if (first === undefined || key < first) first = key;
    if (last === undefined || key > last) last = key;
  }
  return first === undefined || last === undefined ? undefined : { first, last };
}

/** The keys the table holds in the span of these, read in one request. */
function keySpanRead(table: Table, keys: readonly string[]): KeySpanRead | undefined {
  const span = spanOf(keys);
  if (!span) return undefined;
  const limit = keys.length * SPAN_READ_LIMIT;
  const read = table.where(':id').between(span.first, span.last, true, true).limit(limit).primaryKeys();
  // A read made ahead may go unused (its chunk's events all kept out): not an unhandled rejection.
  read.catch(() => undefined);
  return { ...span, limit, keys: read as Promise<string[]> };
}

/**
 * The ids of a chunk's events as the file has them, unchecked: only ever the bounds of a read
 * whose answer is used for keys that were checked and fall between them.
 */
function eventKeysAsWritten(records: readonly unknown[]): string[] {
  const keys: string[] = [];
  for (const record of records) {
    if (typeof record !== 'object' || record === null || !('t' in record) || record.t !== 'events') continue;
    const row = 'v' in record ? record.v : undefined;
    if (typeof row === 'object' && row !== null && 'id' in row && typeof row.id === 'string')
      keys.push(row.id);
  }
  return keys;
}

/**
 * Which of these keys the table holds. A backup lists its events in order of id, so a page's
 * keys lie together: the keys between its first and last are read in one request (or were, as
 * `ahead`, while the page was checked). When the table holds many more between them (another
 * tablet's file, whose events fall among this tablet's), they are looked up key by key instead.
 */
async function keysHere(table: Table, keys: readonly string[], ahead?: KeySpanRead): Promise<Set<string>> {
  const span = spanOf(keys);
  if (!span) return new Set();
  const read =
    ahead && ahead.first <= span.first && span.last <= ahead.last ? ahead : keySpanRead(table, keys);
  if (!read) return new Set();
  const held = await read.keys;
  if (held.length < read.limit) return new Set(held);
  return new Set((await table.where(':id').anyOf(keys).primaryKeys()) as string[]);
}

const keyOf = (row: BackupRow): string => (row.t === 'settings' ? row.v.key : row.v.id);

/** Schedules, plans and review plans are known by their student's name. */
async function nameByStudent(
  db: AppDb,
  pending: readonly { resolution: Resolution; studentId: StudentId }[],
): Promise<void> {
  for (const { resolution, studentId } of pending) {
    const student = await db.students.get(studentId);
    if (student) resolution.name = student.name;
  }
}
