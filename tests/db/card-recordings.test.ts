import { afterEach, expect, test } from 'vitest';
import type { AppDb } from '../../src/db/app-db';
import { restoreBackup } from '../../src/db/repos/backup';
import { exportBackup } from '../../src/db/repos/backup-export';
import { exportBoard, exportBoardPackage, importBoards } from '../../src/db/repos/board-files';
import { saveBoard } from '../../src/db/repos/boards';
import { createCard, setCardRecording, updateCard } from '../../src/db/repos/cards';
import { completeSetup } from '../../src/db/repos/setup';
import { parseBoardFile } from '../../src/domain/obf/obf-import';
import { freshDb } from '../support/fresh-db';
import { obfProblems } from '../support/obf-spec-check';
import { tinyWav, wavBlob } from '../support/sounds';

const NOW = new Date(2026, 8, 7, 8, 0).getTime();
let dbs: AppDb[] = [];
afterEach(() => {
  for (const db of dbs) db.close();
  dbs = [];
});

async function classroom() {
  const db = freshDb();
  dbs.push(db);
  const { session: teacher } = await completeSetup(
    db,
    { teacherName: 'Ms. Rivera', pin: '2468', studentName: 'Ana' },
    NOW,
  );
  const card = await createCard(db, teacher, { label: 'Lunch' }, NOW);
  return { db, teacher, card };
}

const bytesOf = async (db: AppDb, mediaId: string) =>
  new Uint8Array(await ((await db.media.get(mediaId as never))?.blob.arrayBuffer() ?? new ArrayBuffer(0)));

test('a card keeps a recording stored with the type its bytes have; a new one replaces it, and removing it deletes it', async () => {
  const { db, teacher, card } = await classroom();
  const recorded = await setCardRecording(
    db,
    teacher,
    card.id,
    new Blob([tinyWav()], { type: 'text/plain' }),
    NOW,
  );
  const first = recorded.recording?.mediaId;
  if (!first) throw new Error('the card has its recording');
  expect((await db.media.get(first))?.blob.type).toBe('audio/wav');
  expect(await bytesOf(db, first)).toEqual(tinyWav());

  // Editing the card's words keeps its recording.
  await updateCard(db, teacher, card.id, { label: 'Lunch time', picture: 'keep' }, NOW + 1);
  expect((await db.cards.get(card.id))?.recording?.mediaId).toBe(first);

  const second = (await setCardRecording(db, teacher, card.id, wavBlob(400, 3), NOW + 2)).recording?.mediaId;
  expect(second).not.toBe(first);
  expect(await db.media.get(first)).toBeUndefined();
  expect(await db.deletions.get(first)).toMatchObject({ kind: 'media', by: teacher.staffId });

  const without = await setCardRecording(db, teacher, card.id, undefined, NOW + 3);
  expect(without.recording).toBeUndefined();
  expect(await db.media.count()).toBe(0);
});

test('what is no sound, or more than 1 MB, is refused in words and nothing changes; a para cannot record', async () => {
  const { db, teacher, card } = await classroom();
  await expect(
    setCardRecording(
      db,
      teacher,
      card.id,
      new Blob(['<script>alert(1)</script>'], { type: 'audio/wav' }),
      NOW,
    ),
  ).rejects.toMatchObject({ code: 'recording-type' });
  await expect(setCardRecording(db, teacher, card.id, wavBlob(1024 * 1024), NOW)).rejects.toMatchObject({
    code: 'recording-too-large',
  });
  await expect(
    setCardRecording(db, { ...teacher, role: 'para' }, card.id, wavBlob(), NOW),
  ).rejects.toMatchObject({ code: 'not-allowed' });
  expect(await db.cards.get(card.id)).toEqual(card);
  expect(await db.media.count()).toBe(0);
});

test('a backup carries the recording: restored, the card plays the same bytes', async () => {
  const { db, teacher, card } = await classroom();
  await setCardRecording(db, teacher, card.id, wavBlob(), NOW);
  const file = await exportBackup(db, teacher, { now: NOW + 1000 });

  let tablet = freshDb();
  dbs.push(tablet);
  tablet = (await restoreBackup(tablet, teacher, file)).database;
  const restored = await tablet.cards.get(card.id);
  if (!restored?.recording) throw new Error('the restored card has its recording');
  expect((await tablet.media.get(restored.recording.mediaId))?.blob.type).toBe('audio/wav');
  expect(await bytesOf(tablet, restored.recording.mediaId)).toEqual(tinyWav());
});

test('a board file carries the recording as its button’s sound, and it comes back as the card’s recording', async () => {
  const { db, teacher, card } = await classroom();
  const other = await createCard(db, teacher, { label: 'Recess' }, NOW);
  await setCardRecording(db, teacher, card.id, wavBlob(), NOW);
  const board = await saveBoard(
    db,
    teacher,
    undefined,
    { name: 'After math', options: [{ cardId: card.id }, { cardId: other.id }] },
    NOW,
  );

  const obf = JSON.parse((await exportBoard(db, teacher, board.id)).text);
  expect(obfProblems(obf)).toEqual([]);
  expect(obf.sounds).toEqual([
    {
      id: board.options[0]?.id,
      data: expect.stringMatching(/^data:audio\/wav;base64,/),
      content_type: 'audio/wav',
    },
  ]);
  expect(obf.buttons.map((button: { sound_id?: string }) => button.sound_id)).toEqual([
    board.options[0]?.id,
    undefined,
  ]);

  const { bytes } = await exportBoardPackage(db, teacher, [board.id]);
  const [back] = parseBoardFile(bytes, 'after-math.obz');
  expect(back?.options.map((option) => option.sound?.bytes)).toEqual([tinyWav(), undefined]);
  const imported = await importBoards(db, teacher, back ? [back] : [], NOW + 1);
  const lunchAgain = await db.cards.get(imported.boards[0]?.options[0]?.cardId ?? card.id);
  // The same bytes: stored once, shared by both cards.
  expect(lunchAgain?.recording?.mediaId).toBe((await db.cards.get(card.id))?.recording?.mediaId);
});
