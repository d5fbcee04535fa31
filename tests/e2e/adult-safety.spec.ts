import type { Page } from '@playwright/test';
import { storedCounts } from './fixtures/stored-counts';
import { expect, test } from './fixtures/test';
import {
  adultCorner,
  completeSetup,
  enterPin,
  expectNoAxeViolations,
  leaveAdultArea,
  openAdultArea,
  signIn,
  TEACHER,
} from './page-models/app';
import { addPara, openParaBar, PARA, paraBar } from './page-models/para';

const recoveryPanel = (page: Page) => page.getByRole('region', { name: 'Recovery code' });

/** The code shown once after setup (or after "Make a new recovery code"), as the teacher copies it. */
async function copyRecoveryCode(page: Page): Promise<string> {
  const code = await recoveryPanel(page).locator('code').innerText();
  expect(code).toMatch(/^[2-9A-Z]{4}(-[2-9A-Z]{4}){3}$/);
  await page.getByRole('button', { name: 'I have written it down' }).click();
  await expect(recoveryPanel(page)).toHaveCount(0);
  return code;
}

/** Every row the tablet keeps, but its settings (attempt counts and the spent code live there). */
async function records(page: Page): Promise<Record<string, number>> {
  const { settings: _settings, ...counts } = await storedCounts(page);
  return counts;
}

test('from the kiosk there is no erasing: "Forgot the PIN?" asks for the recovery code, refuses a wrong one and slows down', async ({
  page,
}) => {
  await page.clock.install();
  await completeSetup(page);
  await expect(recoveryPanel(page)).toBeVisible();
  await expect(recoveryPanel(page).getByText(/It is shown only this once/)).toBeVisible();
  await page.clock.resume();
  await expectNoAxeViolations(page);
  await copyRecoveryCode(page);
  await leaveAdultArea(page);
  const before = await records(page);

  await openAdultArea(page);
  await page.getByText('Forgot the PIN?').click();
  await expect(page.getByRole('button', { name: 'Erase this tablet' })).toHaveCount(0);
  await expect(page.getByLabel(/type ERASE/)).toHaveCount(0);
  await expect(page.getByLabel('Recovery code')).toBeVisible();
  await expectNoAxeViolations(page);

  for (let attempt = 0; attempt < 3; attempt++) {
    await page.getByLabel('Recovery code').fill('ERASE');
    await page.getByLabel('New PIN (4 to 8 digits)').fill('1111');
    await page.getByLabel('Type the new PIN again').fill('1111');
    await page.getByRole('button', { name: 'Set the new PIN' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      'That recovery code is not right. Check it and try again.',
    );
  }
  await page.getByLabel('Recovery code').fill('2222-2222-2222-2222');
  await page.getByRole('button', { name: 'Set the new PIN' }).click();
  await expect(page.getByRole('alert')).toHaveText(/^Too many wrong recovery codes\. Wait \d seconds/);

  // Nothing was erased or changed: the student's day is there and the teacher's PIN still opens.
  expect(await records(page)).toEqual(before);
  await page.getByRole('link', { name: 'Back to the student screen' }).click();
  await expect(page.getByRole('heading', { name: 'Hello, Ana' })).toBeVisible();
  await signIn(page, TEACHER.pin);
  await expect(page.getByRole('heading', { name: 'Teacher', level: 1 })).toBeVisible();
});

test('a teacher who forgot the PIN sets a new one with the recovery code, and every record is still there', async ({
  page,
}) => {
  await completeSetup(page);
  const code = await copyRecoveryCode(page);
  await addPara(page);
  await leaveAdultArea(page);
  const before = await records(page);

  await openAdultArea(page);
  await page.getByRole('button', { name: /Ms\. Rivera/ }).click();
  await page.getByText('Forgot the PIN?').click();
  await page.getByLabel('Recovery code').fill(code.toLowerCase());
  await page.getByLabel('New PIN (4 to 8 digits)').fill('8642');
  await page.getByLabel('Type the new PIN again').fill('8642');
  await page.getByRole('button', { name: 'Set the new PIN' }).click();

  await expect(page.getByRole('heading', { name: 'Teacher', level: 1 })).toBeVisible();
  expect(await records(page)).toEqual(before);
  await expect(page.getByRole('region', { name: 'Staff' })).toContainText(PARA.name);
  // The code is spent, so the adult area asks for a new one.
  await expect(recoveryPanel(page).getByText(/has no recovery code yet/)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Make a recovery code' }).click();
  await copyRecoveryCode(page);

  await leaveAdultArea(page);
  await signIn(page, TEACHER.pin, /Ms\. Rivera/);
  await expect(page.getByRole('alert')).toHaveText('That PIN is not right. Try again.');
  await enterPin(page, '8642');
  await expect(page.getByRole('heading', { name: 'Teacher', level: 1 })).toBeVisible();
});

test('the teacher erases the tablet from Settings after typing ERASE, and setup starts again', async ({
  page,
}) => {
  await completeSetup(page);
  await copyRecoveryCode(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  const erasePanel = page.getByRole('region', { name: 'Erase this tablet' });
  await expect(erasePanel.getByText(/This cannot be undone, so save a backup first/)).toBeVisible();
  await expectNoAxeViolations(page);

  const erase = erasePanel.getByRole('button', { name: 'Erase this tablet' });
  const word = erasePanel.getByLabel('To erase everything on this tablet, type ERASE');
  await expect(erase).toBeDisabled();
  await word.fill('ERAS');
  await expect(erase).toBeDisabled();
  await word.fill('erase');
  await erase.click();

  await expect(page.getByRole('heading', { name: 'Welcome to On My Own' })).toBeVisible();
  await completeSetup(page, 'Ben');
  await expect(page.getByRole('region', { name: 'Students' }).getByRole('listitem')).toHaveText([/Ben/]);
});

test('the adult area locks after the teacher’s idle time, and when the student screen is shown', async ({
  page,
}) => {
  await page.clock.install();
  await completeSetup(page);
  await copyRecoveryCode(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  const idle = page.getByLabel('Lock the adult area and the para bar after this long without a tap');
  await expect(idle).toHaveValue('2');
  await idle.selectOption('3');
  await expect(page.getByText('Saved.')).toBeVisible();

  // Use keeps it open: a tap just before the time is up starts the wait again.
  await page.clock.fastForward(2 * 60_000 + 50_000);
  await page.getByRole('heading', { name: 'Settings', level: 1 }).click();
  await page.clock.fastForward(2 * 60_000 + 50_000);
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await page.clock.fastForward(15_000);
  await expect(page.getByLabel(/^PIN for/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toHaveCount(0);
  await page.clock.resume();
  await expectNoAxeViolations(page);

  // The student screen ends the session: the way back is through the PIN again.
  await enterPin(page, TEACHER.pin);
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await leaveAdultArea(page);
  await page.goBack();
  await expect(adultCorner(page)).toBeVisible();
  await openAdultArea(page);
  await expect(page.getByLabel(/^PIN for/)).toBeVisible();
});

test('the para bar closes and the session ends when the para leaves it idle; the student screen keeps running', async ({
  page,
}) => {
  await page.clock.install();
  await completeSetup(page);
  await copyRecoveryCode(page);
  await addPara(page);
  await leaveAdultArea(page);
  await signIn(page, PARA.pin, /Mr\. Lee/);
  await openParaBar(page);

  await page.clock.fastForward(60_000);
  await paraBar(page).getByRole('heading', { name: 'Para bar: Ana' }).click();
  await page.clock.fastForward(90_000);
  await expect(paraBar(page)).toBeVisible();
  await page.clock.fastForward(31_000);
  await expect(paraBar(page)).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Hello, Ana' })).toBeVisible();
  await openAdultArea(page);
  await expect(page.getByRole('heading', { name: 'Who are you?' })).toBeVisible();
});
