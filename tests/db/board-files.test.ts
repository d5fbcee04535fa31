import { beforeEach, describe, expect, test } from 'vitest';
import type { AppDb } from '../../src/db/app-db';
import { gatePicture } from '../../src/db/pictures/picture-gate';
import { exportBoard, importBoards } from '../../src/db/repos/board-files';
import { boardById, listBoards } from '../../src/db/repos/board-reads';
import { saveBoard } from '../../src/db/repos/boards';
import { createCard, updateCard } from '../../src/db/repos/cards';
import { pictureBlob } from '../../src/db/repos/media-reads';
import { writeSetting } from '../../src/db/repos/settings';
import { completeSetup } from '../../src/db/repos/setup';
import type { ChoiceBoard } from '../../src/domain/boards';
import { PICTURE_MAX_BYTES } from '../../src/domain/cards';
import type { StaffId } from '../../src/domain/ids';
import { ulid } from '../../src/domain/ids';
import { type ImportedOption, parseBoardFile } from '../../src/domain/obf/obf-import';
import { OBF_MAX_BOARDS, OBF_MAX_CARDS } from '../../src/domain/obf/obf-limits';
import type { AdultSession } from '../../src/domain/people';
import { freshDb } from '../support/fresh-db';
import {
  aBoard,
  activeOrOutside,
  anObz,
  dataUri,
  fixture,
  GIF,
  HOSTILE_SVGS,
  JPEG,
  json,
  PDF,
  PNG,
  SVG,
  utf8,
} from '../support/obf-files';

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

const para: AdultSession = { staffId: ulid<'staff'>(NOW) as StaffId, role: 'para', name: 'Mr. Lee' };

/** Each option of a stored board as its card shows it: words, spoken words, picture bytes and type. */
async function optionsOf(board: ChoiceBoard) {
  return Promise.all(
    board.options.map(async (option) => {
      const card = await db.cards.get(option.cardId);
      if (!card) throw new Error(`card ${option.cardId} is missing`);
      const blob = card.picture ? await pictureBlob(db, card.picture.mediaId) : undefined;
      return {
        label: card.label,
        spokenText: card.spokenText,
        kind: card.picture?.kind,
        picture: blob ? { bytes: new Uint8Array(await blob.arrayBuffer()), type: blob.type } : undefined,
      };
    }),
  );
}

/** What the parser read, once through the picture gate, in the shape optionsOf gives. */
const expected = (board: { options: readonly ImportedOption[] } | undefined) =>
  (board?.options ?? []).map((option) => ({
    label: option.label,
    spokenText: option.spokenText,
    kind: option.image ? 'symbol' : undefined,
    picture: option.image ? passed(option.image.bytes) : undefined,
  }));

function passed(bytes: Uint8Array) {
  const gated = gatePicture(bytes);
  if (!gated.ok) throw new Error(`the gate refused a fixture's picture: ${gated.problem}`);
  return { bytes: gated.bytes, type: gated.type };
}

const counts = async () => ({
  cards: await db.cards.count(),
  media: await db.media.count(),
  boards: await db.boards.count(),
});
const NOTHING = { cards: 0, media: 0, boards: 0 };

describe('importing board files', () => {
  test.each([
    ['simple.obf', 'Simple Images Board', ['kids', 'cat'], 1],
    ['inline_images.obf', 'Inline Images Board', ['kids', 'cat'], 2],
    ['foreign.obf', 'Foreign Words', ['हेर्नुहोस्', 'यो', 'صرخة', '水很酷哟'], 0],
  ])('%s becomes a choice board of new cards with its pictures', async (file, name, labels, pictures) => {
    const parsed = parseBoardFile(fixture(file), file);

    const {
      boards: [board],
    } = await importBoards(db, teacher, parsed, NOW);

    expect(board).toMatchObject({ name, shown: {}, createdAt: NOW, updatedAt: NOW });
    if (!board) throw new Error('one board is imported');
    expect(await boardById(db, board.id)).toEqual(board);
    const options = await optionsOf(board);
    expect(options.map((option) => option.label)).toEqual(labels);
    expect(options).toEqual(expected(parsed[0]));
    expect(await counts()).toEqual({ cards: labels.length, media: pictures, boards: 1 });
  });

  test('a GIF picture is kept as a GIF, and a long board name is shortened to what a board holds', async () => {
    const file = aBoard((board) => {
      board.name = `Snacks ${'and more '.repeat(10)}`;
      board.images = [{ id: 'i1', data: dataUri('image/gif', GIF) }];
    });

    const {
      boards: [board],
    } = await importBoards(db, teacher, parseBoardFile(json(file), 'snacks.obf'), NOW);

    expect(board?.name).toHaveLength(60);
    expect(board?.name).toMatch(/^Snacks and more and more/);
    const [apple] = board ? await optionsOf(board) : [];
    expect(apple?.picture).toEqual({ bytes: GIF, type: 'image/gif' });
  });

  test('an .obz with several boards imports them all in one go', async () => {
    const drinks = aBoard((board) => {
      board.id = 'drinks';
      board.name = 'Drinks';
      board.buttons = [
        { id: 'd1', label: 'water', image_id: 'w' },
        { id: 'd2', label: 'milk', vocalization: 'milk please', image_id: 'm' },
      ];
      board.images = [
        { id: 'w', path: 'images/water.gif' },
        { id: 'm', path: 'images/milk.jpg' },
      ];
      board.grid = { rows: 1, columns: 2, order: [['d1', 'd2']] };
    });
    const obz = anObz({
      'manifest.json': {
        format: 'open-board-0.1',
        root: 'boards/snacks.obf',
        paths: { boards: { snacks: 'boards/snacks.obf', drinks: 'boards/drinks.obf' } },
      },
      'boards/snacks.obf': aBoard(),
      'boards/drinks.obf': drinks,
      'images/water.gif': GIF,
      'images/milk.jpg': JPEG,
    });

    const { boards } = await importBoards(db, teacher, parseBoardFile(obz, 'food.obz'), NOW);

    expect(boards.map((board) => board.name)).toEqual(['Snacks', 'Drinks']);
    expect((await listBoards(db)).map((board) => board.name)).toEqual(['Drinks', 'Snacks']);
    const [snacks, drinksBoard] = await Promise.all(boards.map(optionsOf));
    expect(snacks).toEqual([
      {
        label: 'apple',
        spokenText: 'I want an apple',
        kind: 'symbol',
        picture: { bytes: PNG, type: 'image/png' },
      },
      { label: 'crackers', spokenText: undefined, kind: undefined, picture: undefined },
    ]);
    expect(drinksBoard).toEqual([
      { label: 'water', spokenText: undefined, kind: 'symbol', picture: { bytes: GIF, type: 'image/gif' } },
      {
        label: 'milk',
        spokenText: 'milk please',
        kind: 'symbol',
        picture: { bytes: JPEG, type: 'image/jpeg' },
      },
    ]);
    expect(await counts()).toEqual({ cards: 4, media: 3, boards: 2 });
  });

  test('only a teacher imports; nothing is written for a para or without a session', async () => {
    const parsed = parseBoardFile(fixture('inline_images.obf'), 'inline_images.obf');

    await expect(importBoards(db, para, parsed, NOW)).rejects.toMatchObject({ code: 'not-allowed' });
    await expect(importBoards(db, undefined, parsed, NOW)).rejects.toMatchObject({ code: 'not-allowed' });
    expect(await counts()).toEqual(NOTHING);
  });

  test('a package with a one-choice board and a 61-choice board: the first is kept as a card, the second split in two', async () => {
    const withChoices = (id: string, name: string, count: number) =>
      aBoard((board) => {
        board.id = id;
        board.name = name;
        board.buttons = Array.from({ length: count }, (_, index) => ({
          id: `${id}${index}`,
          label: `${id} ${index}`,
        }));
        board.images = [];
        board.grid = null;
      });
    const obz = anObz({
      'manifest.json': {
        format: 'open-board-0.1',
        root: 'snacks.obf',
        paths: { boards: { snacks: 'snacks.obf', one: 'one.obf', wide: 'wide.obf' } },
      },
      'snacks.obf': aBoard(),
      'one.obf': withChoices('one', 'Only one', 1),
      'wide.obf': withChoices('wide', 'Wide', 61),
    });

    const { boards, looseCards } = await importBoards(db, teacher, parseBoardFile(obz, 'set.obz'), NOW);

    expect(boards.map((board) => [board.name, board.options.length])).toEqual([
      ['Snacks', 2],
      ['Wide (1)', 31],
      ['Wide (2)', 30],
    ]);
    expect(looseCards).toBe(1);
    expect(await db.cards.count()).toBe(2 + 1 + 61);
    expect((await db.cards.toArray()).some((card) => card.label === 'one 0')).toBe(true);
  });

  test.each([
    ['one choice', 1],
    ['61 choices', 61],
  ])(
    'a board of %s chosen as one choice board is refused, naming the board and the limits, and nothing is written',
    async (_, count) => {
      const odd = aBoard((board) => {
        board.id = 'odd';
        board.name = 'Odd one';
        board.buttons = Array.from({ length: count }, (_, index) => ({
          id: `o${index}`,
          label: `option ${index}`,
        }));
        board.images = [];
        board.grid = null;
      });
      const obz = anObz({
        'manifest.json': {
          format: 'open-board-0.1',
          root: 'snacks.obf',
          paths: { boards: { snacks: 'snacks.obf', odd: 'odd.obf' } },
        },
        'snacks.obf': aBoard(),
        'odd.obf': odd,
      });
      const plans = [{ use: 'choice-board' as const }, { use: 'choice-board' as const }];

      await expect(
        importBoards(db, teacher, parseBoardFile(obz, 'set.obz'), NOW, plans),
      ).rejects.toMatchObject({
        code: 'board-option-count',
        params: { board: 'Odd one', count, min: 2, max: 60 },
      });
      expect(await counts()).toEqual(NOTHING);
    },
  );

  test('a write that fails half way leaves no cards, pictures or boards behind', async () => {
    db.boards.hook('creating', () => {
      throw new Error('disk trouble');
    });
    const parsed = parseBoardFile(fixture('inline_images.obf'), 'inline_images.obf');

    await expect(importBoards(db, teacher, parsed, NOW)).rejects.toMatchObject({ code: 'write-failed' });
    expect(await counts()).toEqual(NOTHING);
  });
});

describe('exporting a board', () => {
  async function aBreakBoard(): Promise<ChoiceBoard> {
    const picture = (bytes: Uint8Array, type: string) => ({
      blob: new Blob([bytes.slice()], { type }),
      kind: 'symbol',
    });
    const inputs = [
      { label: 'Lego', spokenText: 'I want Lego', picture: picture(PNG, 'image/png') },
      { label: 'Swing', picture: picture(SVG, 'image/svg+xml') },
      { label: 'Music', spokenText: 'Music, please', picture: picture(GIF, 'image/gif') },
      { label: 'Puzzle', picture: { blob: new Blob([JPEG.slice()], { type: 'image/jpeg' }), kind: 'photo' } },
      { label: 'Quiet corner' },
    ];
    const cards = [];
    for (const input of inputs) cards.push(await createCard(db, teacher, input, NOW));
    const options = cards.map((card) => ({ cardId: card.id }));
    return saveBoard(db, teacher, undefined, { name: 'Break time!', options }, NOW);
  }

  test('exporting, reading and importing again gives the same words and pictures', async () => {
    const board = await aBreakBoard();

    const exported = await exportBoard(db, teacher, board.id);
    expect(exported.fileName).toBe('break-time.obf');
    const {
      boards: [again],
    } = await importBoards(db, teacher, parseBoardFile(utf8(exported.text), exported.fileName), NOW + 1);

    expect(again?.name).toBe('Break time!');
    const pictureOf = (option: Awaited<ReturnType<typeof optionsOf>>[number]) => ({
      label: option.label,
      spokenText: option.spokenText,
      picture: option.picture,
    });
    const original = (await optionsOf(board)).map(pictureOf);
    expect(original.map((option) => option.label)).toEqual([
      'Lego',
      'Swing',
      'Music',
      'Puzzle',
      'Quiet corner',
    ]);
    expect(again ? (await optionsOf(again)).map(pictureOf) : []).toEqual(original);
  });

  test('the file says the language of the adult screens, English when none is set, and names the board in any script', async () => {
    const board = await aBreakBoard();
    expect(JSON.parse((await exportBoard(db, teacher, board.id)).text)).toMatchObject({
      locale: 'en',
      name: 'Break time!',
    });

    await writeSetting(db, 'adultLocale', 'es');
    const {
      boards: [foreign],
    } = await importBoards(db, teacher, parseBoardFile(fixture('foreign.obf'), 'foreign.obf'), NOW);
    await saveBoard(
      db,
      teacher,
      foreign?.id,
      { name: 'Palabras: 水很酷哟', options: foreign?.options },
      NOW + 1,
    );
    const exported = foreign ? await exportBoard(db, teacher, foreign.id) : undefined;

    expect(exported?.fileName).toBe('palabras-水很酷哟.obf');
    expect(JSON.parse(exported?.text ?? '{}')).toMatchObject({ locale: 'es' });
  });

  test('an unknown board cannot be exported', async () => {
    await expect(exportBoard(db, teacher, ulid<'board'>(NOW))).rejects.toMatchObject({
      code: 'not-found',
    });
  });
});

describe('pictures from board files', () => {
  const withPicture = (svg: string) =>
    aBoard((board) => (board.images[0] = { id: 'i1', data: dataUri('image/svg+xml', utf8(svg)) }));

  test.each(HOSTILE_SVGS)('an SVG with %s is stored without it, and the teacher is told', async (_, svg) => {
    const { boards, cleanedPictures } = await importBoards(
      db,
      teacher,
      parseBoardFile(json(withPicture(svg)), 'x.obf'),
      NOW,
    );

    expect(cleanedPictures).toBe(1);
    const [apple] = boards[0] ? await optionsOf(boards[0]) : [];
    expect(apple?.picture?.type).toBe('image/svg+xml');
    const stored = new TextDecoder().decode(apple?.picture?.bytes);
    expect(activeOrOutside(stored)).toBe(false);
    expect(stored).toMatch(/<rect width="4" height="4"/);
    const exported = boards[0] ? await exportBoard(db, teacher, boards[0].id) : undefined;
    const image = JSON.parse(exported?.text ?? '{}').images?.[0]?.data ?? '';
    expect(activeOrOutside(Buffer.from(image.split(',')[1] ?? '', 'base64').toString())).toBe(false);
  });

  test('a picture whose bytes are no picture type is refused in words, and nothing is written', async () => {
    const parsed = parseBoardFile(json(aBoard()), 'x.obf');
    const [option] = parsed[0]?.options ?? [];
    if (option) option.image = { bytes: PDF, type: 'image/png' };

    await expect(importBoards(db, teacher, parsed, NOW)).rejects.toMatchObject({
      code: 'board-image-type',
      params: { file: 'x.obf', image: 'apple' },
    });
    expect(await counts()).toEqual(NOTHING);
  });

  test('one 2 MB picture behind 240 buttons is stored once, and once again when the file comes again', async () => {
    const big = new Uint8Array(PICTURE_MAX_BYTES);
    big.set(PNG);
    const board = (id: string) =>
      aBoard((file) => {
        file.id = id;
        file.buttons = Array.from({ length: 60 }, (_, index) => ({
          id: `x${index}`,
          label: `w${index}`,
          image_id: `i${index}`,
        }));
        file.images = Array.from({ length: 60 }, (_, index) => ({ id: `i${index}`, path: 'images/big.png' }));
        delete file.grid;
      });
    const boards = { 'a.obf': board('a'), 'b.obf': board('b'), 'c.obf': board('c'), 'd.obf': board('d') };
    const manifest = {
      format: 'open-board-0.1',
      root: 'a.obf',
      paths: { boards: { ...Object.keys(boards) } },
    };
    const obz = anObz({ 'manifest.json': manifest, 'images/big.png': big, ...boards });
    expect(obz.length).toBeLessThan(50_000);

    await importBoards(db, teacher, parseBoardFile(obz, 'big.obz'), NOW);
    await importBoards(db, teacher, parseBoardFile(obz, 'big.obz'), NOW + 1);

    expect(await counts()).toEqual({ cards: 480, media: 1, boards: 8 });
    const [row] = await db.media.toArray();
    expect(row?.blob.size).toBe(PICTURE_MAX_BYTES);
    const cards = await db.cards.toArray();
    expect(new Set(cards.map((card) => card.picture?.mediaId))).toEqual(new Set([row?.id]));
  });

  test('a picture many cards show stays while any of them shows it, and goes with the last', async () => {
    const { boards } = await importBoards(
      db,
      teacher,
      parseBoardFile(
        json(
          aBoard((file) => {
            file.buttons = [
              { id: 'b1', label: 'apple', image_id: 'i1' },
              { id: 'b2', label: 'pear', image_id: 'i1' },
            ];
          }),
        ),
        'x.obf',
      ),
      NOW,
    );
    const [apple, pear] = (boards[0]?.options ?? []).map((option) => option.cardId);
    if (!apple || !pear) throw new Error('two cards are imported');
    const [shared] = await db.media.toArray();
    if (!shared) throw new Error('the picture is stored');

    await updateCard(
      db,
      teacher,
      apple,
      { label: 'apple', picture: { blob: new Blob([JPEG], { type: 'image/jpeg' }), kind: 'photo' } },
      NOW + 1,
    );
    expect((await db.media.get(shared.id))?.blob.size).toBe(PNG.length);
    expect((await db.cards.get(pear))?.picture?.mediaId).toBe(shared.id);

    // The pear's owner was the apple, which let go: the row now names the pear.
    expect((await db.media.get(shared.id))?.ownerId).toBe(pear);
    await updateCard(db, teacher, pear, { label: 'pear' }, NOW + 2);
    expect(await db.media.get(shared.id)).toBeUndefined();
    expect(await db.media.count()).toBe(1);
  });
});

test('boards from any reader are held to the import limits where they are written', async () => {
  const [board] = parseBoardFile(json(aBoard()), 'x.obf');
  if (!board) throw new Error('one board is read');
  const many = Array.from({ length: OBF_MAX_BOARDS + 1 }, () => board);
  await expect(importBoards(db, teacher, many, NOW)).rejects.toMatchObject({
    code: 'board-too-many-chosen',
    params: { max: OBF_MAX_BOARDS },
  });
  const wide = {
    ...board,
    options: Array.from({ length: 60 }, (_, index) => ({ sourceId: `${index}`, label: `w${index}` })),
  };
  await expect(
    importBoards(
      db,
      teacher,
      Array.from({ length: Math.ceil((OBF_MAX_CARDS + 1) / 60) }, () => wide),
      NOW,
    ),
  ).rejects.toMatchObject({ code: 'board-too-many-cards', params: { max: OBF_MAX_CARDS } });
  expect(await counts()).toEqual(NOTHING);
});
