import { expect, test } from './fixtures/test';
import {
  completeSetup,
  enterPin,
  expectNoAxeViolations,
  leaveAdultArea,
  openAdultArea,
  signIn,
  TEACHER,
} from './page-models/app';

test('the adult area needs the PIN: a wrong one is refused, the right one opens it', async ({ page }) => {
  await completeSetup(page);
  await leaveAdultArea(page);

  await openAdultArea(page);
  await expect(page.getByRole('heading', { name: 'Teacher' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await enterPin(page, '1111');
  await expect(page.getByRole('alert')).toHaveText('That PIN is not right. Try again.');
  await expect(page.getByRole('heading', { name: 'Students' })).toHaveCount(0);

  await enterPin(page, TEACHER.pin);
  await expect(page.getByRole('heading', { name: 'Students' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a reload inside the adult area asks for the PIN again', async ({ page }) => {
  await completeSetup(page);

  await page.reload();

  await expect(page.getByLabel(/^PIN for/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Students' })).toHaveCount(0);
});

test('the on-screen digits enter the PIN', async ({ page }) => {
  await completeSetup(page);
  await leaveAdultArea(page);
  await openAdultArea(page);

  for (const digit of TEACHER.pin) await page.getByRole('button', { name: digit, exact: true }).click();
  await page.getByRole('button', { name: 'Open', exact: true }).click();

  await expect(page.getByRole('heading', { name: 'Students' })).toBeVisible();
});

test('a teacher adds a student and a para; the para signs in to their own view without settings', async ({
  page,
}) => {
  await completeSetup(page);
  await expect(page.getByText('Only you can open the adult area.')).toBeVisible();

  await page.getByLabel('Student’s name').fill('Ben');
  await page.getByRole('button', { name: 'Add a student' }).click();
  await expect(page.getByRole('region', { name: 'Students' }).getByRole('status')).toHaveText(
    'Ben was added.',
  );

  await page.getByLabel('Para’s name').fill('Mr. Lee');
  await page.getByLabel('Para’s PIN (4 to 8 digits)').fill('1357');
  await page.getByRole('button', { name: 'Add a para' }).click();
  await expect(page.getByRole('region', { name: 'Staff' }).getByRole('status')).toHaveText(
    'Mr. Lee can now sign in as a para.',
  );
  await leaveAdultArea(page);

  // Two students now share the tablet: each finds their own picture.
  await expect(page.getByRole('heading', { name: 'Who is here? Tap your picture.' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Ben' }).click();
  await expect(page.getByRole('heading', { name: 'Hello, Ben' })).toBeVisible();

  await signIn(page, '1357', /Mr\. Lee/);
  await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
  await expect(page.getByText('Signed in as Mr. Lee (Para)')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Settings' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.goto('/adult/settings');
  await enterPin(page, '1357', /Mr\. Lee/);
  await expect(page.getByRole('alert')).toHaveText('Only a teacher can do that.');
  await expect(page.getByRole('combobox')).toHaveCount(0);
});
