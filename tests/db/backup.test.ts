import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { appendEvents } from '../../bench/harness/append-events';
import type { AppDb } from '../../src/db/app-db';
import { BackupWriter } from '../../src/db/backup/writer';
import { currentDatabaseName } from '../../src/db/current-database';
import {
  type ImportProgress,
  mergeBackup,
  prepareRestore,
  previewMerge,
  restoreBackup,
} from '../../src/db/repos/backup';
import { exportBackup, markBackupSaved } from '../../src/db/repos/backup-export';
import { updateCard } from '../../src/db/repos/cards';
import { recordEvent } from '../../src/db/repos/record-event';
import { changeSetting, readSetting } from '../../src/db/repos/settings';
import { addStaff, signIn } from '../../src/db/repos/staff';
import { updateStudentSettings } from '../../src/db/repos/students';
import { ulid } from '../../src/domain/ids';
import { stampEvent } from '../../src/domain/stamp';
import { seedClassroom } from '../support/classroom';
import { freshDb } from '../support/fresh-db';
import { classroomDump, fullDump } from '../support/full-dump';

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

/** Rows of two dumps together, by key, as a merge of the two tablets should leave them. */
function union(a: Record<string, unknown[]>, b: Record<string, unknown[]>) {
  const keyOf = (row: unknown) => {
    const fields = row as Record<string, unknown>;
    return JSON.stringify(fields.id ?? fields.key ?? [fields.studentId, fields.day]);
  };
  const result: Record<string, unknown[]> = {};
  for (const table of Object.keys(a)) {
    const byKey = new Map<string, unknown>();
    // A key both hold (a setting with the same value) stays as the device had it.
    for (const row of [...(b[table] ?? []), ...(a[table] ?? [])]) byKey.set(keyOf(row), row);
    result[table] = [...byKey.entries()].sort(([x], [y]) => (x < y ? -1 : 1)).map(([, row]) => row);
  }
  return result;
}

const firstLine = async (file: Blob) => JSON.parse((await file.text()).split('\n')[0] ?? '');

describe('a backup restores', () => {
  test('export, then restore on a wiped tablet, gives back the same data; the tablet keeps its own id', async () => {
    const original = newDb();
    const { teacher } = await seedClassroom(original, NOW);
    const before = await classroomDump(original);
    const file = await exportBackup(original, teacher, { now: LATER });
    expect(await firstLine(file)).toMatchObject({ format: 'on-my-own-backup', version: 2 });
    // Building the file notes nothing: the time is noted apart, once the file is handed out.
    expect(await readSetting(original, 'lastBackupAt')).toBeUndefined();
    await markBackupSaved(original, teacher, LATER);
    expect(await readSetting(original, 'lastBackupAt')).toBe(LATER);

    const wiped = newDb();
    const wipedDevice = ulid<'device'>(NOW);
    await wiped.settings.put({ key: 'deviceId', value: wipedDevice });
    const summary = await restoreBackup(wiped, teacher, file);
    const restored = summary.database;

    expect(await classroomDump(restored)).toEqual(before);
    expect(await readSetting(restored, 'deviceId')).toBe(wipedDevice);
    // Three records, and the `plan-changed` event of the classroom's plan.
    expect(summary.counts).toMatchObject({ students: 2, staff: 2, cards: 3, media: 3, events: 4 });
    expect((await fullDump(restored)).rollups).toHaveLength(2);
    // The restored database is the one in use; the one it replaced is gone.
    expect(currentDatabaseName(wiped.pointerStorage)).toBe(restored.name);
    expect(await wiped.isOpen()).toBe(false);
  });

  test('a restore tells how far it is: the file checked as it is written, then the figures worked out', async () => {
    const source = newDb();
    const { teacher, ana } = await seedClassroom(source, NOW);
    // 4,500 notes: the file has three chunks of events, so there is progress to tell between them.
    await appendEvents(
      source,
      Array.from({ length: 4500 }, (_, index) =>
        stampEvent(
          { type: 'note', studentId: ana.id, actor: { kind: 'student' }, text: `Note ${index}` },
          LATER + index,
          ulid<'device'>(NOW),
        ),
      ),
    );
    const file = await exportBackup(source, teacher, { now: LATER });
    const told: ImportProgress[] = [];

    await restoreBackup(newDb(), teacher, file, { onProgress: (progress) => told.push(progress) });

    expect([...new Set(told.map((progress) => progress.step))]).toEqual(['checking', 'figures']);
    const shares = told.flatMap((progress) => (progress.step === 'checking' ? [progress.share] : []));
    expect(shares.length).toBeGreaterThanOrEqual(3);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    expect(shares[0]).toBeLessThan(1);
    expect(shares.at(-1)).toBe(1);
  });

  test('a restore replaces what the tablet had', async () => {
    const source = newDb();
    const { teacher } = await seedClassroom(source, NOW);
    const file = await exportBackup(source, teacher, { now: LATER });
    let target = newDb();
    const other = await seedClassroom(target, NOW, 'Other ');

    target = (await restoreBackup(target, other.teacher, file)).database;

    expect(await classroomDump(target)).toEqual(await classroomDump(source));
  });

  test('sealed with a passphrase, at 600,000 key iterations or more, it restores with that passphrase', async () => {
    const original = newDb();
    const { teacher } = await seedClassroom(original, NOW);
    const file = await exportBackup(original, teacher, { now: LATER, passphrase: 'correct horse battery' });
    const header = await firstLine(file);
    expect(header.encryption.iterations).toBeGreaterThanOrEqual(600_000);
    // As JSON, not as three letters: base64 ciphertext may hold "Ana" by chance, never a quote.
    expect(await file.text()).not.toContain('"name":"Ana"');

    let wiped = newDb();
    wiped = (await restoreBackup(wiped, teacher, file, { passphrase: 'correct horse battery' })).database;
    expect(await classroomDump(wiped)).toEqual(await classroomDump(original));
  });

  test('with a wrong passphrase, or none, it is refused in words and nothing changes', async () => {
    const original = newDb();
    const { teacher } = await seedClassroom(original, NOW);
    const file = await exportBackup(original, teacher, { now: LATER, passphrase: 'correct horse battery' });
    const target = newDb();
    const other = await seedClassroom(target, NOW, 'Other ');
    const before = await fullDump(target);

    await expect(
      restoreBackup(target, other.teacher, file, { passphrase: 'wrong horse battery' }),
    ).rejects.toMatchObject({
      code: 'backup-passphrase-wrong',
    });
    await expect(mergeBackup(target, other.teacher, file)).rejects.toMatchObject({
      code: 'backup-passphrase-needed',
    });
    expect(await fullDump(target)).toEqual(before);
  });

  test('a passphrase shorter than 8 characters is refused before anything is saved', async () => {
    const db = newDb();
    const { teacher } = await seedClassroom(db, NOW);
    await expect(exportBackup(db, teacher, { now: LATER, passphrase: 'short' })).rejects.toMatchObject({
      code: 'backup-passphrase-short',
      params: { min: 8 },
    });
    expect(await readSetting(db, 'lastBackupAt')).toBeUndefined();
  });
});

describe('a backup merges', () => {
  test("two tablets' backups merged give the union of both, and merging again adds nothing", async () => {
    const first = newDb();
    const { teacher } = await seedClassroom(first, NOW);
    const second = newDb();
    const other = await seedClassroom(second, NOW + 1000, 'B ');
    const expected = union(await classroomDump(first), await classroomDump(second));
    const file = await exportBackup(second, other.teacher, { now: LATER });
    // The other tablet's adults sign in here only because the teacher approves each one.
    const { staffChanges } = await previewMerge(first, teacher, file);
    expect(staffChanges.map(({ name, kind, role }) => ({ name, kind, role }))).toEqual(
      (await second.staff.toArray()).map(({ name, role }) => ({ name, kind: 'added', role: { to: role } })),
    );

    const summary = await mergeBackup(first, teacher, file, {
      approvedStaff: staffChanges.map((change) => change.id),
    });

    expect(await classroomDump(first)).toEqual(expected);
    expect(summary.added).toMatchObject({ students: 2, staff: 2, cards: 3, media: 3, events: 4 });
    expect(summary.resolutions).toEqual([]);

    const again = await mergeBackup(first, teacher, file);
    expect(await classroomDump(first)).toEqual(expected);
    expect(Object.values(again.added).every((count) => count === 0)).toBe(true);
  });

  test('of two edits of the same row the later stays, and each conflict is listed', async () => {
    const laptop = newDb();
    const { teacher, ana, reading } = await seedClassroom(laptop, NOW);
    let tablet = newDb();
    tablet = (await restoreBackup(tablet, teacher, await exportBackup(laptop, teacher, { now: NOW })))
      .database;
    // The tablet changes Ana's layout first; the laptop changes it later. The card: the other way round.
    await updateStudentSettings(
      tablet,
      teacher,
      ana.id,
      { presentation: { pictureStyle: 'word', layout: 'strip' } },
      NOW + 1,
    );
    await updateStudentSettings(
      laptop,
      teacher,
      ana.id,
      { presentation: { pictureStyle: 'photo', layout: 'list' } },
      NOW + 2,
    );
    await updateCard(laptop, teacher, reading.id, { label: 'Reading (laptop)', picture: 'keep' }, NOW + 1);
    await updateCard(tablet, teacher, reading.id, { label: 'Reading (tablet)', picture: 'keep' }, NOW + 2);

    const summary = await mergeBackup(laptop, teacher, await exportBackup(tablet, teacher, { now: LATER }));

    expect(summary.resolutions).toEqual(
      expect.arrayContaining([
        { table: 'students', id: ana.id, name: 'Ana', kept: 'device' },
        { table: 'cards', id: reading.id, name: 'Reading (tablet)', kept: 'backup' },
      ]),
    );
    expect(summary.resolutions).toHaveLength(2);
    expect((await laptop.students.get(ana.id))?.presentation).toEqual({
      pictureStyle: 'photo',
      layout: 'list',
    });
    expect((await laptop.cards.get(reading.id))?.label).toBe('Reading (tablet)');
  });

  test('events already here are found however far apart the file’s events lie, and only new ones are added', async () => {
    const db = newDb();
    const { teacher, ana } = await seedClassroom(db, NOW);
    // Twelve notes a second apart, so their ids sort in that order; the tablet has the 2nd to the 11th.
    const notes = Array.from({ length: 12 }, (_, index) =>
      stampEvent(
        { type: 'note', studentId: ana.id, actor: { kind: 'student' }, text: `Note ${index}` },
        LATER + index * 1000,
        ulid<'device'>(NOW),
      ),
    );
    for (const note of notes.slice(1, 11)) await recordEvent(db, note);
    const fileWith = async (events: typeof notes) => {
      const writer = await BackupWriter.start({ createdAt: LATER });
      for (const event of events) await writer.add({ t: 'events', v: event });
      return writer.finish();
    };
    const [first, , , , , , , , , tenth, , last] = notes;
    if (!first || !tenth || !last) throw new Error('twelve notes');

    // Close together: the two notes here between the file's first and last are read in one go.
    const near = await mergeBackup(db, teacher, await fileWith([tenth, last]));
    expect(near.added.events).toBe(1);
    // Far apart: nine notes here between them, more than four for each of the file's two, so
    // they are looked up one by one; the tenth is found among them all the same.
    const far = await mergeBackup(db, teacher, await fileWith([first, tenth]));
    expect(far.added.events).toBe(1);

    const here = (await db.events.where('type').equals('note').toArray()).filter((event) =>
      notes.some((note) => note.id === event.id),
    );
    expect(here.map((event) => event.id).sort()).toEqual(notes.map((note) => note.id).sort());
  });

  test('an event for a student on this tablet merges; one for a student nowhere is refused, and nothing changes', async () => {
    const db = newDb();
    const { teacher, ana } = await seedClassroom(db, NOW);
    const eventFor = (studentId: string) =>
      stampEvent(
        {
          type: 'note',
          studentId: studentId as typeof ana.id,
          actor: { kind: 'student' },
          text: 'Calm morning',
        },
        LATER,
        ulid<'device'>(NOW),
      );
    const fileWith = async (studentId: string) => {
      const writer = await BackupWriter.start({ createdAt: LATER });
      await writer.add({ t: 'events', v: eventFor(studentId) });
      return writer.finish();
    };

    const merged = await mergeBackup(db, teacher, await fileWith(ana.id));
    expect(merged.added.events).toBe(1);

    const before = await fullDump(db);
    const stranger = ulid<'student'>(NOW);
    await expect(mergeBackup(db, teacher, await fileWith(stranger))).rejects.toMatchObject({
      code: 'backup-reference',
    });
    await expect(restoreBackup(db, teacher, await fileWith(ana.id))).rejects.toMatchObject({
      code: 'backup-reference',
    });
    expect(await fullDump(db)).toEqual(before);
  });
});

test('only a teacher may export, restore or merge; a para or no one is refused and nothing changes', async () => {
  const db = newDb();
  const { teacher } = await seedClassroom(db, NOW);
  const file = await exportBackup(db, teacher, { now: NOW });
  const para = await addStaff(db, teacher, { name: 'Ms. Kim', role: 'para', pin: '9753' }, NOW);
  const paraSession = await signIn(db, para.id, '9753', NOW);
  const before = await fullDump(db);

  for (const session of [paraSession, undefined]) {
    await expect(exportBackup(db, session, { now: LATER })).rejects.toMatchObject({ code: 'not-allowed' });
    await expect(restoreBackup(db, session, file)).rejects.toMatchObject({ code: 'not-allowed' });
    await expect(mergeBackup(db, session, file)).rejects.toMatchObject({ code: 'not-allowed' });
    await expect(prepareRestore(db, session, file)).rejects.toMatchObject({ code: 'not-allowed' });
    await expect(previewMerge(db, session, file)).rejects.toMatchObject({ code: 'not-allowed' });
    await expect(markBackupSaved(db, session, LATER)).rejects.toMatchObject({ code: 'not-allowed' });
  }
  expect(await fullDump(db)).toEqual(before);
});

test('a file of an unknown version is refused with a message that names the version', async () => {
  const db = newDb();
  const { teacher } = await seedClassroom(db, NOW);
  const file = new Blob([`${JSON.stringify({ format: 'on-my-own-backup', version: 7, createdAt: NOW })}\n`]);
  await expect(restoreBackup(db, teacher, file)).rejects.toMatchObject({
    code: 'backup-version',
    params: { version: '7' },
  });
});

test("a restore keeps this tablet's own settings, and forgets a student the tablet was set to who is not in the backup", async () => {
  const source = newDb();
  const { teacher } = await seedClassroom(source, NOW);
  const file = await exportBackup(source, teacher, { now: LATER });
  let target = newDb();
  const other = await seedClassroom(target, NOW, 'Other ');
  await changeSetting(target, other.teacher, 'kioskStudentId', other.ana.id);
  await changeSetting(target, other.teacher, 'backupReminderDays', 3);

  target = (await restoreBackup(target, other.teacher, file)).database;

  expect(await readSetting(target, 'kioskStudentId')).toBeUndefined();
  expect(await readSetting(target, 'adultLocale')).toBe('es');
  expect(await readSetting(target, 'backupReminderDays')).toBe(3);
});

test('a row the backup could not read back is refused at export, in words, before a file is made', async () => {
  const db = newDb();
  const { teacher, ana } = await seedClassroom(db, NOW);
  await db.students.put({ ...ana, name: '' });
  await expect(exportBackup(db, teacher, { now: LATER })).rejects.toMatchObject({ code: 'backup-row-unfit' });
  expect(await readSetting(db, 'lastBackupAt')).toBeUndefined();
});
