// Backups: the teacher saves every table but the derived rollups to one file (see
// domain/backup/format.ts), and restores it (the tablet's data replaced) or merges it (another
// tablet's data added by id). A file is read twice: once to check all of it (format, checksum,
// rows, references) with nothing written, then once more inside a single transaction that
// writes it, so a file is used whole or not at all. The second reading waits on the file and on
// Web Crypto, which would let IndexedDB commit the transaction early; Dexie.waitFor keeps it open.
// Decoding everything first instead would hold a year of events and photos in memory at once.
import Dexie, { type Table } from 'dexie';
import * as v from 'valibot';
import { toBase64 } from '../../domain/backup/encoding';
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
import { type BackupRow, type ReadOptions, readBackup } from '../../domain/backup/reader';
import {
  BACKUP_TABLES,
  type BackupTable,
  type FileRecord,
  RECORD_SCHEMAS,
} from '../../domain/backup/record-schemas';
import { BackupWriter } from '../../domain/backup/writer';
import { AppError } from '../../domain/errors';
import type { AppEvent } from '../../domain/events';
import type { StudentId } from '../../domain/ids';
import type { AdultSession } from '../../domain/people';
import { REPORTING_PERIODS_KEY, REVIEW_PLAN_KEY_PREFIX } from '../../domain/review/plan-schemas';
import type { AppDb, MediaRecord } from '../app-db';
import { guardedWrite } from '../write-errors';
import { requireRole } from './access';
import { rebuildRollups } from './rollups';
import { readSetting, writeSetting } from './settings';

export const PASSPHRASE_MIN_LENGTH = 8;
const EVENT_PAGE = 2000;

/** Settings the whole classroom shares; the others (this tablet's id, language, student…) stay on the tablet. */
const isClassroomSetting = (key: string) =>
  key === 'promptLevels' || key === REPORTING_PERIODS_KEY || key.startsWith(REVIEW_PLAN_KEY_PREFIX);

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

/** How the file is read for one step of an import. */
function readOptions(options: ImportOptions, step: 'checking' | 'writing'): ReadOptions {
  const { onProgress, ...rest } = options;
  return {
    ...rest,
    ...(step === 'writing' ? { keepAlive: waitForFile } : {}),
    ...(onProgress ? { onProgress: (share: number) => onProgress({ step, share }) } : {}),
  };
}

export type RestoreSummary = { counts: Record<BackupTable, number> };
export type MergeSummary = { added: Record<BackupTable, number>; resolutions: Resolution[] };

const zeroCounts = () =>
  Object.fromEntries(BACKUP_TABLES.map((table) => [table, 0])) as Record<BackupTable, number>;

/**
 * Every table but the rollups as a backup file, sealed with the passphrase when one is given.
 * The configuration and the pictures are read in one transaction, so they name each other
 * consistently; events follow a page at a time, only of students in that configuration.
 */
export async function exportBackup(
  db: AppDb,
  session: AdultSession | undefined,
  options: { now: number; passphrase?: string },
): Promise<Blob> {
  requireRole(session, 'teacher');
  const { passphrase } = options;
  if (passphrase !== undefined && passphrase.length < PASSPHRASE_MIN_LENGTH) {
    throw new AppError('backup-passphrase-short', 'too short', { min: PASSPHRASE_MIN_LENGTH });
  }
  const snapshot = await db.transaction(
    'r',
    [
      db.settings,
      db.staff,
      db.students,
      db.cards,
      db.media,
      db.boards,
      db.scales,
      db.schedules,
      db.targets,
      db.plans,
    ],
    async () => ({
      settings: (await db.settings.toArray()).filter((row) => isClassroomSetting(row.key)),
      staff: await db.staff.toArray(),
      students: await db.students.toArray(),
      cards: await db.cards.toArray(),
      media: await db.media.toArray(),
      boards: await db.boards.toArray(),
      scales: await db.scales.toArray(),
      schedules: await db.schedules.toArray(),
      targets: await db.targets.toArray(),
      plans: await db.plans.toArray(),
    }),
  );
  const writer = await BackupWriter.start({ createdAt: options.now, ...(passphrase ? { passphrase } : {}) });
  const add = (record: FileRecord) => writer.add(checkedForFile(record));
  for (const row of snapshot.settings) {
    // A value that no longer fits its schema reads as absent in the app: it is left out here too.
    const result = v.safeParse(RECORD_SCHEMAS.settings, row);
    if (result.success) await writer.add({ t: 'settings', v: result.output });
  }
  for (const row of snapshot.staff) await add({ t: 'staff', v: row });
  for (const row of snapshot.students) await add({ t: 'students', v: row });
  for (const row of snapshot.cards) await add({ t: 'cards', v: row });
  for (const media of snapshot.media) await add({ t: 'media', v: await mediaForFile(media) });
  for (const row of snapshot.boards) await add({ t: 'boards', v: row });
  for (const row of snapshot.scales) await add({ t: 'scales', v: row });
  for (const row of snapshot.schedules) await add({ t: 'schedules', v: row });
  for (const row of snapshot.targets) await add({ t: 'targets', v: row });
  for (const row of snapshot.plans) await add({ t: 'plans', v: row });
  const studentIds = new Set<string>(snapshot.students.map((student) => student.id));
  // Events were checked when recorded, with the same schema: a year of them is not checked again.
  await eachEventPage(db, async (events) => {
    for (const event of events)
      if (studentIds.has(event.studentId)) await writer.add({ t: 'events', v: event });
  });
  const file = await writer.finish();
  await writeSetting(db, 'lastBackupAt', options.now);
  return file;
}

/**
 * A configuration row as the file will hold it, checked with the schema a restore uses: a row the
 * app could not read back is refused now, while the tablet still has it, not on the day of a restore.
 */
function checkedForFile(record: FileRecord): FileRecord {
  const schema: v.GenericSchema = RECORD_SCHEMAS[record.t];
  if (!v.safeParse(schema, record.v).success) {
    throw new AppError(
      'backup-row-unfit',
      `${record.t} ${'id' in record.v ? record.v.id : ''} does not fit the backup`,
    );
  }
  return record;
}

async function mediaForFile(media: MediaRecord): Promise<Extract<FileRecord, { t: 'media' }>['v']> {
  const bytes = new Uint8Array(await media.blob.arrayBuffer());
  return {
    id: media.id,
    ownerId: media.ownerId,
    updatedAt: media.updatedAt,
    type: media.blob.type,
    data: toBase64(bytes),
  };
}

async function eachEventPage(db: AppDb, visit: (events: AppEvent[]) => Promise<void>): Promise<void> {
  let page = await db.events.orderBy(':id').limit(EVENT_PAGE).toArray();
  while (page.length > 0) {
    await visit(page);
    const last = page[page.length - 1];
    if (!last || page.length < EVENT_PAGE) return;
    page = await db.events.where(':id').above(last.id).limit(EVENT_PAGE).toArray();
  }
}

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
