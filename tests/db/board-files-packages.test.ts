import { beforeEach, expect, test } from 'vitest';
import type { AppDb } from '../../src/db/app-db';
import { importBoards } from '../../src/db/repos/board-files';
import { completeSetup } from '../../src/db/repos/setup';
import { parseBoardFile } from '../../src/domain/obf/obf-import';
import type { AdultSession } from '../../src/domain/people';
import { freshDb } from '../support/fresh-db';
import { aPageset, PAGESET_LONG_LABEL } from '../support/obf-packages';

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
  // Pictures: apple (in the zip), banana (DATA:), feliz (SVG text with %), enojado (GIF).
  expect(await counts()).toEqual({ cards: 5 + 3 + 61 + 1, media: 4, boards: 4 });
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
  expect(await counts()).toEqual({ cards: 2 + 3 + 3, media: 4, boards: 2 });
  expect((await db.cards.toArray()).map((card) => card.label).sort()).toEqual(
    ['apple', 'banana', 'enojado', 'feliz', 'triste', 'word 0', 'word 1', 'word 2'].sort(),
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
