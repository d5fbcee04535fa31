import { portraitPng } from './fixtures/png';
import { seedToday } from './fixtures/seed';
import { storedCounts } from './fixtures/stored-counts';
import { expect, test } from './fixtures/test';
import {
  completeSetup,
  enterPin,
  expectNoAxeViolations,
  leaveAdultArea,
  signIn,
  TEACHER,
} from './page-models/app';
import {
  anotherTablet,
  askRestore,
  chooseBackup,
  merge,
  openBackups,
  openPanel,
  saveBackup,
} from './page-models/backups';

const PASSPHRASE = 'correct horse battery';

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
  await page.getByRole('link', { name: 'Home', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Teacher', level: 1 })).toBeVisible();
  await expect(reminder).toHaveCount(0);

  const tablet = await anotherTablet(browser, baseURL);
  await completeSetup(tablet, 'Zoe');
  await openBackups(tablet);
  await chooseBackup(tablet, file);
  await expect(openPanel(tablet).getByTestId('backup-file-name')).toHaveText(/^Chosen: /);
  // Before anything is replaced the teacher sees what: students and records before and after, and
  // who would be deleted; the yes waits for the teacher to say they understand that.
  await askRestore(tablet);
  await expect(openPanel(tablet).getByTestId('restore-counts')).toHaveText(
    'Students: 1 on this tablet now, 1 after the restore. Records: 0 now, 1 after.',
  );
  await expect(openPanel(tablet)).toContainText(
    'Not in the file, so deleted from this tablet with all their records: Zoe.',
  );
  const yes = openPanel(tablet).getByRole('button', { name: 'Yes, replace everything' });
  await expect(yes).toBeDisabled();
  await expectNoAxeViolations(tablet);
  await openPanel(tablet)
    .getByRole('checkbox', {
      name: 'I understand that the students named above will be deleted from this tablet',
    })
    .check();
  await yes.click();
  // The app starts again on the restored data, at the PIN check, which says what was restored.
  await expect(tablet.getByRole('status')).toHaveText(
    // The student screen showed Arrival once: that is the one record.
    'The backup was restored (students: 1, records: 1). Adults now sign in with the PINs in the backup.',
  );
  await expectNoAxeViolations(tablet);
  await enterPin(tablet, TEACHER.pin);
  await expect(tablet.getByRole('heading', { name: 'Backups', level: 1 })).toBeVisible();

  await tablet.getByRole('link', { name: 'Home', exact: true }).click();
  const students = tablet.getByRole('region', { name: 'Students' });
  await expect(students.getByText('Ana', { exact: true })).toBeVisible();
  await expect(students.getByText('Zoe', { exact: true })).toHaveCount(0);
  await leaveAdultArea(tablet);
  // The only student is Ana, so the student screen shows her day, as saved on the first tablet.
  await expect(tablet.getByRole('button', { name: 'Hear Arrival' })).toBeVisible();
  await expect(tablet.getByRole('button', { name: 'Hear Reading' })).toBeVisible();

  // The browser clears localStorage on its own (as it does one it finds damaged), and keeps
  // IndexedDB: the pointer to the restored data is gone, and Zoe's replaced data are still kept.
  // The app finds the restored data again, not the data they replaced, nor an empty tablet.
  await tablet.evaluate(() => localStorage.clear());
  await tablet.reload();
  await expect(tablet.getByRole('heading', { name: 'Hello, Ana' })).toBeVisible();
  await expect(tablet.getByRole('button', { name: 'Hear Arrival' })).toBeVisible();
  expect(
    await tablet.evaluate(() => JSON.parse(localStorage.getItem('on-my-own.database') ?? '{}').name),
  ).toMatch(/^on-my-own-/);
  await tablet.context().close();
});

test('a sealed backup with a wrong passphrase is refused in words, and nothing changes', async ({ page }) => {
  await completeSetup(page);
  await openBackups(page);
  const file = await saveBackup(page, PASSPHRASE);
  const before = await storedCounts(page);

  await chooseBackup(page, file, 'not the passphrase');
  await merge(page);
  const refusal = 'That passphrase does not open this backup (or the file was changed). Nothing was changed.';
  await expect(openPanel(page).getByRole('alert')).toHaveText(refusal);
  await askRestore(page);
  await expect(openPanel(page).getByRole('alert')).toHaveText(refusal);
  await expect(openPanel(page).getByRole('button', { name: 'Yes, replace everything' })).toHaveCount(0);
  expect(await storedCounts(page)).toEqual(before);

  // With its passphrase the same file opens: everything in it is already here.
  await chooseBackup(page, file, PASSPHRASE);
  await merge(page);
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
  await page.getByRole('link', { name: 'Home', exact: true }).click();
  await page
    .getByLabel('Photo of Ana')
    .setInputFiles({ name: 'ana.png', mimeType: 'image/png', buffer: portraitPng([90, 150, 200]) });
  await expect(page.getByRole('status').getByText('The photo of Ana was saved.')).toBeVisible();
  await openBackups(page);

  await chooseBackup(page, fromOther);
  await merge(page);
  // The other tablet's teacher would sign in here: only if this teacher approves it.
  const approval = openPanel(page).getByRole('group', { name: 'Changes to who may sign in' });
  const addTeacher = approval.getByRole('checkbox', {
    name: 'Approve: Add Ms. Rivera as Teacher, with the PIN from the file',
  });
  await expect(addTeacher).not.toBeChecked();
  await expectNoAxeViolations(page);
  await addTeacher.check();
  await approval.getByRole('button', { name: 'Merge, with only the approved changes' }).click();
  const result = openPanel(page).getByTestId('merge-result');
  await expect(result.getByRole('listitem')).toHaveText(['Staff: 1', 'Students: 1']);

  await chooseBackup(page, earlier);
  await merge(page);
  await expect(result).toContainText('Nothing new');
  await expect(openPanel(page).getByTestId('merge-resolutions').getByRole('listitem')).toHaveText([
    'Students “Ana”: this tablet’s version stays.',
  ]);
  await expect(page.getByRole('link', { name: 'Home', exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
});
