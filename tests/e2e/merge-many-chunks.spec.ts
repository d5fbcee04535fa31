// A merge of a file of many chunks in Chromium, where a transaction commits by itself once nothing
// of it waits: the file read between chunks must keep it open. Damaged at its very end, such a file
// changes nothing; whole, all of it arrives.
import { writeFile } from 'node:fs/promises';
import { BackupWriter } from '../../src/db/backup/writer';
import { CHUNK_MAX_RECORDS } from '../../src/domain/backup/format';
import { type StudentId, ulid } from '../../src/domain/ids';
import { stampEvent } from '../../src/domain/stamp';
import { storedCounts } from './fixtures/stored-counts';
import { expect, test } from './fixtures/test';
import { completeSetup } from './page-models/app';
import { chooseBackup, merge, openBackups, openPanel } from './page-models/backups';

const NOTES = 3 * CHUNK_MAX_RECORDS + 500;

/** Another tablet's file: one student and her notes, over several chunks; its checksum spoiled if asked. */
async function fileOfCleo(damaged: boolean): Promise<string> {
  const now = Date.now() - 60 * 60_000;
  const cleo = {
    id: ulid<'student'>(now) as StudentId,
    name: 'Cleo',
    locale: 'en' as const,
    createdAt: now,
    updatedAt: now,
  };
  const device = ulid<'device'>(now);
  const writer = await BackupWriter.start({ createdAt: now });
  await writer.add({ t: 'students', v: cleo });
  for (let index = 0; index < NOTES; index++)
    await writer.add({
      t: 'events',
      v: stampEvent(
        { type: 'note', studentId: cleo.id, actor: { kind: 'student' }, text: `Note ${index}` },
        now + index,
        device,
      ),
    });
  let text = await (await writer.finish()).text();
  if (damaged) text = text.replace(/"sha256":"[0-9a-f]{64}"/, `"sha256":"${'0'.repeat(64)}"`);
  const path = test.info().outputPath(`${damaged ? 'damaged' : 'whole'}.omo`);
  await writeFile(path, text);
  return path;
}

test('a file of many chunks damaged at its end merges nothing; whole, it merges all of it', async ({
  page,
}) => {
  await completeSetup(page);
  await openBackups(page);
  const before = await storedCounts(page, ['students', 'events']);

  await chooseBackup(page, await fileOfCleo(true));
  await merge(page);
  await expect(openPanel(page).getByText(/checksum does not match\)\. Nothing was changed\./)).toBeVisible();
  expect(await storedCounts(page, ['students', 'events'])).toEqual(before);

  await chooseBackup(page, await fileOfCleo(false));
  await merge(page);
  await expect(openPanel(page).getByTestId('merge-result')).toBeVisible();
  expect(await storedCounts(page, ['students', 'events'])).toEqual({
    students: (before.students ?? 0) + 1,
    events: (before.events ?? 0) + NOTES,
  });
});
