import { describe, expect, test } from 'vitest';
import { boardToObf, type ExportedOption } from '../../src/domain/obf/obf-export';
import { parseBoardFile, parseObf, parseObz } from '../../src/domain/obf/obf-import';
import { noteCounts } from '../../src/domain/obf/obf-notes';
import {
  aBoard,
  anObz,
  base64,
  dataUri,
  fixture,
  GIF,
  JPEG,
  json,
  PNG,
  SVG,
  utf8,
  WEBP,
} from '../support/obf-files';

const labels = (board: { options: { label: string }[] }) => board.options.map((option) => option.label);
/** Width and height from a PNG's header chunk. */
const pngSize = (bytes: Uint8Array) => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return [view.getUint32(16), view.getUint32(20)];
};

describe('the example boards', () => {
  test('simple.obf: an inline SVG, and a picture on the web that stays there', () => {
    const board = parseObf(fixture('simple.obf'), 'simple.obf');
    expect(board).toMatchObject({ sourceId: 'inline_images', name: 'Simple Images Board', locale: 'en' });
    const [kids, cat] = board.options;
    expect(kids).toMatchObject({ sourceId: '1', label: 'kids', spokenText: 'children' });
    expect(kids?.image?.type).toBe('image/svg+xml');
    expect(new TextDecoder().decode(kids?.image?.bytes)).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/,
    );
    expect(cat).toEqual({
      sourceId: '2',
      label: 'cat',
      spokenText: 'feline',
      imageNote: 'remote-not-fetched',
    });
    expect(board.skipped).toEqual([]);
  });

  test('inline_images.obf: two PNG pictures, decoded to their bytes', () => {
    const board = parseObf(fixture('inline_images.obf'), 'inline_images.obf');
    expect(board.name).toBe('Inline Images Board');
    expect(labels(board)).toEqual(['kids', 'cat']);
    expect(board.options.map((option) => option.spokenText)).toEqual(['children', 'feline']);
    expect(board.options.map((option) => option.image?.type)).toEqual(['image/png', 'image/png']);
    expect(board.options.map((option) => pngSize(option.image?.bytes ?? new Uint8Array(24)))).toEqual([
      [300, 245],
      [300, 231],
    ]);
    const file = JSON.parse(new TextDecoder().decode(fixture('inline_images.obf')));
    const firstData: string = file.images[0].data;
    expect(base64(board.options[0]?.image?.bytes ?? new Uint8Array())).toBe(firstData.split(',')[1]);
  });

  test('foreign.obf: labels in any script, in grid order, and numeric ids read as text', () => {
    const board = parseObf(fixture('foreign.obf'), 'foreign.obf');
    expect(board.name).toBe('Foreign Words');
    expect(board.locale).toBeUndefined();
    expect(labels(board)).toEqual(['हेर्नुहोस्', 'यो', 'صرخة', '水很酷哟']);
    expect(board.options.map((option) => option.sourceId)).toEqual(['0', '1', '2', '3']);
    expect(board.options.map((option) => option.imageNote)).toEqual([
      'remote-not-fetched',
      'remote-not-fetched',
      'remote-not-fetched',
      undefined,
    ]);
    expect(board.options.some((option) => option.image)).toBe(false);
    expect(noteCounts(board)).toEqual({ 'picture-remote-not-fetched': 3 });
  });

  test('nothing is missing from a board that brings all its pictures', () => {
    // Its two ext_ fields are an app's own, and not used.
    expect(noteCounts(parseObf(fixture('inline_images.obf'), 'inline_images.obf'))).toEqual({
      'extensions-ignored': 2,
    });
  });
});

describe('export', () => {
  const options: ExportedOption[] = [
    {
      id: '01J0000000000000000000000A',
      label: 'apple',
      spokenText: 'I want an apple',
      image: { bytes: PNG, type: 'image/png' },
    },
    { id: '01J0000000000000000000000B', label: 'crackers', image: { bytes: JPEG, type: 'image/jpeg' } },
    {
      id: '01J0000000000000000000000C',
      label: 'juice',
      spokenText: 'juice, please',
      image: { bytes: GIF, type: 'image/gif' },
    },
    { id: '01J0000000000000000000000D', label: 'grapes', image: { bytes: WEBP, type: 'image/webp' } },
    { id: '01J0000000000000000000000E', label: 'a break', image: { bytes: SVG, type: 'image/svg+xml' } },
    { id: '01J0000000000000000000000F', label: 'nothing' },
  ];
  const board = { id: '01J00000000000000000000000', name: 'Snack time', locale: 'es' as const, options };

  test('importing our own export gives the same board back', () => {
    const text = boardToObf(board);
    const back = parseObf(utf8(text), 'snack-time.obf');
    expect(back).toEqual({
      sourceId: board.id,
      file: 'snack-time.obf',
      name: 'Snack time',
      locale: 'es',
      options: options.map(({ id, ...option }) => ({ sourceId: id, ...option })),
      grid: [options.slice(0, 3).map((option) => option.id), options.slice(3).map((option) => option.id)],
      hiddenOptions: [],
      skipped: [],
      notes: [],
    });
  });

  test('pictures travel inline, and the grid is as near square as the options allow', () => {
    const file = JSON.parse(boardToObf(board));
    expect(file.format).toBe('open-board-0.1');
    expect(file.grid).toEqual({
      rows: 2,
      columns: 3,
      order: [options.slice(0, 3).map((option) => option.id), options.slice(3).map((option) => option.id)],
    });
    // The test pictures are only their type's first bytes: no header gives their size, so the
    // size the app shows pictures at is written.
    expect(file.images[0]).toEqual({
      id: options[0]?.id,
      data: dataUri('image/png', PNG),
      content_type: 'image/png',
      width: 512,
      height: 512,
    });
    expect(file.sounds).toEqual([]);
    expect(file.buttons[5]).toEqual({ id: options[5]?.id, label: 'nothing' });
  });

  test('a grid leaves blank cells after the last option', () => {
    const file = JSON.parse(boardToObf({ ...board, options: options.slice(0, 5) }));
    expect(file.grid.order[1]).toEqual([options[3]?.id, options[4]?.id, null]);
  });
});

describe('choices', () => {
  test('only buttons that are choices become options; the rest are listed with a reason', () => {
    const board = parseObf(
      json(
        aBoard((file) => {
          file.buttons.push(
            { id: 'b3', label: 'a', action: '+a' },
            { id: 'b4', label: 'drinks', load_board: { path: 'boards/drinks.obf' } },
            { id: 'b5', image_id: 'i1' },
            { id: 'b6', label: 'hidden' },
          );
          file.grid = {
            rows: 2,
            columns: 3,
            order: [
              ['b2', 'b3', 'b4'],
              ['b5', 'gone', 'b1', 'b2', null],
            ],
          };
        }),
      ),
      'snacks.obf',
    );
    expect(labels(board)).toEqual(['crackers', 'apple']);
    expect(board.skipped).toEqual([
      { sourceId: 'b6', label: 'hidden', reason: 'not-in-grid' },
      { sourceId: 'b3', label: 'a', reason: 'action' },
      // A board on its own has no package for a link to stay in.
      { sourceId: 'b4', label: 'drinks', reason: 'link-outside' },
      { sourceId: 'b5', reason: 'no-label' },
    ]);
    expect(noteCounts(board)).toEqual({ 'not-in-grid': 1, action: 1, 'link-outside': 1, 'no-label': 1 });
  });

  test('a board without a name is named by its id', () => {
    expect(parseObf(json(aBoard((file) => delete file.name)), 'x.obf').name).toBe('snacks');
  });

  test('without a grid the options keep the order of the file', () => {
    const board = parseObf(json(aBoard((file) => delete file.grid)), 'snacks.obf');
    expect(labels(board)).toEqual(['apple', 'crackers']);
  });

  test('labels and spoken texts are trimmed, and a button shown by two cells is one choice', () => {
    const board = parseObf(
      json(
        aBoard((file) => {
          file.buttons[1] = { id: 'b2', label: '  crackers ', vocalization: ' ' };
          file.grid = { rows: 1, columns: 3, order: [['b2', 'b2', 'b1']] };
        }),
      ),
      'snacks.obf',
    );
    expect(board.options.map(({ label, spokenText }) => [label, spokenText])).toEqual([
      ['crackers', undefined],
      ['apple', 'I want an apple'],
    ]);
  });

  test('a picture several buttons show is read once and shared', () => {
    const board = parseObf(
      json(aBoard((file) => (file.buttons[1] = { id: 'b2', label: 'pear', image_id: 'i1' }))),
      'x.obf',
    );
    expect(board.options[0]?.image).toBe(board.options[1]?.image);
  });

  test('a picture named by a symbol set only is noted as not included', () => {
    const board = parseObf(
      json(
        aBoard(
          (file) => (file.images[0] = { id: 'i1', symbol: { set: 'symbolstix', filename: 'apple.png' } }),
        ),
      ),
      'snacks.obf',
    );
    expect(board.options[0]?.imageNote).toBe('not-included');
  });

  test('every picture type we show is recognised by its bytes, whatever the file calls it', () => {
    for (const [bytes, type] of [
      [PNG, 'image/png'],
      [JPEG, 'image/jpeg'],
      [GIF, 'image/gif'],
      [WEBP, 'image/webp'],
      [SVG, 'image/svg+xml'],
    ] as const) {
      const board = parseObf(
        json(aBoard((file) => (file.images[0] = { id: 'i1', data: dataUri('image/png', bytes) }))),
        'x.obf',
      );
      expect(board.options[0]?.image).toEqual({ bytes, type });
    }
  });

  test('an SVG written into the data URI as text is read too', () => {
    const text = new TextDecoder().decode(SVG);
    const board = parseObf(
      json(
        aBoard(
          (file) => (file.images[0] = { id: 'i1', data: `data:image/svg+xml,${encodeURIComponent(text)}` }),
        ),
      ),
      'x.obf',
    );
    expect(board.options[0]?.image).toEqual({ bytes: SVG, type: 'image/svg+xml' });
  });
});

describe('.obz packages', () => {
  const drinks = aBoard((file) => {
    file.id = 'drinks';
    file.name = 'Drinks';
    file.buttons = [
      { id: 'd1', label: 'water', image_id: 'w' },
      { id: 'd2', label: 'milk', image_id: 'm' },
    ];
    file.images = [
      { id: 'w', path: 'images/water.png', content_type: 'image/png' },
      { id: 'm', path: 'images/milk.jpg', url: 'https://example.org/milk.jpg' },
    ];
    file.grid = { rows: 1, columns: 2, order: [['d2', 'd1']] };
  });
  const home = aBoard((file) => {
    file.id = 'home';
    file.name = 'Home';
    file.buttons = [{ id: 'h1', label: 'drinks', load_board: { id: 'drinks', path: 'boards/drinks.obf' } }];
    file.images = [];
    file.grid = { rows: 1, columns: 1, order: [['h1']] };
  });
  const manifest = {
    format: 'open-board-0.1',
    root: 'boards/home.obf',
    paths: {
      boards: { home: 'boards/home.obf', drinks: 'boards/drinks.obf', snacks: 'boards/snacks.obf' },
      images: { w: 'images/water.png', m: 'images/milk.jpg' },
    },
  };
  const pack = {
    'manifest.json': manifest,
    'boards/home.obf': home,
    'boards/drinks.obf': drinks,
    'boards/snacks.obf': aBoard(),
    'images/': new Uint8Array(),
    'images/water.png': PNG,
    'images/milk.jpg': JPEG,
  };

  test('every board with choices is imported, with its pictures from the package', () => {
    const boards = parseObz(anObz(pack), 'set.obz');
    // The root board only opens other boards: it is a menu, not a choice board.
    expect(boards.map((board) => board.name)).toEqual(['Drinks', 'Snacks']);
    expect(boards[0]?.options).toEqual([
      { sourceId: 'd2', label: 'milk', image: { bytes: JPEG, type: 'image/jpeg' } },
      { sourceId: 'd1', label: 'water', image: { bytes: PNG, type: 'image/png' } },
    ]);
    expect(labels(boards[1] ?? { options: [] })).toEqual(['apple', 'crackers']);
  });

  test('a package of one board needs no manifest', () => {
    const boards = parseObz(anObz({ 'snacks.obf': aBoard() }), 'snacks.obz');
    expect(boards.map((board) => board.name)).toEqual(['Snacks']);
  });

  test('.obf and .obz are told apart by their bytes, not their names', () => {
    expect(parseBoardFile(anObz(pack), 'set.obf').map((board) => board.name)).toEqual(['Drinks', 'Snacks']);
    expect(parseBoardFile(json(aBoard()), 'snacks.obz').map((board) => board.name)).toEqual(['Snacks']);
  });
});
