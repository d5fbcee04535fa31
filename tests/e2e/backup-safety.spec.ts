import { failWrites, installWriteFailures } from './fixtures/failing-writes';
import { expect, test } from './fixtures/test';
import {
  addStudent,
  completeSetup,
  enterPin,
  expectNoAxeViolations,
  leaveAdultArea,
  openAdultArea,
  TEACHER,
} from './page-models/app';
import { chooseBackup, merge, openBackups, openPanel, saveBackup, savePanel } from './page-models/backups';

test('a backup is sealed unless the teacher chooses a plain file, told why that is risky', async ({
  page,
}) => {
  await completeSetup(page);
  await openBackups(page);
  const panel = savePanel(page);
  await expect(panel.getByRole('radio', { name: 'Protected with a passphrase (recommended)' })).toBeChecked();
  await expect(panel.getByLabel('Passphrase (at least 8 characters)')).toBeVisible();
  await panel.getByRole('radio', { name: 'A plain file, without a passphrase' }).check();
  await expect(panel).toContainText('the staff’s PINs, which a computer can work out from the file');
  await expectNoAxeViolations(page);
});

test('on a full disk the backup is still handed out, and the PIN gate refuses rather than count nothing', async ({
  page,
}) => {
  await installWriteFailures(page);
  await completeSetup(page);
  await openBackups(page);
  await failWrites(page, 'quota');

  // The file comes first; that its time could not be noted is said apart.
  await saveBackup(page);
  await expect(savePanel(page).getByRole('alert')).toContainText(
    'The backup file was handed out, but this tablet could not note when it was saved',
  );
  await expect(savePanel(page).getByTestId('last-backup')).toHaveText(
    'No backup has been saved on this tablet yet.',
  );
  await expectNoAxeViolations(page);

  // No wrong PIN can be counted, so no PIN is checked at all: not a wrong one, not the right one.
  await leaveAdultArea(page);
  await openAdultArea(page);
  const refusal =
    'This tablet could not save the count of PIN attempts (the storage may be full), so the PIN was not checked. Free some space on the tablet, then try again.';
  for (const pin of ['1111', '2222', TEACHER.pin]) {
    await enterPin(page, pin);
    await expect(page.getByRole('alert')).toHaveText(refusal);
  }
  await expect(page.getByRole('heading', { name: 'Adult area' })).toBeVisible();

  // With space again, the right PIN opens the adult area.
  await failWrites(page, undefined);
  await enterPin(page, TEACHER.pin);
  await expect(page.getByRole('heading', { name: 'Teacher', level: 1 })).toBeVisible();
});

test('a student deleted after a backup stays deleted when that backup is merged, and the teacher is told', async ({
  page,
}) => {
  await completeSetup(page);
  await addStudent(page, 'Ben');
  await openBackups(page);
  const earlier = await saveBackup(page);

  await page.getByRole('link', { name: 'Home', exact: true }).click();
  const students = page.getByRole('region', { name: 'Students' });
  await students.getByRole('button', { name: 'Delete Ben…' }).click();
  await page.getByRole('button', { name: 'Delete Ben for good' }).click();
  await expect(students.getByRole('status')).toHaveText('Ben and all their records were deleted.');

  await openBackups(page);
  await chooseBackup(page, earlier);
  await merge(page);
  await expect(openPanel(page).getByRole('status')).toHaveText('The backup was merged.');
  const left = openPanel(page).getByTestId('merge-deleted').getByRole('listitem');
  await expect(left).toHaveText([
    /^Student “Ben” was deleted on .+; the file’s copy and what was theirs were left out \(rows: 1\)\.$/,
  ]);
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Home', exact: true }).click();
  await expect(students.getByRole('listitem')).toHaveText([/Ana/]);
});
