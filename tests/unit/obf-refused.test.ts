import { Inflate } from 'fflate';
import { describe, expect, test, vi } from 'vitest';
import { parseBoardFile, parseObf, parseObz } from '../../src/domain/obf/obf-import';
import {
  OBF_MAX_BUTTONS,
  OBF_MAX_CARDS,
  OBF_MAX_FILE_BYTES,
  OBF_MAX_IMAGE_BYTES,
  OBF_MAX_IMPORT_PICTURE_BYTES,
  OBF_MAX_JSON_DEPTH,
  OBZ_MAX_BOARDS,
  OBZ_MAX_ENTRIES,
} from '../../src/domain/obf/obf-limits';
import { aBoard, anObz, dataUri, declaringSize, failure, json, PDF, PNG, utf8 } from '../support/obf-files';

// Each refusal is an AppError whose params name the file and the part at fault, for the message.
describe('broken and hostile files are refused, naming the problem', () => {
  test('not JSON', () => {
    expect(failure(() => parseObf(utf8('<html>hello</html>'), 'page.obf'))).toMatchObject({
      code: 'board-not-json',
      params: { file: 'page.obf' },
    });
    expect(failure(() => parseObf(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), 'bytes.obf')).code).toBe(
      'board-not-json',
    );
    expect(failure(() => parseObf(utf8('[1, 2]'), 'list.obf')).code).toBe('board-not-json');
  });

  test.each([
    ['buttons is not a list', (file: Record<string, unknown>) => (file.buttons = 'apple'), 'buttons'],
    [
      'a label is a number',
      (file: { buttons: Record<string, unknown>[] }) => ((file.buttons[1] ?? {}).label = 5),
      'buttons[id=b2].label',
    ],
    [
      'a button has no id',
      (file: { buttons: Record<string, unknown>[] }) => delete file.buttons[0]?.id,
      'buttons[0].id',
    ],
    [
      'the grid is not rows',
      (file: Record<string, unknown>) => (file.grid = { order: ['b1'] }),
      'grid.order[0]',
    ],
  ])('wrong or missing values: %s', (_, change, where) => {
    const error = failure(() => parseObf(json(aBoard(change)), 'snacks.obf'));
    expect(error).toMatchObject({ code: 'board-invalid', params: { file: 'snacks.obf', where } });
  });

  test('a manifest with wrong values', () => {
    const manifest = { format: 'open-board-0.1', root: 5, paths: { boards: {} } };
    expect(failure(() => parseObz(anObz({ 'manifest.json': manifest }), 'a.obz'))).toMatchObject({
      code: 'board-invalid',
      params: { file: 'a.obz/manifest.json', where: 'root' },
    });
  });

  test('duplicate ids', () => {
    const buttons = aBoard((file) => (file.buttons[1] = { id: 'b1', label: 'again' }));
    expect(failure(() => parseObf(json(buttons), 'x.obf'))).toMatchObject({
      code: 'board-duplicate-id',
      params: { id: 'b1' },
    });
    // A number and a string of the same digits are one id, as the format says to read them.
    const images = aBoard((file) =>
      file.images.push({ id: 1, url: 'https://example.org/a.png' }, { id: '1' }),
    );
    expect(failure(() => parseObf(json(images), 'x.obf'))).toMatchObject({
      code: 'board-duplicate-id',
      params: { id: '1' },
    });
  });

  test('too many buttons, and not one fewer', () => {
    const withButtons = (count: number) =>
      aBoard((board) => {
        board.buttons = Array.from({ length: count }, (_, index) => ({ id: index, label: `b${index}` }));
        // Twenty to a row, as a large pageset lays them out.
        const ids = board.buttons.map((button) => button.id);
        const rows = Array.from({ length: Math.ceil(count / 20) }, (_, row) =>
          ids.slice(row * 20, row * 20 + 20),
        );
        board.grid = { rows: rows.length, columns: 20, order: rows };
      });
    expect(parseObf(json(withButtons(OBF_MAX_BUTTONS)), 'full.obf').options).toHaveLength(OBF_MAX_BUTTONS);
    const file = withButtons(OBF_MAX_BUTTONS + 1);
    expect(failure(() => parseObf(json(file), 'big.obf'))).toMatchObject({
      code: 'board-too-many-buttons',
      params: { file: 'big.obf', max: 200 },
    });
  });

  test('a huge file is refused before it is read', () => {
    const huge = new Uint8Array(OBF_MAX_FILE_BYTES + 1).fill(0x20);
    expect(failure(() => parseObf(huge, 'huge.obf'))).toMatchObject({
      code: 'board-too-large',
      params: { file: 'huge.obf', max: 20 },
    });
    huge.set([0x50, 0x4b, 0x03, 0x04]);
    expect(failure(() => parseBoardFile(huge, 'huge.obz'))).toMatchObject({
      code: 'board-too-large',
      params: { file: 'huge.obz' },
    });
  });

  test('a picture over the size limit', () => {
    const big = new Uint8Array(OBF_MAX_IMAGE_BYTES + 1);
    big.set(PNG);
    const file = aBoard((board) => (board.images[0] = { id: 'i1', data: dataUri('image/png', big) }));
    expect(failure(() => parseObf(json(file), 'x.obf'))).toMatchObject({
      code: 'board-too-large',
      params: { file: 'x.obf images[id=i1]', max: 2 },
    });
  });

  test('a board with nothing to choose', () => {
    const file = aBoard((board) => {
      board.buttons = [{ id: 'b1', label: 'more', load_board: { path: 'more.obf' } }];
    });
    expect(failure(() => parseObf(json(file), 'menu.obf'))).toMatchObject({ code: 'board-empty' });
    expect(failure(() => parseObz(anObz({ 'menu.obf': file }), 'menu.obz'))).toMatchObject({
      code: 'board-empty',
      params: { file: 'menu.obz' },
    });
  });

  test('a picture of a type we do not show (a PDF called a PNG)', () => {
    const file = aBoard((board) => (board.images[0] = { id: 'i1', data: dataUri('image/png', PDF) }));
    expect(failure(() => parseObf(json(file), 'x.obf'))).toMatchObject({
      code: 'board-image-type',
      params: { file: 'x.obf', image: 'i1' },
    });
    const packed = aBoard((board) => (board.images[0] = { id: 'i1', path: 'images/a.png' }));
    expect(failure(() => parseObz(anObz({ 'a.obf': packed, 'images/a.png': PDF }), 'a.obz'))).toMatchObject({
      code: 'board-image-type',
      params: { file: 'a.obz/a.obf', image: 'i1' },
    });
  });

  // Script and links out are the picture gate's to take out (tests/db/picture-gate.test.ts); what
  // the parser refuses is what would expand as it is read.
  test.each([
    ['entities', '<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg>&a;</svg>'],
    ['entities behind a declaration', '<?xml version="1.0"?>\n<!DOCTYPE svg [\n<!entity b "b">]><svg/>'],
  ])('an SVG with %s', (_, svg) => {
    const file = aBoard(
      (board) => (board.images[0] = { id: 'i1', data: dataUri('image/svg+xml', utf8(svg)) }),
    );
    expect(failure(() => parseObf(json(file), 'x.obf'))).toMatchObject({
      code: 'board-image-unsafe',
      params: { file: 'x.obf', image: 'i1' },
    });
  });

  test.each([
    ['a web page', 'text/html', '<script>window.hacked = 1</script>'],
    ['a web page called a PNG', 'image/png', '<html><script>window.hacked = 1</script></html>'],
    ['a script called an SVG', 'image/svg+xml', 'window.hacked = 1'],
  ])('a data: URI of the wrong type: %s', (_, type, text) => {
    const file = aBoard((board) => (board.images[0] = { id: 'i1', data: dataUri(type, utf8(text)) }));
    expect(failure(() => parseObf(json(file), 'x.obf'))).toMatchObject({
      code: 'board-image-type',
      params: { file: 'x.obf', image: 'i1' },
    });
  });

  test('an SVG called a PNG is read as the SVG it is, for the picture gate to clean', () => {
    const svg = utf8('<svg xmlns="http://www.w3.org/2000/svg"><script>window.hacked = 1</script></svg>');
    const file = aBoard((board) => (board.images[0] = { id: 'i1', data: dataUri('image/png', svg) }));
    expect(parseObf(json(file), 'x.obf').options[0]?.image).toEqual({ bytes: svg, type: 'image/svg+xml' });
  });

  test('JSON nested deeper than any board, even in a field that is not read', () => {
    const deep = `${'['.repeat(OBF_MAX_JSON_DEPTH)}${']'.repeat(OBF_MAX_JSON_DEPTH)}`;
    const file = (nested: string) =>
      utf8(JSON.stringify(aBoard()).replace(/}$/, `, "ext_notes": ${nested}}`));
    // The board itself is one level: its deepest field may go one level less deep than the limit.
    expect(parseObf(file(deep.slice(1, -1)), 'x.obf').options).toHaveLength(2);
    expect(failure(() => parseObf(file(deep), 'x.obf'))).toMatchObject({
      code: 'board-too-deep',
      params: { file: 'x.obf', max: OBF_MAX_JSON_DEPTH },
    });
    // Brackets inside text are words, not nesting.
    expect(parseObf(file(JSON.stringify('[{'.repeat(10_000))), 'x.obf').options).toHaveLength(2);
    // Millions of levels, which JSON.parse could not even take, are refused as quickly.
    const bomb = '['.repeat(5_000_000);
    expect(failure(() => parseObf(file(bomb), 'x.obf')).code).toBe('board-too-deep');
  });

  test('thousands of boards in one small package', () => {
    const boards = Object.fromEntries(
      Array.from({ length: 900 }, (_, index) => [
        `b${index}.obf`,
        aBoard((board) => (board.id = `b${index}`)),
      ]),
    );
    const manifest = { format: 'open-board-0.1', root: 'b0.obf', paths: { boards: Object.keys(boards) } };
    const obz = anObz({
      'manifest.json': { ...manifest, paths: { boards: { ...Object.keys(boards) } } },
      ...boards,
    });
    expect(obz.length).toBeLessThan(500_000);
    expect(failure(() => parseObz(obz, 'many.obz'))).toMatchObject({
      code: 'board-too-many-boards',
      params: { file: 'many.obz', max: OBZ_MAX_BOARDS },
    });
  });

  test('more cards than one import may make are read, for the teacher to choose from', () => {
    const sixty = (id: string) =>
      aBoard((board) => {
        board.id = id;
        board.buttons = Array.from({ length: 60 }, (_, index) => ({
          id: `x${index}`,
          label: `word ${index}`,
        }));
        board.images = [];
        delete board.grid;
      });
    const count = Math.floor(OBF_MAX_CARDS / 60) + 1;
    const boards = Object.fromEntries(
      Array.from({ length: count }, (_, index) => [`b${index}.obf`, sixty(`b${index}`)]),
    );
    const manifest = {
      format: 'open-board-0.1',
      root: 'b0.obf',
      paths: { boards: { ...Object.keys(boards) } },
    };
    // A pageset is a library the teacher chooses from: reading it all is allowed; what one
    // import may write is checked where it is written (tests/db/board-files.test.ts).
    const read = parseObz(anObz({ 'manifest.json': manifest, ...boards }), 'words.obz');
    expect(read.flatMap((board) => board.options)).toHaveLength(count * 60);
    expect(count * 60).toBeGreaterThan(OBF_MAX_CARDS);
  });

  test('one picture behind thousands of buttons counts once; many large pictures are refused together', () => {
    const big = new Uint8Array(OBF_MAX_IMAGE_BYTES);
    big.set(PNG);
    const behindAll = (id: string, path: string) =>
      aBoard((board) => {
        board.id = id;
        board.buttons = Array.from({ length: 60 }, (_, index) => ({
          id: `x${index}`,
          label: `w${index}`,
          image_id: `i${index}`,
        }));
        board.images = Array.from({ length: 60 }, (_, index) => ({ id: `i${index}`, path }));
        delete board.grid;
      });
    const sameOne = Object.fromEntries(
      Array.from({ length: 16 }, (_, index) => [`b${index}.obf`, behindAll(`b${index}`, 'images/big.png')]),
    );
    const manifest = (boards: object) => ({
      format: 'open-board-0.1',
      root: 'b0.obf',
      paths: { boards: { ...Object.keys(boards) } },
    });
    const one = anObz({ 'manifest.json': manifest(sameOne), 'images/big.png': big, ...sameOne });
    expect(one.length).toBeLessThan(100_000);
    const boards = parseObz(one, 'one.obz');
    expect(boards.flatMap((board) => board.options)).toHaveLength(960);
    expect(new Set(boards.flatMap((board) => board.options.map((option) => option.image?.bytes))).size).toBe(
      1,
    );

    const count = Math.floor(OBF_MAX_IMPORT_PICTURE_BYTES / OBF_MAX_IMAGE_BYTES) + 1;
    const pictures = Object.fromEntries(
      Array.from({ length: count }, (_, index) => [
        `images/${index}.png`,
        big.map((byte, at) => (at === 9 ? index : byte)),
      ]),
    );
    const eachOwn = Object.fromEntries(
      Array.from({ length: count }, (_, index) => [
        `b${index}.obf`,
        behindAll(`b${index}`, `images/${index}.png`),
      ]),
    );
    const many = anObz({ 'manifest.json': manifest(eachOwn), ...pictures, ...eachOwn });
    expect(failure(() => parseObz(many, 'many.obz'))).toMatchObject({
      code: 'board-pictures-too-large',
      params: { file: 'many.obz', max: OBF_MAX_IMPORT_PICTURE_BYTES / 1024 / 1024 },
    });
  });

  test.each(['../evil.obf', '/etc/evil.obf', 'boards\\..\\evil.obf', 'C:/evil.obf', 'boards/../../evil.obf'])(
    'a path out of the package, %s, in the manifest or as an entry',
    (path) => {
      const manifest = { format: 'open-board-0.1', root: path, paths: { boards: {} } };
      const fromManifest = anObz({ 'manifest.json': manifest, 'a.obf': aBoard() });
      expect(failure(() => parseObz(fromManifest, 'a.obz'))).toMatchObject({
        code: 'board-unsafe-path',
        params: { file: 'a.obz/manifest.json', path },
      });
      const asEntry = anObz({ 'a.obf': aBoard(), [path]: aBoard() });
      expect(failure(() => parseObz(asEntry, 'a.obz'))).toMatchObject({
        code: 'board-unsafe-path',
        params: { file: 'a.obz', path },
      });
    },
  );

  test('a picture path out of the package', () => {
    const packed = aBoard((board) => (board.images[0] = { id: 'i1', path: '../secret.png' }));
    expect(failure(() => parseObz(anObz({ 'a.obf': packed }), 'a.obz'))).toMatchObject({
      code: 'board-unsafe-path',
      params: { file: 'a.obz/a.obf', path: '../secret.png' },
    });
  });

  test('a zip bomb whose entry declares a small size and inflates to a large one', () => {
    const bomb = new Uint8Array(8 * 1024 * 1024);
    bomb.set(PNG);
    const packed = aBoard((board) => (board.images[0] = { id: 'i1', path: 'images/bomb.png' }));
    const zip = declaringSize(anObz({ 'a.obf': packed, 'images/bomb.png': bomb }), 'images/bomb.png', 1000);
    expect(zip.length).toBeLessThan(20_000);
    expect(failure(() => parseObz(zip, 'bomb.obz'))).toMatchObject({
      code: 'board-zip-invalid',
      params: { file: 'bomb.obz/images/bomb.png' },
    });
  });

  test('a zip bomb stops being inflated at the first step past its declared size', () => {
    // 48 MB of zeros deflate to about 48 kB: three steps of 16 kB for an inflater fed to the end.
    const zip = declaringSize(anObz({ 'bomb.bin': new Uint8Array(48 * 1024 * 1024) }), 'bomb.bin', 1000);
    expect(zip.length).toBeGreaterThan(40_000);
    const push = vi.spyOn(Inflate.prototype, 'push');
    try {
      expect(failure(() => parseObz(zip, 'bomb.obz')).code).toBe('board-zip-invalid');
      expect(push).toHaveBeenCalledTimes(1);
    } finally {
      push.mockRestore();
    }
  });

  test('the last part of a split archive is told as split, not as damaged', () => {
    const zip = anObz({ 'a.obf': aBoard() });
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    // The end record of the second of two parts: this disk is 1, the directory starts on disk 0.
    let end = zip.length - 22;
    while (view.getUint32(end, true) !== 0x06054b50) end--;
    view.setUint16(end + 4, 1, true);
    expect(failure(() => parseObz(zip, 'part.obz'))).toMatchObject({
      code: 'board-zip-split',
      params: { file: 'part.obz' },
    });
  });

  test('an entry that declares more than it holds', () => {
    const zip = declaringSize(anObz({ 'a.obf': aBoard() }), 'a.obf', 5000);
    expect(failure(() => parseObz(zip, 'a.obz'))).toMatchObject({
      code: 'board-zip-invalid',
      params: { file: 'a.obz/a.obf' },
    });
  });

  test('highly compressible entries over the limits are refused before they are inflated', () => {
    const zeros = new Uint8Array(OBF_MAX_FILE_BYTES + 1);
    const one = anObz({ 'a.obf': aBoard(), 'big.bin': zeros });
    expect(one.length).toBeLessThan(100_000);
    expect(failure(() => parseObz(one, 'a.obz'))).toMatchObject({
      code: 'board-too-large',
      params: { file: 'a.obz/big.bin', max: 20 },
    });
    const some = zeros.subarray(0, 17 * 1024 * 1024);
    const three = anObz({ 'a.obf': aBoard(), 'b1.bin': some, 'b2.bin': some, 'b3.bin': some });
    expect(failure(() => parseObz(three, 'a.obz'))).toMatchObject({
      code: 'board-too-large',
      params: { file: 'a.obz', max: 50 },
    });
  });

  test('too many entries', () => {
    const entries: Record<string, Uint8Array> = { 'a.obf': json(aBoard()) };
    for (let index = 0; index < OBZ_MAX_ENTRIES; index++) entries[`images/${index}.png`] = PNG;
    expect(failure(() => parseObz(anObz(entries), 'many.obz'))).toMatchObject({
      code: 'board-too-many-files',
      params: { file: 'many.obz', max: OBZ_MAX_ENTRIES },
    });
  });

  test('a damaged zip, and a zip that is no board package', () => {
    const zip = anObz({ 'a.obf': aBoard() });
    expect(failure(() => parseObz(zip.subarray(0, zip.length - 30), 'cut.obz'))).toMatchObject({
      code: 'board-zip-invalid',
      params: { file: 'cut.obz' },
    });
    const noBoards = anObz({ 'notes.txt': utf8('hello') });
    expect(failure(() => parseObz(noBoards, 'notes.obz'))).toMatchObject({ code: 'board-zip-invalid' });
    // A manifest whose only board is not in the zip: nothing in it can be used.
    const manifest = { format: 'open-board-0.1', root: 'boards/gone.obf', paths: { boards: {} } };
    expect(failure(() => parseObz(anObz({ 'manifest.json': manifest }), 'a.obz'))).toMatchObject({
      code: 'board-empty',
      params: { file: 'a.obz' },
    });
  });
});
