import { unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { boardsToObz, boardToObf, type ExportedBoard } from '../../src/domain/obf/obf-export';
import { type ImportedBoard, parseBoardFile, parseObf, parseObz } from '../../src/domain/obf/obf-import';
import { aBoard, fixture, json } from '../support/obf-files';
import { aPageset } from '../support/obf-packages';
import { obfProblems } from '../support/obf-spec-check';

/** A board read from a file, as the exporter is given it: option ids are the buttons' ids. */
const asExported = (board: ImportedBoard, index = 0): ExportedBoard => ({
  // Boards of different files may share an id; in the app every board's id is its own.
  id: `${index}-${board.sourceId}`,
  name: board.name,
  locale: board.locale ?? 'en',
  options: board.options.map((option) => ({
    id: option.sourceId,
    label: option.label,
    ...(option.spokenText ? { spokenText: option.spokenText } : {}),
    ...(option.image ? { image: option.image } : {}),
    ...(option.sound ? { sound: option.sound } : {}),
  })),
  ...(board.grid ? { grid: board.grid } : {}),
});

/** What a round trip must keep of a board: words, spoken words, pictures, sounds and the grid. */
const kept = (board: ImportedBoard | undefined) => ({
  name: board?.name,
  options: board?.options.map((option) => ({
    id: option.sourceId,
    label: option.label,
    spokenText: option.spokenText,
    image: option.image,
    sound: option.sound,
  })),
  // Cells of buttons that were not taken (hidden, links) come back blank.
  grid: board?.grid?.map((row) =>
    row.map((id) => (board.options.some((option) => option.sourceId === id) ? id : null)),
  ),
});

/** A board without a grid comes back with the one the export laid out. */
const withGridOf = (expected: ReturnType<typeof kept>, back: ImportedBoard | undefined) =>
  expected.grid ? expected : { ...expected, grid: back?.grid };

const fixtureBoards = [
  ...['simple.obf', 'inline_images.obf', 'foreign.obf'].map((name) => parseObf(fixture(name), name)),
  ...parseObz(aPageset(), 'pageset.obz').filter((board) => board.options.length > 0),
];

describe('the spec checker', () => {
  test('finds what the spec asks for and an old export lacked', () => {
    const old = aBoard((board) => {
      delete (board.images[0] as Record<string, unknown>).content_type;
      board.grid = { rows: 2, columns: 2, order: [['b1', 'b2']] };
    });
    expect(obfProblems(old)).toEqual([
      'sounds must be a list',
      'image i1 needs a content_type',
      'image i1 needs a width',
      'image i1 needs a height',
      'grid has 2 rows but its order has 1',
    ]);
  });
});

test('the fixtures hold sounds, so the round trips below carry some', () => {
  expect(fixtureBoards.flatMap((board) => board.options.filter((option) => option.sound))).toHaveLength(2);
});

describe('every board of the fixtures, exported', () => {
  test.each(fixtureBoards.map((board) => [board.name, board] as const))(
    '%s as an .obf passes the spec and comes back the same, grid and blank cells included',
    (_, board) => {
      const text = boardToObf(asExported(board));
      expect(obfProblems(JSON.parse(text))).toEqual([]);
      const back = parseObf(new TextEncoder().encode(text), 'back.obf');
      expect(kept(back)).toEqual(withGridOf(kept(board), back));
      expect(back.locale).toBe(board.locale ?? 'en');
    },
  );

  test('all of them as one .obz: each board passes, pictures and sounds are files inside, and they come back the same', () => {
    const obz = boardsToObz(fixtureBoards.map((board, index) => asExported(board, index)));
    const files = unzipSync(obz);
    const names = new Set(Object.keys(files));
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    const boardPaths: string[] = Object.values(manifest.paths.boards);
    expect(boardPaths).toHaveLength(fixtureBoards.length);
    for (const path of boardPaths) {
      const board = JSON.parse(new TextDecoder().decode(files[path]));
      expect(obfProblems(board, names), path).toEqual([]);
      for (const image of board.images) expect(image.data).toBeUndefined();
      for (const sound of board.sounds) expect(sound.path).toMatch(/^sounds\/.+\.wav$/);
    }
    // The pageset's two sounds travel as files of their own.
    expect(Object.keys(manifest.paths.sounds)).toHaveLength(2);
    const back = parseBoardFile(obz, 'all.obz');
    expect(back.map(kept)).toEqual(fixtureBoards.map((board, index) => withGridOf(kept(board), back[index])));
  });

  test('a picture’s width and height come from its header', () => {
    const [first] = parseObf(fixture('inline_images.obf'), 'inline_images.obf').options;
    const bytes = first?.image?.bytes ?? new Uint8Array();
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const exported = JSON.parse(boardToObf(asExported(parseObf(fixture('inline_images.obf'), 'x.obf'))));
    expect(exported.images[0]).toMatchObject({ width: view.getUint32(16), height: view.getUint32(20) });
  });

  test('a board without a grid is laid out as near square as its options allow, blank cells last', () => {
    const board = parseObf(json(aBoard((file) => (file.grid = null))), 'x.obf');
    const exported = JSON.parse(boardToObf(asExported(board)));
    expect(exported.grid).toEqual({ rows: 1, columns: 2, order: [['b1', 'b2']] });
    expect(obfProblems(exported)).toEqual([]);
  });
});
