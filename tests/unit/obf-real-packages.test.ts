import { describe, expect, test } from 'vitest';
import { parseBoardFile, parseObf, parseObz } from '../../src/domain/obf/obf-import';
import { noteCounts } from '../../src/domain/obf/obf-notes';
import { planImport } from '../../src/domain/obf/obf-plan';
import { aBoard, anObz, GIF, JPEG, json, PNG } from '../support/obf-files';
import {
  aPageset,
  PAGESET_INLINE_WAV,
  PAGESET_LONG_LABEL,
  PAGESET_SVG,
  PAGESET_WAV,
} from '../support/obf-packages';

const labels = (board: { options: { label: string }[] } | undefined) =>
  board?.options.map((option) => option.label);

describe('a pageset as real AAC apps export it', () => {
  const boards = parseObz(aPageset(), 'pageset.obz');
  const [food, feelings, yes, big, broken] = boards;

  test('every board with something to take is read; the menu is not, the unreadable one is listed', () => {
    expect(boards.map((board) => board.name)).toEqual([
      'Food',
      'Feelings',
      'Yes',
      'Core words',
      'boards/broken.obf',
    ]);
    expect(boards.map((board) => board.options.length)).toEqual([5, 3, 1, 61, 0]);
  });

  test('Food: what was kept', () => {
    expect(food?.locale).toBe('en');
    expect(food?.options).toEqual([
      {
        sourceId: 'apple',
        label: 'apple',
        image: { bytes: PNG, type: 'image/png' },
        sound: { bytes: PAGESET_WAV, type: 'audio/wav' },
      },
      {
        sourceId: 'banana',
        label: 'banana',
        image: { bytes: JPEG, type: 'image/jpeg' },
        sound: { bytes: PAGESET_INLINE_WAV, type: 'audio/wav' },
      },
      { sourceId: 'cookie', label: 'cookie', imageNote: 'missing', soundNote: 'missing' },
      { sourceId: 'juice', label: 'juice', imageNote: 'missing', soundNote: 'remote-not-fetched' },
      {
        sourceId: 'long',
        label: 'I would like to go outside and play on the swings with my…',
        fullLabel: PAGESET_LONG_LABEL,
        spokenText: PAGESET_LONG_LABEL,
      },
    ]);
    expect(food?.options[4]?.label.length).toBeLessThanOrEqual(60);
  });

  test('Food: what was not taken, counted exactly', () => {
    expect(food && noteCounts(food)).toEqual({
      'format-missing': 1,
      'locale-named': 1,
      'extensions-ignored': 2,
      'images-without-id': 1,
      hidden: 1,
      'opens-board': 1,
      action: 1,
      'picture-missing': 2,
      'label-shortened': 1,
      'sound-missing': 1,
      'sound-remote-not-fetched': 1,
    });
    expect(food?.skipped).toEqual([
      { sourceId: 'back', label: 'home', reason: 'opens-board' },
      { sourceId: 'clear', label: 'clear', reason: 'action' },
    ]);
    expect(food?.notes).toContainEqual({ kind: 'locale-named', given: 'English', locale: 'en' });
  });

  test('Food: the hidden button is kept aside, hidden, with its words; it is no choice', () => {
    expect(food?.hiddenOptions).toEqual([{ sourceId: 'secret', label: 'candy' }]);
    expect(labels(food)).not.toContain('candy');
  });

  test('Feelings: SVG text with % signs, a picture on the web never fetched, a sound that is a web page, blank cells', () => {
    expect(labels(feelings)).toEqual(['feliz', 'triste', 'enojado']);
    expect(new TextDecoder().decode(feelings?.options[0]?.image?.bytes)).toBe(PAGESET_SVG);
    expect(feelings?.options[1]).toEqual({
      sourceId: 'sad',
      label: 'triste',
      imageNote: 'remote-not-fetched',
    });
    expect(feelings?.options[2]?.image).toEqual({ bytes: GIF, type: 'image/gif' });
    expect(feelings && noteCounts(feelings)).toEqual({
      'opens-board': 1,
      'picture-remote-not-fetched': 1,
      'sound-not-audio': 1,
    });
    expect(feelings?.options[0]?.sound).toBeUndefined();
  });

  test('boards with one choice or more than a board holds, a language nobody knows, a board that is not JSON', () => {
    expect(yes && noteCounts(yes)).toEqual({ 'too-few-choices': 1 });
    expect(big && noteCounts(big)).toEqual({ 'locale-unknown': 1, 'too-many-choices': 61 });
    expect(big?.locale).toBeUndefined();
    expect(broken && noteCounts(broken)).toEqual({ unreadable: 1 });
  });

  test('without a choice: boards that fit are choice boards, one choice is a card, 61 are split', () => {
    const plan = planImport(boards);
    expect(plan.choiceBoards.map((board) => [board.name, board.options.length, board.locale])).toEqual([
      ['Food', 5, 'en'],
      ['Feelings', 3, 'es'],
      ['Core words (1)', 31, undefined],
      ['Core words (2)', 30, undefined],
    ]);
    expect(labels({ options: plan.looseCards })).toEqual(['yes']);
  });

  test('the teacher’s choice: two boards, some buttons, and cards only', () => {
    const plan = planImport(boards, [
      { use: 'choice-board', optionIds: ['apple', 'banana', 'long'] },
      { use: 'choice-board' },
      { use: 'leave' },
      { use: 'cards', optionIds: ['0', '1'] },
      { use: 'leave' },
    ]);
    expect(plan.choiceBoards.map((board) => [board.name, labels(board)?.length])).toEqual([
      ['Food', 3],
      ['Feelings', 3],
    ]);
    expect(labels({ options: plan.looseCards })).toEqual(['word 0', 'word 1']);
  });
});

describe('single boards that were refused whole before', () => {
  test('no format field', () => {
    const board = parseObf(json(aBoard((file) => delete file.format)), 'x.obf');
    expect(labels(board)).toEqual(['apple', 'crackers']);
    expect(noteCounts(board)).toEqual({ 'format-missing': 1 });
  });

  test('a label over 60 characters is shortened, and its whole text is spoken unless the button says otherwise', () => {
    const long = `${'word '.repeat(20)}end`;
    const board = parseObf(
      json(
        aBoard((file) => {
          (file.buttons[1] ?? {}).label = long;
          file.buttons.push({ id: 'b3', label: 'x'.repeat(70), vocalization: 'a short thing' });
          file.grid = null;
        }),
      ),
      'x.obf',
    );
    expect(board.options[1]).toMatchObject({ fullLabel: long, spokenText: long });
    expect(board.options[1]?.label).toMatch(/^word word .*…$/);
    expect(board.options[2]).toMatchObject({ label: `${'x'.repeat(59)}…`, spokenText: 'a short thing' });
    expect(noteCounts(board)).toEqual({ 'label-shortened': 2 });
  });

  test('an image with an empty id, a dangling id and a broken data URI leave words only', () => {
    const board = parseObf(
      json(
        aBoard((file) => {
          (file.images[0] ?? {}).id = ' ';
          file.buttons.push({ id: 'b3', label: 'pear', image_id: 'nope' });
          file.buttons.push({ id: 'b4', label: 'plum', image_id: 'bad' });
          file.images.push({ id: 'bad', data: 'data:image/png;base64,@@@' });
          file.grid = null;
        }),
      ),
      'x.obf',
    );
    expect(board.options.map((option) => option.imageNote)).toEqual([
      'missing',
      undefined,
      'missing',
      'unreadable',
    ]);
    expect(noteCounts(board)).toEqual({
      'images-without-id': 1,
      'picture-missing': 2,
      'picture-unreadable': 1,
    });
  });

  test('a picture path the package does not hold', () => {
    const packed = aBoard((board) => (board.images[0] = { id: 'i1', path: 'images/gone.png' }));
    const [board] = parseObz(anObz({ 'a.obf': packed }), 'a.obz');
    expect(board?.options[0]?.imageNote).toBe('missing');
  });

  test('a package without a manifest reads each board it holds', () => {
    const other = aBoard((file) => {
      file.id = 'drinks';
      file.name = 'Drinks';
    });
    const boards = parseBoardFile(anObz({ 'b.obf': other, 'a.obf': aBoard() }), 'two.obz');
    expect(boards.map((board) => board.name)).toEqual(['Snacks', 'Drinks']);
  });
});
