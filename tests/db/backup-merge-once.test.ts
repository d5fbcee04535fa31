// A merge reads its file once, inside the one transaction that writes it: whatever is found wrong
// on the way, even at the very end, leaves the tablet as it was. Files list their deletions first;
// files written before that (deletions after the rows they keep out) still merge correctly.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { AppDb } from '../../src/db/app-db';
import { BackupWriter } from '../../src/db/backup/writer';
import { type ImportProgress, mergeBackup } from '../../src/db/repos/backup';
import { exportBackup } from '../../src/db/repos/backup-export';
import { keepKioskSnapshot } from '../../src/db/repos/kiosk-snapshot';
import { deleteStudent } from '../../src/db/repos/student-removal';
import { BACKUP_LIMITS } from '../../src/domain/backup/format';
import type { FileRecord } from '../../src/domain/backup/record-schemas';
import { ulid } from '../../src/domain/ids';
import type { KioskSnapshot } from '../../src/domain/kiosk-snapshot';
import { seedClassroom } from '../support/classroom';
import { freshDb, stubLocalStorage } from '../support/fresh-db';
import { fullDump } from '../support/full-dump';

const NOW = Date.UTC(2026, 8, 7, 12);
const LATER = NOW + 3_600_000;
/** Sealed files here use few key iterations, so they take a moment, not seconds. */
const TEST_ITERATIONS = 1000;
const SNAPSHOT_KEY = 'on-my-own:kiosk-snapshot';

let dbs: AppDb[] = [];
const newDb = () => {
  const db = freshDb();
  dbs.push(db);
  return db;
};
/** The browser's localStorage, where the kiosk keeps its last screen (none in Node). */
let storage: Map<string, string>;
beforeEach(() => {
  dbs = [];
  storage = stubLocalStorage();
});
afterEach(() => {
  for (const db of dbs) db.close();
  vi.unstubAllGlobals();
});

/** A file that counts how many times its bytes are read: a small file is one block a reading. */
class CountingBlob extends Blob {
  reads = 0;
  override slice(start?: number, end?: number, contentType?: string): Blob {
    this.reads++;
    return super.slice(start, end, contentType);
  }
}

/** The rows of a plain backup file, as the file lists them. */
async function recordsOf(file: Blob): Promise<FileRecord[]> {
  const lines = (await file.text()).split('\n').slice(1, -2);
  return lines.flatMap((line) => (JSON.parse(line) as { records: FileRecord[] }).records);
}

/** A file with these rows in this order, with a correct checksum. */
async function fileOf(records: readonly FileRecord[], options: { passphrase?: string } = {}) {
  const writer = await BackupWriter.start({ createdAt: LATER, ...options, iterations: TEST_ITERATIONS });
  for (const record of records) await writer.add(record);
  return writer.finish();
}

/** The same plain file with another checksum in its last line: only the end says it is damaged. */
async function withWrongChecksum(file: Blob): Promise<Blob> {
  const lines = (await file.text()).split('\n').slice(0, -1);
  const end = JSON.parse(lines.at(-1) ?? '') as { i: number; end: { records: number; sha256: string } };
  const changed = { ...end, end: { ...end.end, sha256: '0'.repeat(64) } };
  return new Blob([[...lines.slice(0, -1), JSON.stringify(changed)].map((line) => `${line}\n`).join('')]);
}

const aSnapshot = { day: '2026-09-07' } as unknown as KioskSnapshot;

/** Another classroom's file, holding rows this tablet has none of. */
async function anotherClassroomsFile(): Promise<Blob> {
  const laptop = newDb();
  const { teacher } = await seedClassroom(laptop, NOW + 1000, 'B ');
  return exportBackup(laptop, teacher, { now: LATER });
}

describe('a merge reads its file once', () => {
  test('a file whose checksum fails at its end adds nothing, and the kiosk keeps its last screen', async () => {
    const tablet = newDb();
    const { teacher } = await seedClassroom(tablet, NOW);
    const sound = await anotherClassroomsFile();
    const before = await fullDump(tablet);
    keepKioskSnapshot(aSnapshot);
    const kept = storage.get(SNAPSHOT_KEY);
    expect(kept).toBeDefined();

    const damaged = new CountingBlob([await withWrongChecksum(sound)]);
    await expect(mergeBackup(tablet, teacher, damaged)).rejects.toMatchObject({ code: 'backup-damaged' });

    expect(damaged.reads).toBe(1);
    expect(await fullDump(tablet)).toEqual(before);
    expect(storage.get(SNAPSHOT_KEY)).toBe(kept);
    // The same rows with their checksum are added, and the kiosk's last screen is forgotten.
    const summary = await mergeBackup(tablet, teacher, sound);
    expect(summary.added).toMatchObject({ students: 2, cards: 3, events: 4 });
    expect(storage.has(SNAPSHOT_KEY)).toBe(false);
  });

  test('a sealed file is merged in one reading, and with a wrong passphrase nothing is added', async () => {
    const tablet = newDb();
    const { teacher } = await seedClassroom(tablet, NOW);
    const records = await recordsOf(await anotherClassroomsFile());
    const sealed = await fileOf(records, { passphrase: 'correct horse battery' });
    const limits = { ...BACKUP_LIMITS, minIterations: TEST_ITERATIONS };
    const before = await fullDump(tablet);

    await expect(
      mergeBackup(tablet, teacher, sealed, { limits, passphrase: 'wrong horse battery' }),
    ).rejects.toMatchObject({ code: 'backup-passphrase-wrong' });
    expect(await fullDump(tablet)).toEqual(before);

    const counted = new CountingBlob([sealed]);
    const summary = await mergeBackup(tablet, teacher, counted, {
      limits,
      passphrase: 'correct horse battery',
    });
    expect(counted.reads).toBe(1);
    expect(summary.added).toMatchObject({ students: 2, cards: 3, events: 4 });
  });

  test('a row the database refuses is told as the file’s damage when the checksum fails, else as a failed write', async () => {
    const tablet = newDb();
    const { teacher } = await seedClassroom(tablet, NOW);
    const records = await recordsOf(await exportBackup(tablet, teacher, { now: LATER }));
    expect(records.filter((record) => record.t === 'plans')).toHaveLength(1);
    // A second plan for the same student and card: the database holds one plan per pair.
    const twin = records.map((record) =>
      record.t === 'plans' ? { ...record, v: { ...record.v, id: ulid<'plan'>(LATER) } } : record,
    );
    const before = await fullDump(tablet);

    const sound = await fileOf(twin);
    await expect(mergeBackup(tablet, teacher, sound)).rejects.toMatchObject({ code: 'write-failed' });
    await expect(mergeBackup(tablet, teacher, await withWrongChecksum(sound))).rejects.toMatchObject({
      code: 'backup-damaged',
    });
    expect(await fullDump(tablet)).toEqual(before);
  });
});

describe('deletions in a file', () => {
  /**
   * Ana's rows from a backup made before she was deleted, with her deletion, from a later one,
   * at the place given: what a merge must keep out of another tablet.
   */
  async function anaAndHerDeletion() {
    const first = newDb();
    const { teacher, ana } = await seedClassroom(first, NOW);
    const older = await recordsOf(await exportBackup(first, teacher, { now: NOW }));
    await deleteStudent(first, teacher, ana.id, LATER);
    const deletions = (await recordsOf(await exportBackup(first, teacher, { now: LATER }))).filter(
      (record) => record.t === 'deletions',
    );
    expect(deletions).toHaveLength(1);
    return { ana, older, deletions };
  }

  test('come first in a new file, which a merge reads once', async () => {
    const { ana, older, deletions } = await anaAndHerDeletion();
    const records = [...deletions, ...older];
    const tablet = newDb();
    const { teacher } = await seedClassroom(tablet, NOW + 1000, 'B ');
    const file = new CountingBlob([await fileOf(records)]);

    const summary = await mergeBackup(tablet, teacher, file);

    expect(file.reads).toBe(1);
    expect(await tablet.students.get(ana.id)).toBeUndefined();
    expect(summary.skippedDeleted).toEqual([
      { kind: 'students', id: ana.id, at: LATER, name: ana.name, rows: 9 },
    ]);
  });

  test('of a row deleted both here and in the file, the teacher is told of this tablet’s deletion', async () => {
    const tablet = newDb();
    const { teacher, ana } = await seedClassroom(tablet, NOW);
    const older = await recordsOf(await exportBackup(tablet, teacher, { now: NOW }));
    await deleteStudent(tablet, teacher, ana.id, LATER);
    const here = await tablet.deletions.get(ana.id);
    if (!here) throw new Error('no deletion');
    const elsewhere: FileRecord = { t: 'deletions', v: { ...here, at: LATER + 5000 } };

    for (const records of [
      [elsewhere, ...older],
      [...older, elsewhere],
    ]) {
      const summary = await mergeBackup(tablet, teacher, await fileOf(records));
      expect(summary.skippedDeleted).toEqual([
        { kind: 'students', id: ana.id, at: LATER, name: ana.name, rows: 9 },
      ]);
      expect(await tablet.deletions.get(ana.id)).toEqual(here);
    }
  });

  test('a new export lists its deletions before any other row', async () => {
    const db = newDb();
    const { teacher, ana } = await seedClassroom(db, NOW);
    await deleteStudent(db, teacher, ana.id, LATER);
    const tables = (await recordsOf(await exportBackup(db, teacher, { now: LATER }))).map(
      (record) => record.t,
    );
    expect(tables[0]).toBe('deletions');
    expect(tables.lastIndexOf('deletions')).toBeLessThan(tables.findIndex((table) => table !== 'deletions'));
  });

  test.each([
    ['after the configuration, as older files hold them', 'before-events'],
    ['after everything', 'last'],
  ] as const)(
    '%s, still keep out what they name, as the same file in the new order does',
    async (_, place) => {
      const { ana, older, deletions } = await anaAndHerDeletion();
      const events = older.filter((record) => record.t === 'events');
      const rest = older.filter((record) => record.t !== 'events');
      const oldOrder = place === 'last' ? [...older, ...deletions] : [...rest, ...deletions, ...events];
      const results = [];
      for (const records of [oldOrder, [...deletions, ...older]]) {
        const tablet = newDb();
        const { teacher } = await seedClassroom(tablet, NOW + 1000, 'B ');
        const told: ImportProgress['step'][] = [];
        const summary = await mergeBackup(tablet, teacher, await fileOf(records), {
          onProgress: (progress) => told.push(progress.step),
        });
        expect(await tablet.students.get(ana.id)).toBeUndefined();
        expect(await tablet.deletions.get(ana.id)).toMatchObject({ kind: 'students', at: LATER });
        expect(await tablet.events.where('studentId').equals(ana.id).count()).toBe(0);
        results.push({ summary, steps: new Set(told) });
      }
      const [old, current] = results;
      expect(old?.summary).toEqual(current?.summary);
      expect(old?.summary.skippedDeleted).toEqual([
        { kind: 'students', id: ana.id, at: LATER, name: ana.name, rows: 9 },
      ]);
      // The older order is read for its deletions first; the new one only as it is written.
      expect(old?.steps.has('checking')).toBe(true);
      expect(current?.steps.has('checking')).toBe(false);
    },
  );
});
