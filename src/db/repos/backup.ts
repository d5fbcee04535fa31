// Backups read back: a file saved by ./backup-export.ts (format in domain/backup/format.ts) is
// restored (the tablet's data replaced) or merged (another tablet's data added by id). A file is
// read twice: once to check all of it (format, checksum, rows, references) with nothing written,
// then once more inside a single transaction that writes it, so a file is used whole or not at all. The second reading waits on the file and on
// Web Crypto, which would let IndexedDB commit the transaction early; Dexie.waitFor keeps it open.
// Decoding everything first instead would hold a year of events and photos in memory at once.
import Dexie, { type Table } from 'dexie';
import { type BackupLimits, isClassroomSetting } from '../../domain/backup/format';
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
import { type BackupRow, type ReadOptions, readBackup } from '../../domain/backup/reader';
import { BACKUP_TABLES, type BackupTable } from '../../domain/backup/record-schemas';
import { AppError } from '../../domain/errors';
import type { StudentId } from '../../domain/ids';
import type { AdultSession } from '../../domain/people';
import type { AppDb } from '../app-db';
import { gatePicture } from '../pictures/picture-gate';
import { guardedWrite } from '../write-errors';
import { requireRole } from './access';
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
  const gated = gatePicture(bytes);
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

export type RestoreSummary = { counts: Record<BackupTable, number> };
export type MergeSummary = { added: Record<BackupTable, number>; resolutions: Resolution[] };

const zeroCounts = () =>
  Object.fromEntries(BACKUP_TABLES.map((table) => [table, 0])) as Record<BackupTable, number>;

/** Reads the whole file once, writing nothing, and refuses it if it names what is nowhere. */
async function checkWholeFile(file: Blob, options: ImportOptions, device: KnownIds): Promise<void> {
  const references = new ReferenceCheck();
  await readBackup(file, readOptions(options, 'checking'), (rows) => references.add(rows));
  const dangling = references.dangling(device);
  if (dangling)
    throw new AppError('backup-reference', `${dangling.from} names ${dangling.table} ${dangling.id}`);
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

/**
 * Replaces the tablet's classroom data with the file's: students, staff and their PINs, cards,
 * pictures, schedules, boards, scales, targets, plans, classroom settings and events. This
 * tablet keeps its own id, language and backup reminder: it is still the same device, and two
 * tablets restored from one file must not share an id, or their later events could not be told apart.
 */
export async function restoreBackup(
  db: AppDb,
  session: AdultSession | undefined,
  file: Blob,
  options: ImportOptions = {},
): Promise<RestoreSummary> {
  requireRole(session, 'teacher');
  await checkWholeFile(file, options, emptyKnownIds());
  const tables = tablesOf(db);
  const counts = zeroCounts();
  await guardedWrite(() =>
    db.transaction('rw', [...Object.values(tables), db.rollups], async () => {
      for (const [name, table] of Object.entries(tables)) {
        if (name !== 'settings') await table.clear();
      }
      await db.settings.filter((row) => isClassroomSetting(row.key)).delete();
      options.onProgress?.({ step: 'writing', share: 0 });
      await readBackup(file, readOptions(options, 'writing'), async (rows) => {
        for (const [table, group] of byTable(rows)) {
          await (tables[table] as Table).bulkAdd(group.map((row) => row.v));
          counts[table] += group.length;
        }
      });
      const tabletStudent = await readSetting(db, 'kioskStudentId');
      if (tabletStudent && !(await db.students.get(tabletStudent)))
        await db.settings.delete('kioskStudentId');
      options.onProgress?.({ step: 'figures' });
      await rebuildRollups(db);
    }),
  );
  return { counts };
}

async function deviceIds(db: AppDb): Promise<KnownIds> {
  const known = emptyKnownIds();
  for (const table of Object.keys(known) as (keyof KnownIds)[]) {
    for (const id of await db[table].toCollection().primaryKeys()) known[table].add(id);
  }
  return known;
}

/**
 * Adds another tablet's data by id. Events and pictures are never changed, so one already here is
 * skipped; of two versions of a configuration row the later edit stays (see `decide`), and each
 * such conflict is listed. Merging the same file again adds nothing.
 */
export async function mergeBackup(
  db: AppDb,
  session: AdultSession | undefined,
  file: Blob,
  options: ImportOptions = {},
): Promise<MergeSummary> {
  requireRole(session, 'teacher');
  await checkWholeFile(file, options, await deviceIds(db));
  const tables = tablesOf(db);
  const added = zeroCounts();
  const resolutions: Resolution[] = [];
  const unnamed: { resolution: Resolution; studentId: StudentId }[] = [];
  await guardedWrite(() =>
    db.transaction('rw', [...Object.values(tables), db.rollups], async () => {
      options.onProgress?.({ step: 'writing', share: 0 });
      await readBackup(file, readOptions(options, 'writing'), async (rows) => {
        for (const [name, group] of byTable(rows)) {
          const table = tables[name] as Table;
          const keys = group.map(keyOf);
          const writes: unknown[] = [];
          // Events and pictures never change: one already here is the same, so only whether it is
          // here is read, not the row itself (a year's events would take most of a merge to read).
          if (name === 'events' || name === 'media') {
            const here = await keysHere(table, keys);
            for (const row of group) {
              if (here.has(keyOf(row))) continue;
              added[name]++;
              writes.push(row.v);
            }
            await table.bulkPut(writes);
            continue;
          }
          const existing: unknown[] = await table.bulkGet(keys);
          group.forEach((row, index) => {
            const here = existing[index];
            if (here === undefined) added[name]++;
            const decision = decide(here, row.v);
            if (decision === 'add' || decision === 'take-backup') writes.push(row.v);
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
          await table.bulkPut(writes);
        }
      });
      await nameByStudent(db, unnamed);
      if (added.events > 0) {
        options.onProgress?.({ step: 'figures' });
        await rebuildRollups(db);
      }
    }),
  );
  return { added, resolutions };
}

/** Rows between the first and last key of a page that are read at most, per key of the page. */
const SPAN_READ_LIMIT = 4;

/**
 * Which of these keys the table holds. A backup lists its events in order of id, so a page's
 * keys lie together: the keys between its first and last are read in one request. When the
 * table holds many more between them (another tablet's file, whose events fall among this
 * tablet's), they are looked up key by key instead.
 */
async function keysHere(table: Table, keys: readonly string[]): Promise<Set<string>> {
  const sorted = [...keys].sort();
  const [first, last] = [sorted[0], sorted.at(-1)];
  if (first === undefined || last === undefined) return new Set();
  const limit = keys.length * SPAN_READ_LIMIT;
  const span = (await table
    .where(':id')
    .between(first, last, true, true)
    .limit(limit)
    .primaryKeys()) as string[];
  if (span.length < limit) return new Set(span);
  return new Set((await table.where(':id').anyOf(sorted).primaryKeys()) as string[]);
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
