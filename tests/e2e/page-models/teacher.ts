import { expect, type Page } from '@playwright/test';

export type NewCard = { label: string; photo?: Buffer; symbolSearch?: string; symbolName?: string };

/** Makes a card on the Cards screen, with a photo, a symbol or words only. */
export async function makeCard(page: Page, card: NewCard): Promise<void> {
  await page.getByRole('textbox', { name: 'Label' }).fill(card.label);
  if (card.photo) {
    await page.getByRole('radio', { name: 'Photo' }).check();
    await page
      .getByLabel('Take or choose a photo')
      .setInputFiles({ name: 'reading.png', mimeType: 'image/png', buffer: card.photo });
    await expect(
      page.getByRole('figure', { name: 'The photo, as it will be saved' }).locator('img'),
    ).toBeVisible();
  } else if (card.symbolSearch && card.symbolName) {
    await page.getByRole('radio', { name: 'Symbol' }).check();
    await page.getByRole('searchbox', { name: 'Search symbols' }).fill(card.symbolSearch);
    await page.getByRole('button', { name: card.symbolName, exact: true }).click();
  } else {
    await page.getByRole('radio', { name: 'No picture (words only)' }).check();
  }
  await page.getByRole('button', { name: 'Save card' }).click();
  await expect(page.getByRole('status').getByText(`The card “${card.label}” was saved.`)).toBeVisible();
}

export const stepList = (page: Page) => page.getByRole('list', { name: 'Steps, in order' });

export const stepRow = (page: Page, label: string) =>
  stepList(page).getByRole('listitem', { name: label, exact: true });

/** Opens a step's settings used less often and its mini-schedule, folded under "More". */
export async function openStepMore(page: Page, label: string): Promise<void> {
  const more = stepRow(page, label).getByRole('button', { name: `More for ${label}`, exact: true });
  await more.click();
  await expect(more).toHaveAttribute('aria-expanded', 'true');
}

/** Adds a card as the last step of the schedule being edited. */
export async function addStep(page: Page, label: string): Promise<void> {
  await page.getByLabel('Card to add').selectOption({ label });
  await page.getByRole('button', { name: 'Add to the schedule' }).click();
}

/** Saves the schedule being edited and waits for the word that it is saved. */
export async function saveSchedule(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Save schedule' }).click();
  await expect(page.getByRole('status').getByText(/^Saved: /)).toBeVisible();
}
