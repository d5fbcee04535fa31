// A restore of a file of more than one batch: its database exists before the file has been read
// to the end, so a refusal then, or the database vanishing under it (another tab erasing the
// tablet), must still leave the tablet as it was, with no half database anywhere and none named.
import { beforeAll, expect, test } from 'vitest';
import { currentDatabaseName } from '../../src/db/current-database';
import { RESTORED_NAME } from '../../src/db/database-names';
import {
  prepareRestore,
  RESTORE_BATCH_ROWS,
  restoreBackup,
  switchToRestored,
} from '../../src/db/repos/backup';
import { exportBackup } from '../../src/db/repos/backup-export';
import { putSyncSetting, readSyncSetting } from '../../src/db/sync/sync-settings';
import { AppError } from '../../src/domain/errors';
import { ulid } from '../../src/domain/ids';
import { stampEvent } from '../../src/domain/stamp';
import { seedClassroom } from '../support/classroom';
import { databaseNamesIn, tabletOfItsOwn } from '../support/fresh-db';
import { classroomDump } from '../support/full-dump';

const NOW = Date.UTC(2026, 8, 7, 12);
const HOUR = 60 * 60_000;

/** A tablet with a classroom of its own, in an IndexedDB and a localStorage of its own. */
async function tablet(prefix = '') {
  const { factory, storage, db } = tabletOfItsOwn();
  const { teacher } = await seedClassroom(db, NOW, prefix);
  return { factory, storage, db, teacher };
}

/** Another classroom's backup, with more events than a restore writes in one batch. */
let bigFile: Blob;
beforeAll(async () => {
  const source = await tablet('Other ');
  const [student] = await source.db.students.toArray();
  if (!student) throw new Error('no student');
  const device = ulid<'device'>(NOW);
  await source.db.events.bulkAdd(
    Array.from({ length: RESTORE_BATCH_ROWS + 5000 }, (_, index) =>
      stampEvent(
        { type: 'note', studentId: student.id, actor: { kind: 'student' }, text: `Note ${index}` },
        NOW + 1000 + index,
        device,
      ),
    ),
  );
  bigFile = await exportBackup(source.db, source.teacher, { now: NOW + HOUR });
  source.db.close();
}, 120_000);

test('refused at its checksum after a batch was written: no database is left, the tablet is as it was', async () => {
  const { factory, db, teacher } = await tablet();
  const before = await classroomDump(db);
  const lines = (await bigFile.text()).split('\n').slice(0, -1);
  const end = JSON.parse(lines.at(-1) ?? '{}') as { end: Record<string, unknown> };
  const damaged = new Blob(
    [...lines.slice(0, -1), JSON.stringify({ ...end, end: { ...end.end, sha256: '0'.repeat(64) } })].map(
      (line) => `${line}\n`,
    ),
  );
  // The databases there as each chunk is read: the restore's appears once a batch is written.
  const looks: Promise<string[]>[] = [];
  await expect(
    prepareRestore(db, teacher, damaged, { onProgress: () => looks.push(databaseNamesIn(factory)) }),
  ).rejects.toMatchObject({ code: 'backup-damaged' });
  const seen = (await Promise.all(looks)).flat();
  expect(seen.some((name) => RESTORED_NAME.test(name))).toBe(true);
  expect(await databaseNamesIn(factory)).toEqual([db.name]);
  expect(await classroomDump(db)).toEqual(before);
}, 60_000);

test('its database deleted by another tab while it is written: refused in words, nothing left, nothing named', async () => {
  const { factory, storage, db, teacher } = await tablet();
  const before = await classroomDump(db);
  let deleting: Promise<void> | undefined;
  const refusal = await prepareRestore(db, teacher, bigFile, {
    onProgress: (progress) => {
      if (deleting || progress.step !== 'checking' || progress.share < 0.9) return;
      // Erased in another tab, as the tablet's erase deletes every database but its own.
      deleting = databaseNamesIn(factory).then((names) => {
        for (const name of names.filter((name) => RESTORED_NAME.test(name))) factory.deleteDatabase(name);
      });
    },
  }).then(
    () => undefined,
    (error: unknown) => error,
  );
  await deleting;
  expect(deleting).toBeDefined();
  expect(refusal).toBeInstanceOf(AppError);
  expect(await databaseNamesIn(factory)).toEqual([db.name]);
  expect(currentDatabaseName(storage)).toBe(db.name);
  expect(await classroomDump(db)).toEqual(before);
}, 60_000);

test('its database deleted while the teacher reads the preview: the switch is refused, the tablet keeps its data', async () => {
  const { factory, storage, db, teacher } = await tablet();
  const before = await classroomDump(db);
  const prepared = await prepareRestore(db, teacher, bigFile);
  await new Promise<void>((resolve, reject) => {
    const request = factory.deleteDatabase(prepared.database.name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
  await expect(switchToRestored(db, teacher, prepared)).rejects.toMatchObject({
    code: 'restore-database-lost',
  });
  expect(currentDatabaseName(storage)).toBe(db.name);
  expect(await classroomDump(db)).toEqual(before);
}, 60_000);

test('a restored tablet syncs from the beginning: the old database’s checkpoint is not carried over', async () => {
  const { db, teacher } = await tablet();
  await putSyncSetting(db, 'syncCheckpoint', { pulledSince: '42-abc', pushedFrom: NOW + 5 * HOUR });
  const { database } = await restoreBackup(db, teacher, bigFile);
  expect(await readSyncSetting(database, 'syncCheckpoint')).toBeUndefined();
  database.close();
}, 60_000);
