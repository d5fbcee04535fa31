import { type Browser, expect, type Page } from '@playwright/test';
import { test } from '../fixtures/test';

export async function openBackups(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Backups' }).click();
  await expect(page.getByRole('heading', { name: 'Backups', level: 1 })).toBeVisible();
}

export const savePanel = (page: Page) => page.getByRole('region', { name: 'Save a backup' });

/**
 * Saves a backup file, sealed with the passphrase when one is given, else a plain file chosen as
 * the teacher must choose it; returns where the download was put.
 */
export async function saveBackup(page: Page, passphrase?: string): Promise<string> {
  const panel = savePanel(page);
  if (passphrase) {
    await panel.getByLabel('Passphrase (at least 8 characters)').fill(passphrase);
    await panel.getByLabel('The same passphrase again').fill(passphrase);
  } else {
    await panel.getByRole('radio', { name: 'A plain file, without a passphrase' }).check();
  }
  const downloading = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Save a backup file' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^on-my-own-backup-\d{4}-\d{2}-\d{2}\.omo$/);
  await expect(panel.getByRole('status')).toHaveText(
    `The backup ${download.suggestedFilename()} is in your downloads.`,
  );
  // Kept apart from the browser's downloads, which go when the tablet's context closes.
  const kept = test.info().outputPath(`${crypto.randomUUID()}.omo`);
  await download.saveAs(kept);
  return kept;
}

export const openPanel = (page: Page) => page.getByRole('region', { name: 'Restore or merge a backup' });

export async function chooseBackup(page: Page, path: string, passphrase = ''): Promise<void> {
  await openPanel(page).getByLabel('Choose a backup file').setInputFiles(path);
  await openPanel(page).getByLabel('Passphrase, if the file has one').fill(passphrase);
}

/** Asks for a restore: the file is checked, and what it would replace is shown for a yes. */
export async function askRestore(page: Page): Promise<void> {
  await openPanel(page).getByRole('button', { name: 'Restore: replace this tablet’s data' }).click();
}

export async function restore(page: Page): Promise<void> {
  await askRestore(page);
  await openPanel(page).getByRole('button', { name: 'Yes, replace everything' }).click();
}

export async function merge(page: Page): Promise<void> {
  await openPanel(page).getByRole('button', { name: 'Merge into this tablet' }).click();
}

/** A second tablet: a browser context of its own, with its own database. */
export async function anotherTablet(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  return context.newPage();
}
