import type { Browser, Page } from '@playwright/test';
import { portraitPng } from './fixtures/png';
import { seedToday } from './fixtures/seed';
import { storedCounts } from './fixtures/stored-counts';
import { expect, test } from './fixtures/test';
import { completeSetup, expectNoAxeViolations, leaveAdultArea, signIn, TEACHER } from './page-models/app';

const PASSPHRASE = 'correct horse battery';

async function openBackups(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Backups' }).click();
  await expect(page.getByRole('heading', { name: 'Backups', level: 1 })).toBeVisible();
}

/** Saves a backup file, sealed when a passphrase is given; returns where the download was put. */
async function saveBackup(page: Page, passphrase?: string): Promise<string> {
  const panel = page.getByRole('region', { name: 'Save a backup' });
  if (passphrase) {
    await panel.getByRole('checkbox', { name: 'Protect the file with a passphrase' }).check();
    await panel.getByLabel('Passphrase (at least 8 characters)').fill(passphrase);
    await panel.getByLabel('The same passphrase again').fill(passphrase);
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

const openPanel = (page: Page) => page.getByRole('region', { name: 'Restore or merge a backup' });

async function chooseBackup(page: Page, path: string, passphrase = ''): Promise<void> {
  await openPanel(page).getByLabel('Choose a backup file').setInputFiles(path);
  await openPanel(page).getByLabel('Passphrase, if the file has one').fill(passphrase);
}

async function restore(page: Page): Promise<void> {
  await openPanel(page).getByRole('button', { name: 'Restore: replace this tablet’s data' }).click();
  await openPanel(page).getByRole('button', { name: 'Yes, replace everything' }).click();
}

/** A second tablet: a browser context of its own, with its own database. */
async function anotherTablet(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  return context.newPage();
}

test('a new tablet restored from the backup has the same students and schedule', async ({
  page,
  browser,
  baseURL,
}) => {
  await completeSetup(page);
  await seedToday(page, [{ label: 'Arrival' }, { label: 'Reading', minutes: 15 }], {
    pictureStyle: 'symbol-word',
    layout: 'list',
  });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Hear Reading' })).toBeVisible();
  await signIn(page, TEACHER.pin);
  await expect(page.getByRole('heading', { name: 'Teacher', level: 1 })).toBeVisible();
  // Never backed up: the teacher's home says so.
  const reminder = page.getByRole('region', { name: 'Backup reminder' });
  await expect(reminder).toContainText('This tablet has never been backed up.');
  await reminder.getByRole('link', { name: 'Save a backup now' }).click();
  await expect(page.getByRole('heading', { name: 'Backups', level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
  const file = await saveBackup(page);
  await page.getByRole('link', { name: 'Home' }).click();
  await expect(page.getByRole('heading', { name: 'Teacher', level: 1 })).toBeVisible();
  await expect(reminder).toHaveCount(0);

  const tablet = await anotherTablet(browser, baseURL);
  await completeSetup(tablet, 'Zoe');
  await openBackups(tablet);
  await chooseBackup(tablet, file);
  await expect(openPanel(tablet).getByTestId('backup-file-name')).toHaveText(/^Chosen: /);
  await restore(tablet);
  await expect(openPanel(tablet).getByRole('status')).toHaveText(
    // The student screen showed Arrival once: that is the one record.
    'The backup was restored (students: 1, records: 1). Adults now sign in with the PINs in the backup.',
  );

  await tablet.getByRole('link', { name: 'Home' }).click();
  const students = tablet.getByRole('region', { name: 'Students' });
  await expect(students.getByText('Ana', { exact: true })).toBeVisible();
  await expect(students.getByText('Zoe', { exact: true })).toHaveCount(0);
  await leaveAdultArea(tablet);
  // The only student is Ana, so the student screen shows her day, as saved on the first tablet.
  await expect(tablet.getByRole('button', { name: 'Hear Arrival' })).toBeVisible();
  await expect(tablet.getByRole('button', { name: 'Hear Reading' })).toBeVisible();
  await tablet.context().close();
});

test('a sealed backup with a wrong passphrase is refused in words, and nothing changes', async ({ page }) => {
  await completeSetup(page);
  await openBackups(page);
  const file = await saveBackup(page, PASSPHRASE);
  const before = await storedCounts(page);

  await chooseBackup(page, file, 'not the passphrase');
  await openPanel(page).getByRole('button', { name: 'Merge into this tablet' }).click();
  const refusal = 'That passphrase does not open this backup (or the file was changed). Nothing was changed.';
  await expect(openPanel(page).getByRole('alert')).toHaveText(refusal);
  await restore(page);
  await expect(openPanel(page).getByRole('alert')).toHaveText(refusal);
  expect(await storedCounts(page)).toEqual(before);

  // With its passphrase the same file opens: everything in it is already here.
  await chooseBackup(page, file, PASSPHRASE);
  await openPanel(page).getByRole('button', { name: 'Merge into this tablet' }).click();
  // While the key is made from the passphrase and the file is read, the teacher sees how far it is.
  await expect(openPanel(page).getByRole('progressbar', { name: 'Checking the whole file…' })).toBeVisible();
  await expect(openPanel(page)).toContainText('Keep this page open.');
  await expect(openPanel(page).getByRole('status')).toHaveText('The backup was merged.');
  await expect(openPanel(page).getByRole('progressbar')).toHaveCount(0);
  await expect(openPanel(page).getByTestId('merge-result')).toContainText(
    'Nothing new: everything in the file was already on this tablet.',
  );
});

test('merging shows what was added, and which version stays where both changed', async ({
  page,
  browser,
  baseURL,
}) => {
  const other = await anotherTablet(browser, baseURL);
  await completeSetup(other, 'Ben');
  await openBackups(other);
  const fromOther = await saveBackup(other);
  await other.context().close();

  await completeSetup(page);
  await openBackups(page);
  const earlier = await saveBackup(page);
  // Ana changes here after that backup: her photo.
  await page.getByRole('link', { name: 'Home' }).click();
  await page
    .getByLabel('Photo of Ana')
    .setInputFiles({ name: 'ana.png', mimeType: 'image/png', buffer: portraitPng([90, 150, 200]) });
  await expect(page.getByRole('status').getByText('The photo of Ana was saved.')).toBeVisible();
  await openBackups(page);

  await chooseBackup(page, fromOther);
  await openPanel(page).getByRole('button', { name: 'Merge into this tablet' }).click();
  const result = openPanel(page).getByTestId('merge-result');
  await expect(result.getByRole('listitem')).toHaveText(['Staff: 1', 'Students: 1']);

  await chooseBackup(page, earlier);
  await openPanel(page).getByRole('button', { name: 'Merge into this tablet' }).click();
  await expect(result).toContainText('Nothing new');
  await expect(openPanel(page).getByTestId('merge-resolutions').getByRole('listitem')).toHaveText([
    'Students “Ana”: this tablet’s version stays.',
  ]);
  await expect(page.getByRole('link', { name: 'Home' })).toBeVisible();
  await expectNoAxeViolations(page);
});
