import type { Page } from '@playwright/test';
import { storedEvents } from './fixtures/seed';
import { expect, test } from './fixtures/test';
import { completeSetup, expectNoAxeViolations, leaveAdultArea, signIn, TEACHER } from './page-models/app';
import { addStep, makeCard, openStepMore, saveSchedule, stepRow } from './page-models/teacher';

const OPTIONS = ['Blocks', 'Puzzle', 'Music', 'Drawing', 'Books', 'Sand'];
const STEPS = ['Circle', 'Math', 'Reading', 'Free time'];
const BOARD = 'Free time choices';

const kioskSteps = (page: Page) => page.getByRole('list', { name: 'My schedule' }).getByRole('listitem');
const current = (page: Page) => page.locator('[aria-current="step"]');

async function startAndFinish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: 'Done' }).click();
}

test.beforeEach(async ({ page }) => {
  await completeSetup(page);
  await page.getByRole('link', { name: 'Cards' }).click();
  for (const label of [...OPTIONS, ...STEPS]) await makeCard(page, { label });
});

async function makeBoard(page: Page, name: string, labels: readonly string[]): Promise<void> {
  await page.getByRole('link', { name: 'Choice boards' }).click();
  await page.getByLabel('Board name').fill(name);
  for (const label of labels) {
    await page.getByLabel('Card for an option').selectOption({ label });
    await page.getByRole('button', { name: 'Add option' }).click();
  }
  await page.getByRole('button', { name: 'Save board' }).click();
  await expect(page.getByRole('status').getByText(`The board “${name}” was saved.`)).toBeVisible();
}

test('a student puts the next steps in order and chooses from the options the teacher set for them', async ({
  page,
}) => {
  // The teacher builds a board of six and lets Ana see three of them.
  await makeBoard(page, BOARD, OPTIONS);
  const forAna = page.getByRole('group', { name: /^Ana sees/ });
  await expect(forAna).toHaveAccessibleName('Ana sees 6 of 6 options');
  for (const label of ['Puzzle', 'Drawing', 'Sand']) await forAna.getByLabel(label).uncheck();
  await expect(forAna).toHaveAccessibleName('Ana sees 3 of 6 options');
  // Saving a tick keeps the teacher where they were.
  await expect(forAna.getByLabel('Sand')).toBeFocused();
  await expect(page.getByRole('status').getByText('Saved: Ana sees 3 of 6 options.')).toBeVisible();
  await expectNoAxeViolations(page);

  // Circle lets her order the two steps after it; Free time offers the board.
  await page.getByRole('link', { name: 'Schedules' }).click();
  for (const label of STEPS) await addStep(page, label);
  await openStepMore(page, 'Circle');
  await stepRow(page, 'Circle')
    .getByRole('combobox', { name: 'Circle Student puts in order' })
    .selectOption({ label: 'the next 2 steps' });
  await openStepMore(page, 'Free time');
  await stepRow(page, 'Free time')
    .getByRole('combobox', { name: 'Free time Choice board' })
    .selectOption({ label: BOARD });
  await saveSchedule(page);
  await leaveAdultArea(page);

  const ordering = page.getByRole('region', { name: 'Put the next steps in your order' });
  await expect(ordering.getByRole('button')).toHaveText(['Math', 'Reading']);
  await ordering.getByRole('button', { name: 'Put Reading next' }).click();
  await ordering.getByRole('button', { name: 'Put Math next' }).click();
  await expect(ordering.getByRole('button', { name: 'Reading: number 1' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expectNoAxeViolations(page);
  await ordering.getByRole('button', { name: 'This is my order' }).click();
  await expect(ordering).toBeHidden();
  await expect(kioskSteps(page)).toHaveText([/Circle/, /Reading/, /Math/, /Free time/]);

  for (const label of ['Circle', 'Reading', 'Math']) {
    await expect(current(page).getByRole('button', { name: `Hear ${label}` })).toBeVisible();
    await startAndFinish(page);
  }

  // Only the three options the teacher left for Ana are offered.
  const choosing = page.getByRole('region', { name: 'Choose one' });
  await expect(choosing.getByRole('button')).toHaveText(['Blocks', 'Music', 'Books']);
  await choosing.getByRole('button', { name: 'Choose Music' }).click();
  // A tap is confirmed before it counts, and can be taken back.
  await choosing.getByRole('button', { name: 'Back' }).click();
  await choosing.getByRole('button', { name: 'Choose Books' }).click();
  await expect(choosing.getByRole('button', { name: 'Hear Books' })).toBeVisible();
  await choosing.getByRole('button', { name: 'Yes, this one' }).click();
  const chosen = page.getByRole('region', { name: 'You chose' });
  await expect(chosen.getByRole('button', { name: 'Hear Books' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Both choices are on disk: a reload shows the same.
  await page.reload();
  await expect(page.getByRole('region', { name: 'You chose' }).getByText('Books')).toBeVisible();
  await expect(kioskSteps(page)).toHaveText([/Circle/, /Reading/, /Math/, /Free time/]);

  const events = await storedEvents(page);
  const order = events.find((event) => event.type === 'order-chosen');
  const choices = events.filter((event) => event.type === 'choice-made');
  expect(order?.stepIds).toHaveLength(2);
  expect(choices).toHaveLength(1);
  const books = await cardIdOf(page, 'Books');
  expect(choices[0]?.cardId).toBe(books);
});

test('an adult opens a board on the student’s screen; the student chooses and it closes, or the adult closes it', async ({
  page,
}) => {
  await makeBoard(page, 'Break', ['Music', 'Books', 'Sand']);
  await page.getByRole('link', { name: 'Home', exact: true }).click();
  await page.getByRole('button', { name: 'Open Break on Ana’s screen' }).click();
  await expect(page.getByText('“Break” is open on Ana’s screen.')).toBeVisible();
  await expectNoAxeViolations(page);
  await leaveAdultArea(page);

  const choosing = page.getByRole('region', { name: 'Choose one' });
  await expect(choosing.getByRole('button')).toHaveText(['Music', 'Books', 'Sand']);
  await expectNoAxeViolations(page);
  await choosing.getByRole('button', { name: 'Choose Sand' }).click();
  await choosing.getByRole('button', { name: 'Yes, this one' }).click();
  await expect(choosing).toBeHidden();
  // Gone for good: the choice is on disk and closed the board.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Hello, Ana' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Choose one' })).toBeHidden();

  const events = await storedEvents(page);
  const opening = events.find((event) => event.type === 'board-opened');
  const choice = events.find((event) => event.type === 'choice-made');
  expect(choice?.opening).toBe(opening?.id);
  expect(choice?.cardId).toBe(await cardIdOf(page, 'Sand'));

  await signIn(page, TEACHER.pin);
  await expect(page.getByText('Ana last chose: Sand')).toBeVisible();
  await page.getByRole('button', { name: 'Open Break on Ana’s screen' }).click();
  await page.getByRole('button', { name: 'Close it' }).click();
  await expect(page.getByRole('group', { name: 'Open a choice board now' })).toBeVisible();
  await leaveAdultArea(page);
  await expect(page.getByRole('heading', { name: 'Hello, Ana' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Choose one' })).toBeHidden();
  expect((await storedEvents(page)).filter((event) => event.type === 'board-closed')).toHaveLength(1);
});

/** The id of the card with this label, as stored. */
async function cardIdOf(page: Page, label: string): Promise<string | undefined> {
  return page.evaluate(async (wanted) => {
    const open = indexedDB.open('on-my-own');
    const db = await new Promise<IDBDatabase>((resolve) => {
      open.onsuccess = () => resolve(open.result);
    });
    const request = db.transaction('cards').objectStore('cards').getAll();
    const cards = await new Promise<{ id: string; label: string }[]>((resolve) => {
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    return cards.find((card) => card.label === wanted)?.id;
  }, label);
}
