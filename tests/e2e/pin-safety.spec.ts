import { expect, test } from './fixtures/test';
import {
  adultCorner,
  completeSetup,
  enterPin,
  expectNoAxeViolations,
  leaveAdultArea,
  openAdultArea,
  TEACHER,
} from './page-models/app';

test('wrong PINs make the adult wait, in words that count down, even after a reload', async ({ page }) => {
  // The wait runs on the app's clock, which the test moves forward instead of waiting.
  await page.clock.install();
  await completeSetup(page);
  await leaveAdultArea(page);
  await openAdultArea(page);
  await page.clock.pauseAt(Date.now() + 60_000);

  for (let attempt = 0; attempt < 3; attempt++) {
    await enterPin(page, '1111');
    await expect(page.getByRole('alert')).toHaveText('That PIN is not right. Try again.');
  }
  const wait = page.getByText(/^Too many wrong PINs\. You can try again in/);
  await expect(wait).toHaveText('Too many wrong PINs. You can try again in 5 seconds.');
  const open = page.getByRole('button', { name: 'Open', exact: true });
  await expect(open).toBeDisabled();
  await expect(open).toHaveAccessibleDescription(/try again in/);

  await page.clock.fastForward(2_000);
  await expect(wait).toHaveText('Too many wrong PINs. You can try again in 3 seconds.');
  await page.clock.fastForward(3_000);
  await expect(wait).toHaveCount(0);
  await enterPin(page, '1111');
  await expect(wait).toHaveText('Too many wrong PINs. You can try again in 15 seconds.');
  // Axe needs the page's timers running.
  await page.clock.resume();
  await expectNoAxeViolations(page);

  // A reload does not start the count again; the student screen still works meanwhile.
  await page.reload();
  await expect(page.getByLabel(/^PIN for/)).toBeVisible();
  await expect(wait).toHaveText(/You can try again in \d+ seconds?\./);
  await expect(open).toBeDisabled();
  await page.getByRole('link', { name: 'Back to the student screen' }).click();
  await expect(adultCorner(page)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Hello, Ana' })).toBeVisible();

  await openAdultArea(page);
  await page.clock.fastForward(16_000);
  await expect(wait).toHaveCount(0);
  await enterPin(page, TEACHER.pin);
  await expect(page.getByRole('heading', { name: 'Students' })).toBeVisible();
});

test('the privacy page can be read from setup, before any PIN exists', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Privacy: what this app keeps, and how to delete it' }).click();
  await expect(page.getByRole('heading', { name: 'Privacy', level: 1 })).toBeVisible();
  for (const heading of [
    'What is stored',
    'Where it is stored',
    'Who can see it',
    'How to back it up',
    'How to delete one student',
    'How to erase everything on this tablet',
  ]) {
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
  }
  await expect(page.getByText(/Only in this browser’s storage on this device/)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Back' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome to On My Own' })).toBeVisible();
});
