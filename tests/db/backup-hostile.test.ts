// Property tests: thousands of damaged and hostile backup files, each refused with a code that
// has words for the teacher, and the database left exactly as it was (a full dump compared).
// All runs share one database, so a failing run would change what the next sees: fast-check stops
// at the first failure (endOnFailure) rather than shrinking on a database that is no longer the same.
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import type { AppDb } from '../../src/db/app-db';
import { BackupWriter } from '../../src/db/backup/writer';
import { hashPin } from '../../src/db/pin-hashing';
import {
  discardRestore,
  mergeBackup,
  prepareRestore,
  previewMerge,
  restoreBackup,
} from '../../src/db/repos/backup';
import { exportBackup } from '../../src/db/repos/backup-export';
import { toBase64 } from '../../src/domain/backup/encoding';
import { BACKUP_LIMITS, type BackupLimits } from '../../src/domain/backup/format';
import type { FileRecord } from '../../src/domain/backup/record-schemas';
import { PICTURE_MAX_BYTES } from '../../src/domain/cards';
import { isAppError } from '../../src/domain/errors';
import { ulid } from '../../src/domain/ids';
import type { AdultSession } from '../../src/domain/people';
import { stampEvent } from '../../src/domain/stamp';
import { adultEn } from '../../src/i18n/messages/adult.en';
import { seedClassroom } from '../support/classroom';
import { freshDb } from '../support/fresh-db';
import { fullDump } from '../support/full-dump';

const NOW = Date.UTC(2026, 8, 7, 12);
/** Sealed files in these tests use few key iterations, so a dozen of them take seconds, not minutes. */
const TEST_ITERATIONS = 1000;
const testLimits: BackupLimits = { ...BACKUP_LIMITS, minIterations: TEST_ITERATIONS };
const PASSPHRASE = 'correct horse battery';

let db: AppDb;
let teacher: AdultSession;
let before: Awaited<ReturnType<typeof fullDump>>;
let good: Uint8Array;
let goodRecords: FileRecord[];

/** The rows of a plain backup file, as the file lists them. */
async function recordsOf(file: Blob): Promise<FileRecord[]> {
  const lines = (await file.text()).split('\n').slice(1, -2);
  return lines.flatMap((line) => (JSON.parse(line) as { records: FileRecord[] }).records);
}

/** A file with these rows and a correct checksum: only what the rows hold can be wrong in it. */
async function fileOf(records: readonly unknown[], options: { passphrase?: string } = {}): Promise<Blob> {
  const writer = await BackupWriter.start({ createdAt: NOW, ...options, iterations: TEST_ITERATIONS });
  for (const record of records) await writer.add(record as FileRecord);
  return writer.finish();
}

const lineBlob = (lines: readonly string[]) => new Blob([lines.map((line) => `${line}\n`).join('')]);

/** Restore and merge both refuse the file with a backup code that has words, and nothing changes. */
async function refusedAndUnchanged(file: Blob, passphrase?: string): Promise<void> {
  const options = { limits: testLimits, ...(passphrase ? { passphrase } : {}) };
  for (const apply of [restoreBackup, mergeBackup]) {
    const error: unknown = await apply(db, teacher, file, options).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    if (!isAppError(error) || !error.code.startsWith('backup-'))
      throw new Error(`not refused: ${String(error)}`);
    expect(adultEn[`error.${error.code}`]).toBeTruthy();
  }
  expect(await fullDump(db)).toEqual(before);
}

beforeAll(async () => {
  db = freshDb();
  ({ teacher } = await seedClassroom(db, NOW));
  const file = await exportBackup(db, teacher, { now: NOW });
  good = new Uint8Array(await file.arrayBuffer());
  goodRecords = await recordsOf(file);
  before = await fullDump(db);
}, 60_000);

describe('damaged files', () => {
  test('a file cut off anywhere, or with any byte changed, is refused and nothing changes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.record({ cutAt: fc.nat({ max: good.length - 1 }) }),
          fc.record({ at: fc.nat({ max: good.length - 1 }), xor: fc.integer({ min: 1, max: 255 }) }),
        ),
        async (damage) => {
          const bytes = new Uint8Array(good);
          if ('cutAt' in damage) return refusedAndUnchanged(new Blob([bytes.subarray(0, damage.cutAt)]));
          bytes[damage.at] = (bytes[damage.at] ?? 0) ^ damage.xor;
          return refusedAndUnchanged(new Blob([bytes]));
        },
      ),
      { numRuns: 1000, endOnFailure: true },
    );
  });

  test('a wrong checksum is refused', async () => {
    const lines = new TextDecoder().decode(good).split('\n').slice(0, -1);
    const end = JSON.parse(lines.at(-1) ?? '');
    await fc.assert(
      fc.asyncProperty(fc.stringMatching(/^[0-9a-f]{64}$/), async (checksum) => {
        fc.pre(checksum !== end.end.sha256);
        const changed = JSON.stringify({ ...end, end: { ...end.end, sha256: checksum } });
        await refusedAndUnchanged(lineBlob([...lines.slice(0, -1), changed]));
      }),
      { numRuns: 100 },
    );
  });
});

/** Every path into a value: the places a hostile edit can go. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const inner = Object.entries(value).flatMap(([key, child]) =>
    pathsOf(child, [...prefix, Array.isArray(value) ? Number(key) : key]),
  );
  return prefix.length > 0 ? [prefix, ...inner] : inner;
}

/** Values of another kind than the one there: none of them can be valid in its place. */
function wrongKinds(original: unknown): unknown[] {
  if (typeof original === 'string') return [null, true, -1.5, {}, []];
  if (typeof original === 'number') return [null, true, 'x', {}, []];
  if (typeof original === 'boolean') return [null, -1.5, 'x', {}, []];
  if (Array.isArray(original)) return [null, true, -1.5, 'x', {}];
  return [null, true, -1.5, 'x'];
}

function setAt(target: unknown, path: readonly (string | number)[], value: unknown): void {
  let node = target as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1);
  if (last !== undefined) node[last] = value;
}

const hostileEdit = fc.oneof(
  fc.record({ kind: fc.constant('wrong-type' as const), pick: fc.nat(), choice: fc.nat() }),
  fc.record({
    kind: fc.constant('huge-string' as const),
    pick: fc.nat(),
    length: fc.integer({ min: 10_000, max: 200_000 }),
  }),
  fc.record({
    kind: fc.constant('forbidden-key' as const),
    pick: fc.nat(),
    key: fc.constantFrom('__proto__', 'constructor', 'prototype'),
  }),
  fc.record({
    kind: fc.constant('unknown-key' as const),
    pick: fc.nat(),
    key: fc.string({ minLength: 1 }),
    value: fc.jsonValue(),
  }),
  fc.record({ kind: fc.constant('dangling' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('repeated' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('no-id' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('unknown-table' as const),
    pick: fc.nat(),
    table: fc.constantFrom('rollups', 'users', '__proto__', ''),
  }),
);

describe('hostile rows with a correct checksum', () => {
  test('wrong types, huge strings, prototype keys, unknown fields, dangling references, repeats: each refused, nothing changes', async () => {
    await fc.assert(
      fc.asyncProperty(hostileEdit, async (edit) => {
        const records: unknown[] = structuredClone(goodRecords);
        const index = edit.pick % records.length;
        const record = records[index] as { t: string; v: Record<string, unknown> };
        switch (edit.kind) {
          case 'wrong-type': {
            const paths = pathsOf(record.v);
            const path = paths[edit.pick % paths.length] ?? [];
            const original = path.reduce<unknown>(
              (node, key) => (node as Record<string, unknown>)[key],
              record.v,
            );
            const choices = wrongKinds(original);
            setAt(record.v, path, choices[edit.choice % choices.length]);
            break;
          }
          case 'huge-string': {
            // A picture's bytes may be megabytes long; a larger one has a test of its own below.
            const paths = pathsOf(record.v).filter((path) => {
              const value = path.reduce<unknown>(
                (node, key) => (node as Record<string, unknown>)[key],
                record.v,
              );
              return typeof value === 'string' && !(record.t === 'media' && path[0] === 'data');
            });
            setAt(record.v, paths[edit.pick % paths.length] ?? ['id'], 'A'.repeat(edit.length));
            break;
          }
          case 'forbidden-key': {
            // A key set this way is an own property, as JSON.parse would make it.
            const paths = pathsOf(record.v).filter((path) => {
              const value = path.reduce<unknown>(
                (node, key) => (node as Record<string, unknown>)[key],
                record.v,
              );
              return typeof value === 'object' && value !== null && !Array.isArray(value);
            });
            const path = paths[edit.pick % (paths.length + 1)];
            const node = (path ?? []).reduce<unknown>(
              (at, key) => (at as Record<string, unknown>)[key],
              record.v,
            );
            Object.defineProperty(node, edit.key, { value: { polluted: true }, enumerable: true });
            break;
          }
          case 'unknown-key':
            fc.pre(!(edit.key in record.v));
            record.v[edit.key] = edit.value;
            break;
          case 'dangling': {
            const candidates = records.filter((row) => {
              const fields = (row as { v: Record<string, unknown> }).v;
              return 'studentId' in fields || 'picture' in fields || 'photo' in fields;
            }) as { v: Record<string, unknown> }[];
            const target = candidates[edit.pick % candidates.length];
            if (!target) throw new Error('no row names another');
            const stranger = ulid(NOW);
            if ('studentId' in target.v) target.v.studentId = stranger;
            else if ('picture' in target.v) (target.v.picture as Record<string, unknown>).mediaId = stranger;
            else (target.v.photo as Record<string, unknown>).mediaId = stranger;
            break;
          }
          case 'repeated':
            records.splice(index, 0, structuredClone(record));
            break;
          case 'no-id':
            if ('id' in record.v) delete record.v.id;
            else delete record.v.key;
            break;
          case 'unknown-table':
            record.t = edit.table;
            break;
        }
        await refusedAndUnchanged(await fileOf(records));
      }),
      { numRuns: 1000, endOnFailure: true },
    );
  });
});

describe('sealed files', () => {
  let sealedLines: string[];
  beforeAll(async () => {
    // Enough rows for several chunks, so chunks can be dropped, repeated or swapped.
    const deviceId = ulid<'device'>(NOW);
    const ana = goodRecords.find((record) => record.t === 'students')?.v.id;
    if (!ana) throw new Error('no student');
    const notes = Array.from({ length: 4500 }, (_, minute) => ({
      t: 'events',
      v: stampEvent(
        { type: 'note', studentId: ana, actor: { kind: 'student' }, text: `Note ${minute}` },
        NOW + minute * 60_000,
        deviceId,
      ),
    }));
    const withNotes = [...goodRecords.filter((record) => record.t !== 'events'), ...notes];
    sealedLines = (await (await fileOf(withNotes, { passphrase: PASSPHRASE })).text())
      .split('\n')
      .slice(0, -1);
    expect(sealedLines.length).toBeGreaterThanOrEqual(5);
  });

  // A merge writes a file as it reads it, once: each refusal here undoes up to 4,500 events, so
  // this takes longer than the default limit on a busy machine.
  test('wrong passphrase, cut, dropped, repeated or swapped chunks, changed bytes or header: each refused', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.record({ kind: fc.constant('passphrase' as const), passphrase: fc.string({ minLength: 1 }) }),
          fc.record({ kind: fc.constant('cut' as const), keep: fc.integer({ min: 1, max: 4 }) }),
          fc.record({ kind: fc.constant('drop' as const), at: fc.integer({ min: 1, max: 4 }) }),
          fc.record({ kind: fc.constant('repeat' as const), at: fc.integer({ min: 1, max: 3 }) }),
          fc.record({ kind: fc.constant('swap' as const), at: fc.integer({ min: 1, max: 3 }) }),
          fc.record({
            kind: fc.constant('byte' as const),
            line: fc.nat(),
            at: fc.nat(),
            xor: fc.integer({ min: 1, max: 255 }),
          }),
          fc.record({
            kind: fc.constant('iterations' as const),
            iterations: fc.integer({ min: 1, max: 2 ** 40 }),
          }),
        ),
        async (damage) => {
          const lines = [...sealedLines];
          let passphrase = PASSPHRASE;
          switch (damage.kind) {
            case 'passphrase':
              fc.pre(damage.passphrase !== PASSPHRASE);
              passphrase = damage.passphrase;
              break;
            case 'cut':
              lines.splice(damage.keep);
              break;
            case 'drop':
              lines.splice(damage.at, 1);
              break;
            case 'repeat':
              lines.splice(damage.at, 0, lines[damage.at] ?? '');
              break;
            case 'swap': {
              const [a = '', b = ''] = [lines[damage.at], lines[damage.at + 1]];
              lines.splice(damage.at, 2, b, a);
              break;
            }
            case 'byte': {
              const line = damage.line % lines.length;
              const bytes = new TextEncoder().encode(lines[line]);
              const at = damage.at % bytes.length;
              bytes[at] = (bytes[at] ?? 0) ^ damage.xor;
              lines[line] = new TextDecoder().decode(bytes);
              fc.pre(lines[line] !== sealedLines[line]);
              break;
            }
            case 'iterations': {
              fc.pre(damage.iterations !== TEST_ITERATIONS);
              const header = JSON.parse(lines[0] ?? '');
              lines[0] = JSON.stringify({
                ...header,
                encryption: { ...header.encryption, iterations: Math.min(damage.iterations, 20_000) },
              });
              break;
            }
          }
          await refusedAndUnchanged(lineBlob(lines), passphrase);
        },
      ),
      { numRuns: 30 },
    );
  }, 60_000);

  test('the key iterations a file asks for are bounded: fewer than 600,000, or absurdly many, is refused', async () => {
    const header = JSON.parse(sealedLines[0] ?? '');
    for (const iterations of [1, 599_999, 6_000_001, 2 ** 40]) {
      const lines = [
        JSON.stringify({ ...header, encryption: { ...header.encryption, iterations } }),
        ...sealedLines.slice(1),
      ];
      await expect(
        restoreBackup(db, teacher, lineBlob(lines), { passphrase: PASSPHRASE }),
      ).rejects.toMatchObject({
        code: 'backup-invalid',
      });
    }
    expect(await fullDump(db)).toEqual(before);
  });
});

test('a file or a line larger than the limits is refused before it is read', async () => {
  const file = new Blob([good.slice()]);
  await expect(
    restoreBackup(db, teacher, file, { limits: { ...BACKUP_LIMITS, maxFileBytes: file.size - 1 } }),
  ).rejects.toMatchObject({ code: 'backup-too-large' });
  await expect(
    restoreBackup(db, teacher, file, { limits: { ...BACKUP_LIMITS, maxLineBytes: 100 } }),
  ).rejects.toMatchObject({
    code: 'backup-too-large',
  });
  expect(await fullDump(db)).toEqual(before);
});

test('a picture larger than 2 MB is refused', async () => {
  const records = structuredClone(goodRecords).map((record) =>
    record.t === 'media'
      ? { ...record, v: { ...record.v, data: toBase64(new Uint8Array(PICTURE_MAX_BYTES + 1)) } }
      : record,
  );
  await refusedAndUnchanged(await fileOf(records));
});

/**
 * Restore refuses the file with this code, and its preparation too; the database stays as it was,
 * in use, and what the restore had written aside is deleted.
 */
async function restoreRefused(file: Blob, code: string): Promise<void> {
  for (const apply of [restoreBackup, prepareRestore]) {
    await expect(apply(db, teacher, file, { limits: testLimits })).rejects.toMatchObject({ code });
  }
  expect(adultEn[`error.${code}` as keyof typeof adultEn]).toBeTruthy();
  expect(await fullDump(db)).toEqual(before);
  expect((await db.factory.databases()).map((database) => database.name)).toEqual([db.name]);
}

type StaffRecord = Extract<FileRecord, { t: 'staff' }>;
const staffRecords = () => goodRecords.filter((record): record is StaffRecord => record.t === 'staff');
const withStaff = (staff: readonly StaffRecord[]) => [
  ...goodRecords.filter((record) => record.t !== 'staff'),
  ...staff,
];

describe('files that would take over the classroom, with a correct checksum', () => {
  test('a file without staff, with only the para, or with no rows at all is not restored', async () => {
    await restoreRefused(await fileOf(withStaff([])), 'backup-no-teacher');
    const paraOnly = staffRecords().filter((record) => record.v.role === 'para');
    expect(paraOnly).toHaveLength(1);
    await restoreRefused(await fileOf(withStaff(paraOnly)), 'backup-no-teacher');
    await restoreRefused(await fileOf([]), 'backup-no-teacher');
  });

  test('a file that drops students says, before a restore, which would be deleted, and the counts before and after', async () => {
    const withoutBen = goodRecords.filter((record) => !(record.t === 'students' && record.v.name === 'Ben'));
    const onlyTeacher = (await fileOf(withoutBen.filter((record) => record.t !== 'events'))) as Blob;
    const prepared = await prepareRestore(db, teacher, onlyTeacher, { limits: testLimits });
    const { preview } = prepared;
    await discardRestore(prepared);
    expect(preview).toEqual({
      before: { students: 2, events: await db.events.count() },
      after: { students: 1, events: 0 },
      removedStudents: ['Ben'],
    });
    expect(await fullDump(db)).toEqual(before);
  });

  test('staff PIN hashes not made the way this app makes them are refused in words, by restore and merge', async () => {
    const [first] = staffRecords();
    if (!first) throw new Error('no staff');
    const pins = [
      { ...first.v.pin, iterations: 6_000_000 },
      { ...first.v.pin, iterations: 1000 },
      { ...first.v.pin, salt: toBase64(new Uint8Array(8)) },
      { ...first.v.pin, hash: toBase64(new Uint8Array(64)) },
    ];
    for (const pin of pins) {
      const altered = staffRecords().map((record) =>
        record.v.id === first.v.id ? { ...record, v: { ...record.v, pin } } : record,
      );
      const file = await fileOf(withStaff(altered));
      for (const apply of [restoreBackup, mergeBackup, previewMerge]) {
        await expect(apply(db, teacher, file, { limits: testLimits })).rejects.toMatchObject({
          code: 'backup-pin-hash',
        });
      }
    }
    expect(adultEn['error.backup-pin-hash']).toBeTruthy();
    expect(await fullDump(db)).toEqual(before);
  });

  test('a later edit that makes the para a teacher, sets a PIN to 0000 or adds an adult is listed, and made only when approved', async () => {
    const para = staffRecords().find((record) => record.v.role === 'para');
    const head = staffRecords().find((record) => record.v.role === 'teacher');
    if (!para || !head) throw new Error('no staff');
    const later = NOW + 60_000;
    const stranger = { ...para.v, id: ulid<'staff'>(later), name: 'Stranger', role: 'teacher' as const };
    const altered = [
      { t: 'staff' as const, v: { ...head.v, pin: await hashPin('0000'), updatedAt: later } },
      { t: 'staff' as const, v: { ...para.v, role: 'teacher' as const, updatedAt: later } },
      { t: 'staff' as const, v: stranger },
    ].sort((a, b) => (a.v.id < b.v.id ? -1 : 1));
    const file = await fileOf(withStaff(altered));

    const { staffChanges } = await previewMerge(db, teacher, file, { limits: testLimits });
    expect(staffChanges).toEqual(
      expect.arrayContaining([
        {
          id: head.v.id,
          name: head.v.name,
          kind: 'changed',
          role: { from: 'teacher', to: 'teacher' },
          pinChanges: true,
        },
        {
          id: para.v.id,
          name: para.v.name,
          kind: 'changed',
          role: { from: 'para', to: 'teacher' },
          pinChanges: false,
        },
        { id: stranger.id, name: 'Stranger', kind: 'added', role: { to: 'teacher' }, pinChanges: true },
      ]),
    );
    expect(staffChanges).toHaveLength(3);

    // Nothing approved: the staff stay exactly as they were, and the teacher is told what was not made.
    const summary = await mergeBackup(db, teacher, file, { limits: testLimits });
    expect(summary.staffSkipped).toEqual(staffChanges);
    expect(summary.added.staff).toBe(0);
    expect(await fullDump(db)).toEqual(before);

    // Approving one change makes that one only.
    const { restored: copy, teacher: copyTeacher } = await restoreInto(freshDb());
    const approved = await mergeBackup(copy, copyTeacher, file, {
      limits: testLimits,
      approvedStaff: [para.v.id],
    });
    expect(approved.staffSkipped.map((change) => change.id).sort()).toEqual([head.v.id, stranger.id].sort());
    expect((await copy.staff.get(para.v.id))?.role).toBe('teacher');
    expect(await copy.staff.get(head.v.id)).toEqual(head.v);
    expect(await copy.staff.get(stranger.id)).toBeUndefined();
  });

  test('a version written as the text "1" is named as such, not as a version this app cannot read', async () => {
    const lines = new TextDecoder().decode(good).split('\n').slice(0, -1);
    const header = JSON.parse(lines[0] ?? '{}') as Record<string, unknown>;
    const file = lineBlob([JSON.stringify({ ...header, version: '1' }), ...lines.slice(1)]);
    for (const apply of [restoreBackup, mergeBackup]) {
      await expect(apply(db, teacher, file, { limits: testLimits })).rejects.toMatchObject({
        code: 'backup-version-text',
        params: { version: '1' },
      });
    }
    expect(adultEn['error.backup-version-text']).toContain('{version}');
    expect(await fullDump(db)).toEqual(before);
  });
});

/** This test's classroom, restored into another database, with a session of its teacher. */
async function restoreInto(copy: AppDb): Promise<{ restored: AppDb; teacher: AdultSession }> {
  const { database } = await restoreBackup(copy, teacher, new Blob([new Uint8Array(good)]), {
    limits: testLimits,
  });
  return { restored: database, teacher };
}
