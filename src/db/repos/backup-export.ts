// Backups saved: every table but the derived rollups, to one file (format in
// domain/backup/format.ts), written a chunk at a time; ./backup.ts reads it back.
import * as v from 'valibot';
import { toBase64 } from '../../domain/backup/encoding';
import { type FileRecord, RECORD_SCHEMAS } from '../../domain/backup/record-schemas';
import { isClassroomSetting } from '../../domain/classroom-settings';
import { AppError } from '../../domain/errors';
import type { AppEvent } from '../../domain/events';
import type { AdultSession } from '../../domain/people';
import type { AppDb, MediaRecord } from '../app-db';
import { BackupWriter } from '../backup/writer';
import { gateMedia } from '../pictures/picture-gate';
import { guardedWrite } from '../write-errors';
import { requireRole } from './access';
import { writeSetting } from './settings';

export const PASSPHRASE_MIN_LENGTH = 8;
const EVENT_PAGE = 2000;

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
      db.deletions,
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
      deletions: await db.deletions.toArray(),
    }),
  );
  const writer = await BackupWriter.start({ createdAt: options.now, ...(passphrase ? { passphrase } : {}) });
  const add = (record: FileRecord) => writer.add(checkedForFile(record));
  // First, so a merge knows what to keep out before the rows it would keep out (see ./backup.ts).
  for (const row of snapshot.deletions) await add({ t: 'deletions', v: row });
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
  return writer.finish();
}

/**
 * Notes when the last backup was saved, for the reminder. Apart from `exportBackup`, and after the
 * file is handed out: on a full disk this write fails, and the teacher still needs the file then.
 */
export async function markBackupSaved(
  db: AppDb,
  session: AdultSession | undefined,
  now: number,
): Promise<void> {
  requireRole(session, 'teacher');
  await guardedWrite(() => writeSetting(db, 'lastBackupAt', now));
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

/** Only what passes the picture gate leaves, whatever an older version of the app stored. */
export async function mediaForFile(media: MediaRecord): Promise<Extract<FileRecord, { t: 'media' }>['v']> {
  const gated = gateMedia(new Uint8Array(await media.blob.arrayBuffer()));
  if (!gated.ok) throw new AppError('backup-row-unfit', `media ${media.id}: ${gated.problem}`);
  return {
    id: media.id,
    ownerId: media.ownerId,
    updatedAt: media.updatedAt,
    type: gated.type,
    data: toBase64(gated.bytes),
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
