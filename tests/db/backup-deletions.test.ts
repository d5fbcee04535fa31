// What the teacher deleted stays deleted: deletions are recorded (never the data), carried by
// backups (format version 2) and honoured by a merge of an older file; version 1 files still read.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { AppDb } from '../../src/db/app-db';
import { sha256 } from '../../src/db/backup/crypto';
import { mergeBackup, restoreBackup } from '../../src/db/repos/backup';
import { exportBackup } from '../../src/db/repos/backup-export';
import { removePlan } from '../../src/db/repos/plans';
import { deleteStudent } from '../../src/db/repos/student-removal';
import { concatBytes, toHex, utf8 } from '../../src/domain/backup/encoding';
import type { FileRecord } from '../../src/domain/backup/record-schemas';
import { seedClassroom } from '../support/classroom';
import { freshDb } from '../support/fresh-db';
import { classroomDump } from '../support/full-dump';

const NOW = Date.UTC(2026, 8, 7, 12);
const LATER = NOW + 3_600_000;

let dbs: AppDb[] = [];
const newDb = () => {
  const db = freshDb();
  dbs.push(db);
  return db;
};
beforeEach(() => {
  dbs = [];
});
afterEach(() => {
  for (const db of dbs) db.close();
});

/** Every row of the tablet that names this id, whatever its table. */
async function rowsNaming(db: AppDb, id: string): Promise<number> {
  let count = 0;
  for (const table of db.tables) {
    if (table.name === 'deletions') continue;
    const rows: unknown[] = await table.toArray();
    count += rows.filter((row) => JSON.stringify(row).includes(id)).length;
  }
  return count;
}

describe('a merge never brings back what was deleted', () => {
  test('a student deleted after a backup stays deleted when that backup is merged, and the teacher is told', async () => {
    const db = newDb();
    const { teacher, ana } = await seedClassroom(db, NOW);
    const older = await exportBackup(db, teacher, { now: NOW });
    await deleteStudent(db, teacher, ana.id, LATER);
    const afterDeleting = await classroomDump(db);

    const summary = await mergeBackup(db, teacher, older);

    expect(await rowsNaming(db, ana.id)).toBe(0);
    expect(await classroomDump(db)).toEqual(afterDeleting);
    expect(summary.added.students).toBe(0);
    expect(summary.added.events).toBe(0);
    // Ana, her photo, 2 records and her plan's `plan-changed` event, schedule, self-check, plan and
    // review plan: left out for one deletion.
    expect(summary.skippedDeleted).toEqual([
      { kind: 'students', id: ana.id, at: LATER, name: ana.name, rows: 9 },
    ]);
  });

  test('a fading plan removed after a backup stays removed', async () => {
    const db = newDb();
    const { teacher } = await seedClassroom(db, NOW);
    const older = await exportBackup(db, teacher, { now: NOW });
    const [plan] = await db.plans.toArray();
    if (!plan) throw new Error('no plan');
    await removePlan(db, teacher, plan.id, LATER);

    const summary = await mergeBackup(db, teacher, older);

    expect(await db.plans.get(plan.id)).toBeUndefined();
    expect(summary.skippedDeleted).toEqual([{ kind: 'plans', id: plan.id, at: LATER, rows: 1 }]);
  });

  test('deletions travel in backups: a tablet that learned of one by restore or merge keeps the student out too', async () => {
    const first = newDb();
    const { teacher, ana } = await seedClassroom(first, NOW);
    const older = await exportBackup(first, teacher, { now: NOW });
    await deleteStudent(first, teacher, ana.id, LATER);
    const newer = await exportBackup(first, teacher, { now: LATER });

    let restored = newDb();
    restored = (await restoreBackup(restored, teacher, newer)).database;
    expect(await restored.deletions.toArray()).toEqual(await first.deletions.toArray());
    await mergeBackup(restored, teacher, older);
    expect(await restored.students.get(ana.id)).toBeUndefined();

    // Another classroom's tablet never had Ana: merging the newer file teaches it her deletion.
    const other = newDb();
    const otherClass = await seedClassroom(other, NOW + 1000, 'B ');
    const merged = await mergeBackup(other, otherClass.teacher, newer);
    expect(merged.added.deletions).toBe(1);
    await mergeBackup(other, otherClass.teacher, older);
    expect(await other.students.get(ana.id)).toBeUndefined();
    expect(await rowsNaming(other, ana.id)).toBe(0);
  });

  test('a deletion from another tablet of a student this tablet still holds changes nothing here', async () => {
    const first = newDb();
    const { teacher, ana } = await seedClassroom(first, NOW);
    let second = newDb();
    second = (await restoreBackup(second, teacher, await exportBackup(first, teacher, { now: NOW })))
      .database;
    await deleteStudent(first, teacher, ana.id, LATER);
    const before = await classroomDump(second);

    const summary = await mergeBackup(second, teacher, await exportBackup(first, teacher, { now: LATER }));

    expect(summary.added.deletions).toBe(0);
    expect(await classroomDump(second)).toEqual(before);
  });
});

describe('format versions', () => {
  test('a version 1 file (no deletions) is still restored', async () => {
    const db = newDb();
    const { teacher } = await seedClassroom(db, NOW);
    const before = await classroomDump(db);
    const lines = (await (await exportBackup(db, teacher, { now: NOW })).text()).split('\n').slice(1, -2);
    const records = lines.flatMap((line) => (JSON.parse(line) as { records: FileRecord[] }).records);
    expect(records.some((record) => record.t === 'deletions')).toBe(false);
    // A version 1 file, as the app wrote it before deletions were kept: header, one chunk, end.
    const header = JSON.stringify({ format: 'on-my-own-backup', version: 1, createdAt: NOW });
    const chunk = JSON.stringify({ i: 0, records });
    const digests = [await sha256(utf8.encode(header)), await sha256(utf8.encode(chunk))];
    const checksum = toHex(await sha256(concatBytes(digests)));
    const end = JSON.stringify({ i: 1, end: { records: records.length, sha256: checksum } });
    const v1 = new Blob([`${header}\n${chunk}\n${end}\n`]);

    let wiped = newDb();
    wiped = (await restoreBackup(wiped, teacher, v1)).database;
    const restored = await classroomDump(wiped);
    expect(restored).toEqual({ ...before, settings: restored.settings });
  });
});
