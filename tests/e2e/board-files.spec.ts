import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { aBoard, anObz, dataUri, declaringSize, fixture, json, utf8 } from '../support/obf-files';
import { portraitPng } from './fixtures/png';
import { storedCounts } from './fixtures/stored-counts';
import { expect, test } from './fixtures/test';
import { completeSetup, expectNoAxeViolations } from './page-models/app';

const INLINE = 'Inline Images Board';

const importPanel = (page: Page) => page.getByRole('region', { name: 'Board files' });
const fileInput = (page: Page) => importPanel(page).getByLabel('Import a board file');
const yourBoards = (page: Page) => page.getByRole('region', { name: 'Your boards' });
/** The boards listed, by their headings. */
const boardNames = (page: Page) => yourBoards(page).getByRole('heading', { level: 3 });
const optionsOf = (page: Page, name: string) =>
  page.getByRole('list', { name: `Options of ${name}` }).getByRole('listitem');

/** The tables a board import writes to. */
const IMPORTED_TABLES = ['boards', 'cards', 'media'];

/** Chooses a file in the import input, as the file picker would hand it over. */
async function importFile(page: Page, name: string, bytes: Uint8Array, mimeType = ''): Promise<void> {
  await fileInput(page).setInputFiles({ name, mimeType, buffer: Buffer.from(bytes) });
}

test.beforeEach(async ({ page }) => {
  await completeSetup(page);
  await page.getByRole('link', { name: 'Choice boards' }).click();
  await expect(page.getByRole('heading', { name: 'Choice boards', level: 1 })).toBeVisible();
});

test('a board file from another AAC app becomes a board of cards with its pictures', async ({ page }) => {
  await importFile(page, 'inline_images.obf', fixture('inline_images.obf'), 'application/json');

  await expect(importPanel(page).getByRole('status')).toHaveText(
    `The board “${INLINE}” was imported with 2 options. It is in Your boards below.`,
  );
  await expect(boardNames(page)).toHaveText([INLINE]);
  await expect(optionsOf(page, INLINE)).toHaveText(['kids', 'cat']);
  await expect(optionsOf(page, INLINE).locator('img')).toHaveCount(2);
  // The input is ready for the next file.
  await expect(fileInput(page)).toHaveValue('');
  await expectNoAxeViolations(page);
});

test('an .obz package brings all its boards at once, pictures and all', async ({ page }) => {
  const drinks = aBoard((board) => {
    board.id = 'drinks';
    board.name = 'Drinks';
    board.buttons = [
      { id: 'd1', label: 'water', image_id: 'w' },
      { id: 'd2', label: 'milk', vocalization: 'milk please' },
      { id: 'd3', label: 'juice' },
    ];
    board.images = [{ id: 'w', path: 'images/water.png' }];
    board.grid = { rows: 1, columns: 3, order: [['d1', 'd2', 'd3']] };
  });
  const snacks = aBoard((board) => {
    board.images = [{ id: 'i1', data: dataUri('image/png', portraitPng([250, 220, 120])) }];
  });
  const obz = anObz({
    'manifest.json': {
      format: 'open-board-0.1',
      root: 'boards/snacks.obf',
      paths: { boards: { snacks: 'boards/snacks.obf', drinks: 'boards/drinks.obf' } },
    },
    'boards/snacks.obf': snacks,
    'boards/drinks.obf': drinks,
    'images/water.png': portraitPng([120, 180, 240]),
  });

  await importFile(page, 'kitchen.obz', obz, 'application/zip');

  // A package is previewed first: nothing is written until the teacher chooses.
  const preview = page.getByRole('region', { name: 'Choose from “kitchen.obz”' });
  await expect(preview.getByRole('heading', { level: 4 })).toHaveText(['Snacks', 'Drinks']);
  expect(await storedCounts(page, IMPORTED_TABLES)).toEqual({ boards: 0, cards: 0, media: 0 });
  for (const name of ['Snacks', 'Drinks']) {
    await preview.getByLabel(`What to make of “${name}”`).selectOption({ label: 'A choice board' });
  }
  await preview.getByRole('button', { name: 'Import what I chose' }).click();

  await expect(importPanel(page).getByRole('status')).toHaveText(
    '2 boards were imported: “Snacks” and “Drinks”. They are in Your boards below.',
  );
  await expect(boardNames(page)).toHaveText(['Drinks', 'Snacks']);
  await expect(optionsOf(page, 'Drinks')).toHaveText(['water', 'milk', 'juice']);
  await expect(optionsOf(page, 'Drinks').locator('img')).toHaveCount(1);
  await expect(optionsOf(page, 'Snacks')).toHaveText(['apple', 'crackers']);
  await expect(optionsOf(page, 'Snacks').locator('img')).toHaveCount(1);
  expect(await storedCounts(page, IMPORTED_TABLES)).toEqual({ boards: 2, cards: 5, media: 2 });
  await expectNoAxeViolations(page);
});

test('a damaged or hostile file is refused in words, and the boards stay as they were', async ({ page }) => {
  await importFile(page, 'inline_images.obf', fixture('inline_images.obf'));
  await expect(boardNames(page)).toHaveText([INLINE]);
  const before = await storedCounts(page, IMPORTED_TABLES);
  expect(before).toEqual({ boards: 1, cards: 2, media: 2 });

  const scripted = aBoard((board) => {
    const svg = '<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>';
    board.images = [{ id: 'i1', data: dataUri('image/svg+xml', utf8(svg)) }];
  });
  const escaping = anObz({
    'manifest.json': { format: 'open-board-0.1', root: '../../evil.obf', paths: { boards: {} } },
    'a.obf': aBoard(),
  });
  const bomb = declaringSize(
    anObz({ 'a.obf': aBoard(), 'bomb.bin': new Uint8Array(8 << 20) }),
    'bomb.bin',
    1000,
  );
  const refusals: [string, Uint8Array, string][] = [
    [
      'notes.obf',
      utf8('Shopping: milk, eggs'),
      'notes.obf is not a board file: it does not hold board data (JSON). Nothing was imported.',
    ],
    [
      'sneaky.obf',
      json(scripted),
      'Picture i1 in sneaky.obf is an SVG that declares entities, or holds nothing that can be shown safely. Nothing was imported.',
    ],
    [
      'escape.obz',
      escaping,
      'escape.obz/manifest.json names a file outside the board package (../../evil.obf), which is not allowed. Nothing was imported.',
    ],
    [
      'bomb.obz',
      bomb,
      'bomb.obz/bomb.bin is damaged or is not a board package (.obz). Nothing was imported.',
    ],
  ];
  for (const [name, bytes, words] of refusals) {
    await importFile(page, name, bytes);
    await expect(importPanel(page).getByRole('alert')).toHaveText(words);
    await expect(fileInput(page)).toHaveValue('');
    await expect(boardNames(page)).toHaveText([INLINE]);
    expect(await storedCounts(page, IMPORTED_TABLES), name).toEqual(before);
  }
  await expectNoAxeViolations(page);

  // A good file after a refused one is imported as usual.
  await importFile(page, 'foreign.obf', fixture('foreign.obf'));
  await expect(importPanel(page).getByRole('status')).toContainText(
    'The board “Foreign Words” was imported with 4 options. It is in Your boards below.',
  );
  await expect(importPanel(page).getByRole('alert')).toBeHidden();
  await expect(boardNames(page)).toHaveText(['Foreign Words', INLINE]);
});

test('a board is exported as an .obf with its words and pictures', async ({ page }) => {
  await importFile(page, 'inline_images.obf', fixture('inline_images.obf'));
  await expect(boardNames(page)).toHaveText([INLINE]);

  const downloading = page.waitForEvent('download');
  await yourBoards(page)
    .getByRole('button', { name: `Export ${INLINE}`, exact: true })
    .click();
  const download = await downloading;

  expect(download.suggestedFilename()).toBe('inline-images-board.obf');
  const item = yourBoards(page).getByRole('listitem', { name: INLINE });
  await expect(item.getByRole('status')).toHaveText(
    `“${INLINE}” was exported as inline-images-board.obf. Look for it in your downloads.`,
  );
  const exported = JSON.parse(await readFile(await download.path(), 'utf8')) as ObfFile;
  const original = JSON.parse(new TextDecoder().decode(fixture('inline_images.obf'))) as ObfFile;
  expect(exported).toMatchObject({ format: 'open-board-0.1', name: INLINE, locale: 'en' });
  expect(exported.buttons.map(({ label, vocalization }) => ({ label, vocalization }))).toEqual([
    { label: 'kids', vocalization: 'children' },
    { label: 'cat', vocalization: 'feline' },
  ]);
  // Each button carries the same picture it came with, inside the file.
  expect(exported.buttons.map((button) => pictureBytes(exported, button.image_id))).toEqual(
    original.buttons.map((button) => pictureBytes(original, button.image_id)),
  );
  await expectNoAxeViolations(page);
});

test('each shared fixture imports, and a board exported and imported again has the same words and pictures', async ({
  page,
}) => {
  const expected: Record<string, { file: string; labels: string[] }> = {
    'Simple Images Board': { file: 'simple.obf', labels: ['kids', 'cat'] },
    [INLINE]: { file: 'inline_images.obf', labels: ['kids', 'cat'] },
    'Foreign Words': { file: 'foreign.obf', labels: ['हेर्नुहोस्', 'यो', 'صرخة', '水很酷哟'] },
  };
  for (const [name, { file, labels }] of Object.entries(expected)) {
    await importFile(page, file, fixture(file), 'application/json');
    await expect(optionsOf(page, name)).toHaveText(labels);
  }
  // Pictures on the web are never fetched, and the teacher is told which options lack one.
  const notTaken = importPanel(page).getByRole('list', { name: 'What was not taken from “Foreign Words”' });
  await expect(notTaken.getByRole('listitem')).toHaveText([
    'Pictures on the web, never fetched by this tablet (the cards show their words): 3 (हेर्नुहोस्, यो, and صرخة).',
  ]);
  await expect(boardNames(page)).toHaveCount(3);

  const exportBoard = async (index: number): Promise<{ name: string; bytes: Buffer }> => {
    const downloading = page.waitForEvent('download');
    await yourBoards(page)
      .getByRole('button', { name: 'Export Simple Images Board', exact: true })
      .nth(index)
      .click();
    const download = await downloading;
    return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
  };
  const first = await exportBoard(0);
  await importFile(page, first.name, first.bytes, 'application/json');
  await expect(boardNames(page)).toHaveCount(4);
  await expect(
    page.getByRole('list', { name: 'Options of Simple Images Board' }).nth(1).getByRole('listitem'),
  ).toHaveText(['kids', 'cat']);
  const again = await exportBoard(1);

  const original = JSON.parse(new TextDecoder().decode(fixture('simple.obf'))) as ObfFile;
  const [once, twice] = [first, again].map(
    (exported) => JSON.parse(exported.bytes.toString('utf8')) as ObfFile,
  );
  if (!once || !twice) throw new Error('two exports were made');
  for (const board of [once, twice]) {
    expect(board.buttons.map((button) => button.label)).toEqual(['kids', 'cat']);
  }
  // The SVG is stored as the picture gate rebuilt it (the same drawing, written anew), and what
  // passed the gate once comes through it again unchanged.
  const pictures = (board: ObfFile) => board.buttons.map((button) => pictureBytes(board, button.image_id));
  expect(pictures(twice)).toEqual(pictures(once));
  const [drawing, none] = pictures(once);
  const [originalDrawing] = pictures(original);
  expect(none).toBeUndefined();
  expect(drawing?.toString()).toContain(originalDrawing?.toString().match(/ d="[^"]+"/)?.[0]);
});

type ObfFile = {
  buttons: { label: string; vocalization?: string; image_id?: string | number }[];
  images: { id: string | number; data?: string }[];
};

/** The bytes of a button's inline picture. */
function pictureBytes(board: ObfFile, imageId: string | number | undefined): Buffer | undefined {
  const data = board.images.find((image) => String(image.id) === String(imageId))?.data;
  return data ? Buffer.from(data.slice(data.indexOf(',') + 1), 'base64') : undefined;
}
