// A pageset from another AAC app, as a teacher takes it in: a preview of its boards, two chosen as
// choice boards and one kept as a card, the boards offered on the student's schedule, and one
// exported and imported again.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { aPageset } from '../support/obf-packages';
import { storedCounts } from './fixtures/stored-counts';
import { expect, test } from './fixtures/test';
import { completeSetup, expectNoAxeViolations, leaveAdultArea, signIn, TEACHER } from './page-models/app';
import { addStep, makeCard, openStepMore, saveSchedule, stepRow } from './page-models/teacher';

const importPanel = (page: Page) => page.getByRole('region', { name: 'Board files' });
const fileInput = (page: Page) => importPanel(page).getByLabel('Import a board file');
const yourBoards = (page: Page) => page.getByRole('region', { name: 'Your boards' });
const boardNames = (page: Page) => yourBoards(page).getByRole('heading', { level: 3 });
const choosing = (page: Page) => page.getByRole('region', { name: 'Choose one' });

test('a pageset is previewed, two of its boards are chosen and offered in the kiosk, and one goes out and back in', async ({
  page,
}) => {
  await completeSetup(page);
  await page.getByRole('link', { name: 'Cards' }).click();
  for (const label of ['Snack', 'Circle']) await makeCard(page, { label });
  await page.getByRole('link', { name: 'Choice boards' }).click();

  await fileInput(page).setInputFiles({
    name: 'pageset.obz',
    mimeType: 'application/zip',
    buffer: Buffer.from(aPageset()),
  });
  const preview = page.getByRole('region', { name: 'Choose from “pageset.obz”' });
  // The menu board, all links to other boards, is not offered; the unreadable one is listed.
  await expect(preview.getByRole('heading', { level: 4 })).toHaveText([
    'Food',
    'Feelings',
    'Yes',
    'Core words',
    'boards/broken.obf',
  ]);
  // What could not be taken is said per board, before anything is written.
  await expect(preview.getByRole('list', { name: 'What was not taken from “Food”' })).toContainText(
    'Hidden buttons, kept hidden (not offered as choices): 1 (candy).',
  );
  await expect(preview.getByRole('button', { name: 'Import what I chose' })).toBeDisabled();
  expect(await storedCounts(page, ['boards', 'cards'])).toEqual({ boards: 0, cards: 2 });
  await expectNoAxeViolations(page);

  await preview.getByLabel('What to make of “Food”').selectOption({ label: 'A choice board' });
  // The teacher leaves one of Food's buttons out.
  await preview
    .getByRole('group', { name: 'Buttons of “Food” to make into cards' })
    .getByRole('checkbox', { name: 'cookie' })
    .uncheck();
  await preview.getByLabel('What to make of “Feelings”').selectOption({ label: 'A choice board' });
  await preview.getByLabel('What to make of “Yes”').selectOption({ label: 'Cards only, for schedules' });
  await preview.getByRole('button', { name: 'Import what I chose' }).click();

  await expect(importPanel(page).getByRole('status')).toHaveText(
    '2 boards were imported: “Food” and “Feelings”. They are in Your boards below. 1 card was made without a board, for schedules. They are in Cards.',
  );
  await expect(preview).toBeHidden();
  await expect(boardNames(page)).toHaveText(['Feelings', 'Food']);
  // Food: apple, banana, juice, the long label (cookie left out) and hidden candy; Feelings: three;
  // Yes: one card.
  expect(await storedCounts(page, ['boards', 'cards'])).toEqual({ boards: 2, cards: 2 + 5 + 3 + 1 });

  await page.getByRole('link', { name: 'Schedules' }).click();
  for (const label of ['Snack', 'Circle']) await addStep(page, label);
  await openStepMore(page, 'Snack');
  await stepRow(page, 'Snack')
    .getByRole('combobox', { name: 'Snack Choice board' })
    .selectOption({ label: 'Food' });
  await openStepMore(page, 'Circle');
  await stepRow(page, 'Circle')
    .getByRole('combobox', { name: 'Circle Choice board' })
    .selectOption({ label: 'Feelings' });
  await saveSchedule(page);
  await leaveAdultArea(page);

  // The student chooses from the imported boards; the hidden button is never offered.
  await expect(choosing(page).getByRole('button', { name: /^Choose / })).toHaveCount(4);
  await expect(choosing(page).getByRole('button', { name: 'Choose banana' })).toBeInViewport();
  await expect(choosing(page).getByRole('button', { name: 'Choose candy' })).toHaveCount(0);
  await choosing(page).getByRole('button', { name: 'Choose banana' }).click();
  await choosing(page).getByRole('button', { name: 'Yes, this one' }).click();
  await expect(page.getByRole('region', { name: 'You chose' }).getByText('banana')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(choosing(page).getByRole('button', { name: /^Choose / })).toHaveText([
    'feliz',
    'triste',
    'enojado',
  ]);

  // Feelings goes out as an .obf with its shape, blank cells and language, and comes back in.
  await signIn(page, TEACHER.pin);
  await page.getByRole('link', { name: 'Choice boards' }).click();
  const downloading = page.waitForEvent('download');
  await yourBoards(page).getByRole('button', { name: 'Export Feelings', exact: true }).click();
  const download = await downloading;
  const bytes = await readFile(await download.path());
  const exported = JSON.parse(bytes.toString('utf8')) as {
    locale: string;
    grid: { rows: number; columns: number; order: (string | null)[][] };
    buttons: { id: string; label: string }[];
  };
  expect(exported.locale).toBe('es');
  const labelAt = new Map(exported.buttons.map((button) => [button.id, button.label]));
  expect(exported.grid.order.map((row) => row.map((id) => (id === null ? null : labelAt.get(id))))).toEqual([
    ['feliz', null, 'triste'],
    ['enojado', null, null],
  ]);

  await fileInput(page).setInputFiles({ name: download.suggestedFilename(), mimeType: '', buffer: bytes });
  await expect(importPanel(page).getByRole('status')).toHaveText(
    'The board “Feelings” was imported with 3 options. It is in Your boards below.',
  );
  await expect(boardNames(page)).toHaveText(['Feelings', 'Feelings', 'Food']);
  await expectNoAxeViolations(page);
});
