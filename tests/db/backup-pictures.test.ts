// Pictures inside backups pass the same picture gate as those from board files: a script-bearing
// SVG is stored without what runs, by restore and by merge; bytes that are no picture refuse the file.
import { beforeEach, expect, test } from 'vitest';
import type { AppDb } from '../../src/db/app-db';
import { BackupWriter } from '../../src/db/backup/writer';
import { mergeBackup, restoreBackup } from '../../src/db/repos/backup';
import { exportBackup } from '../../src/db/repos/backup-export';
import { toBase64 } from '../../src/domain/backup/encoding';
import type { FileRecord } from '../../src/domain/backup/record-schemas';
import type { AdultSession } from '../../src/domain/people';
import { seedClassroom } from '../support/classroom';
import { freshDb } from '../support/fresh-db';
import { fullDump } from '../support/full-dump';
import { activeOrOutside, HOSTILE_SVGS, utf8 } from '../support/obf-files';

const NOW = Date.UTC(2026, 8, 7, 12);

let db: AppDb;
let teacher: AdultSession;
let records: FileRecord[];
beforeEach(async () => {
  db = freshDb();
  ({ teacher } = await seedClassroom(db, NOW));
  const file = await exportBackup(db, teacher, { now: NOW });
  const lines = (await file.text()).split('\n').slice(1, -2);
  records = lines.flatMap((line) => (JSON.parse(line) as { records: FileRecord[] }).records);
});

/** The backup with every picture's bytes replaced, and a correct checksum over them. */
async function withPictures(bytes: (index: number) => Uint8Array, type: string): Promise<Blob> {
  const writer = await BackupWriter.start({ createdAt: NOW });
  let index = 0;
  for (const record of records) {
    await writer.add(
      record.t === 'media' ? { ...record, v: { ...record.v, type, data: toBase64(bytes(index++)) } } : record,
    );
  }
  return writer.finish();
}

const hostile = (index: number) => utf8(HOSTILE_SVGS[index % HOSTILE_SVGS.length]?.[1] ?? '');

async function storedPictures(on: AppDb) {
  return Promise.all(
    (await on.media.toArray()).map(async (row) => ({ type: row.blob.type, text: await row.blob.text() })),
  );
}

test('a restore stores a hostile SVG picture cleaned, with the type its bytes have', async () => {
  db = (await restoreBackup(db, teacher, await withPictures(hostile, 'image/png'))).database;

  const pictures = await storedPictures(db);
  expect(pictures.length).toBeGreaterThan(0);
  for (const picture of pictures) {
    expect(picture.type).toBe('image/svg+xml');
    expect(activeOrOutside(picture.text)).toBe(false);
  }
});

test('a merge stores a hostile SVG picture cleaned', async () => {
  const file = await withPictures(hostile, 'image/svg+xml');
  const other = freshDb();
  const { teacher: otherTeacher } = await seedClassroom(other, NOW, 'other ');
  const before = (await other.media.count()) + records.filter((record) => record.t === 'media').length;

  await mergeBackup(other, otherTeacher, file);

  const pictures = await storedPictures(other);
  expect(pictures).toHaveLength(before);
  for (const picture of pictures) expect(activeOrOutside(picture.text)).toBe(false);
});

test('a backup whose picture is a web page called a PNG is refused, and nothing changes', async () => {
  const page = () => utf8('<html><script>window.hacked = 1</script></html>');
  const file = await withPictures(page, 'image/png');
  const before = await fullDump(db);

  // The refusal names where in the file the picture is, for whoever looks into it.
  const refused = { code: 'backup-invalid', message: expect.stringMatching(/chunk \d+ row \d+ \(media\)/) };
  await expect(restoreBackup(db, teacher, file)).rejects.toMatchObject(refused);
  await expect(mergeBackup(db, teacher, file)).rejects.toMatchObject(refused);
  expect(await fullDump(db)).toEqual(before);
});
