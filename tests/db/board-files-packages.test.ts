import { beforeEach, expect, test } from 'vitest';
import type { AppDb } from '../../src/db/app-db';
import { exportBoard, exportBoardPackage, importBoards } from '../../src/db/repos/board-files';
import { saveBoard } from '../../src/db/repos/boards';
import { pictureBlob } from '../../src/db/repos/media-reads';
import { completeSetup } from '../../src/db/repos/setup';
import { type ChoiceBoard, optionsFor } from '../../src/domain/boards';
import type { OptionId } from '../../src/domain/ids';
import { parseBoardFile } from '../../src/domain/obf/obf-import';
import type { AdultSession } from '../../src/domain/people';
import { freshDb } from '../support/fresh-db';
import { aPageset, PAGESET_INLINE_WAV, PAGESET_LONG_LABEL, PAGESET_WAV } from '../support/obf-packages';
import { obfProblems } from '../support/obf-spec-check';

const NOW = new Date(2026, 8, 7, 9, 0).getTime();

let db: AppDb;
let teacher: AdultSession;
beforeEach(async () => {
  db = freshDb();
  ({ session: teacher } = await completeSetup(
    db,
    { teacherName: 'Ms. Rivera', pin: '2468', studentName: 'Ana' },
    NOW,
  ));
});

const counts = async () => ({
  cards: await db.cards.count(),
  media: await db.media.count(),
  boards: await db.boards.count(),
});

test('a pageset imported as it comes: what fits becomes boards, one choice a card, 61 choices two boards', async () => {
  const result = await importBoards(db, teacher, parseBoardFile(aPageset(), 'pageset.obz'), NOW);

  expect(result.boards.map((board) => [board.name, board.options.length])).toEqual([
    ['Food', 5],
    ['Feelings', 3],
    ['Core words (1)', 31],
    ['Core words (2)', 30],
  ]);
  expect(result.looseCards).toBe(1);
  // Pictures: apple (in the zip), banana (DATA:), feliz (SVG text with %), enojado (GIF); sounds:
  // apple's (in the zip) and banana's (inline), the cards' recordings. Food's hidden button is a
  // card of its own, kept hidden on the board.
  expect(await counts()).toEqual({ cards: 5 + 1 + 3 + 61 + 1, media: 4 + 2, boards: 4 });
  const cards = await db.cards.toArray();
  const recordingOf = async (label: string) => {
    const recording = cards.find((card) => card.label === label)?.recording;
    const row = recording && (await db.media.get(recording.mediaId));
    return row && { type: row.blob.type, bytes: new Uint8Array(await row.blob.arrayBuffer()) };
  };
  expect(await recordingOf('apple')).toEqual({ type: 'audio/wav', bytes: PAGESET_WAV });
  expect(await recordingOf('banana')).toEqual({ type: 'audio/wav', bytes: PAGESET_INLINE_WAV });
  expect(cards.filter((card) => card.recording)).toHaveLength(2);
  expect(result.boards.map((board) => board.hiddenOptions?.length ?? 0)).toEqual([1, 0, 0, 0]);
  const long = (await db.cards.toArray()).find((card) => card.spokenText === PAGESET_LONG_LABEL);
  expect(long?.label.length).toBeLessThanOrEqual(60);
});

test('only what the teacher chose is written: two boards, some of one board’s buttons, cards from another', async () => {
  const boards = parseBoardFile(aPageset(), 'pageset.obz');
  const result = await importBoards(db, teacher, boards, NOW, [
    { use: 'choice-board', optionIds: ['apple', 'banana'] },
    { use: 'choice-board' },
    { use: 'leave' },
    { use: 'cards', optionIds: ['0', '1', '2'] },
    { use: 'leave' },
  ]);

  expect(result.boards.map((board) => [board.name, board.options.length])).toEqual([
    ['Food', 2],
    ['Feelings', 3],
  ]);
  // The four pictures and the two recordings of apple and banana.
  expect(await counts()).toEqual({ cards: 2 + 1 + 3 + 3, media: 4 + 2, boards: 2 });
  expect((await db.cards.toArray()).map((card) => card.label).sort()).toEqual(
    ['apple', 'banana', 'candy', 'enojado', 'feliz', 'triste', 'word 0', 'word 1', 'word 2'].sort(),
  );
});

test('choosing nothing writes nothing', async () => {
  const boards = parseBoardFile(aPageset(), 'pageset.obz');
  const result = await importBoards(
    db,
    teacher,
    boards,
    NOW,
    boards.map(() => ({ use: 'leave' as const })),
  );
  expect(result).toEqual({ boards: [], looseCards: 0, cleanedPictures: 0 });
  expect(await counts()).toEqual({ cards: 0, media: 0, boards: 0 });
});

/** A stored board as words, spoken words, picture and recording sizes, hidden or not, by cell of its grid. */
async function shapeOf(board: ChoiceBoard) {
  const all = [...board.options, ...(board.hiddenOptions ?? [])];
  const hidden = new Set(board.hiddenOptions?.map((option) => option.id));
  const cards = await db.cards.bulkGet(all.map((option) => option.cardId));
  const cardOf = new Map(all.map((option, index) => [option.id, cards[index]]));
  const cell = async (id: OptionId | null) => {
    const card = id === null ? undefined : cardOf.get(id);
    if (!card) return null;
    const blob = card.picture ? await pictureBlob(db, card.picture.mediaId) : undefined;
    const sound = card.recording ? await pictureBlob(db, card.recording.mediaId) : undefined;
    return {
      label: card.label,
      spoken: card.spokenText,
      picture: blob ? blob.size : undefined,
      ...(sound ? { recording: sound.size } : {}),
      ...(hidden.has(id as OptionId) ? { hidden: true } : {}),
    };
  };
  return {
    name: board.name,
    locale: board.locale,
    grid: board.grid && (await Promise.all(board.grid.order.map((row) => Promise.all(row.map(cell))))),
  };
}

test('import, export as one package, import again: words, spoken words, pictures, recordings, hidden buttons, grid, blank cells and language are kept', async () => {
  const first = await importBoards(db, teacher, parseBoardFile(aPageset(), 'pageset.obz'), NOW, [
    { use: 'choice-board' },
    { use: 'choice-board' },
    { use: 'leave' },
    { use: 'leave' },
    { use: 'leave' },
  ]);
  const food = first.boards[0];
  const feelings = first.boards[1];
  if (!food || !feelings) throw new Error('two boards are imported');
  expect(feelings.grid?.order.map((row) => row.map((cell) => cell !== null))).toEqual([
    [true, false, true],
    [true, false, false],
  ]);

  const exported = await exportBoardPackage(db, teacher, [food.id, feelings.id]);
  expect(exported.fileName).toBe('boards.obz');
  const again = await importBoards(db, teacher, parseBoardFile(exported.bytes, exported.fileName), NOW + 1);

  expect(again.boards.map((board) => board.name)).toEqual(['Food', 'Feelings']);
  for (const [index, board] of again.boards.entries()) {
    const before = first.boards[index];
    if (!before) throw new Error('a board for each');
    expect(await shapeOf(board)).toEqual(await shapeOf(before));
  }
  expect(again.boards.map((board) => board.locale)).toEqual(['en', 'es']);
  // Apple and banana keep their recordings.
  expect((await shapeOf(again.boards[0] as ChoiceBoard)).grid?.[0]?.map((cell) => cell?.recording)).toEqual([
    PAGESET_WAV.length,
    PAGESET_INLINE_WAV.length,
    undefined,
  ]);
  // Food's hidden button is in its cell, still hidden.
  expect((await shapeOf(again.boards[0] as ChoiceBoard)).grid?.[1]?.[2]).toEqual({
    label: 'candy',
    spoken: undefined,
    picture: undefined,
    hidden: true,
  });
});

test('one board alone exports as an .obf with its own language and grid', async () => {
  const { boards } = await importBoards(db, teacher, parseBoardFile(aPageset(), 'pageset.obz'), NOW, [
    { use: 'leave' },
    { use: 'choice-board' },
    { use: 'leave' },
    { use: 'leave' },
    { use: 'leave' },
  ]);
  const [feelings] = boards;
  if (!feelings) throw new Error('one board is imported');
  const file = JSON.parse((await exportBoard(db, teacher, feelings.id)).text);
  expect(obfProblems(file)).toEqual([]);
  expect(file.locale).toBe('es');
  expect(file.grid.order.map((row: unknown[]) => row.map((cell) => cell !== null))).toEqual([
    [true, false, true],
    [true, false, false],
  ]);
});

test('a hidden button is never offered, and stays hidden in its cell when the teacher edits the board', async () => {
  const { boards } = await importBoards(db, teacher, parseBoardFile(aPageset(), 'pageset.obz'), NOW, [
    { use: 'choice-board' },
    { use: 'leave' },
    { use: 'leave' },
    { use: 'leave' },
    { use: 'leave' },
  ]);
  const [food] = boards;
  if (!food) throw new Error('Food is imported');
  const [ana] = await db.students.toArray();
  if (!ana) throw new Error('Ana is set up');
  const offered = await db.cards.bulkGet(optionsFor(food, ana.id).map((option) => option.cardId));
  expect(offered.map((card) => card?.label)).not.toContain('candy');

  // The teacher renames the board and drops apple: candy keeps its cell, hidden; apple's turns blank.
  const kept = food.options.slice(1);
  const edited = await saveBoard(db, teacher, food.id, { name: 'Snacks', options: kept }, NOW + 1);
  expect(edited.hiddenOptions).toEqual(food.hiddenOptions);
  const shape = await shapeOf(edited);
  expect(shape.grid?.[0]?.[0]).toBeNull();
  expect(shape.grid?.[1]?.[2]).toMatchObject({ label: 'candy', hidden: true });
  const file = JSON.parse((await exportBoard(db, teacher, food.id)).text);
  expect(obfProblems(file)).toEqual([]);
  expect(file.buttons.filter((button: { hidden?: boolean }) => button.hidden)).toEqual([
    { id: food.hiddenOptions?.[0]?.id, label: 'candy', hidden: true },
  ]);
});
