import { expect, test } from './fixtures/test';
import { adultCorner, completeSetup, expectNoAxeViolations, leaveAdultArea } from './page-models/app';

test('a new tablet opens on setup, and after setup the student screen is the start screen', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/setup$/);
  // The URL changes before setup's own chunk has painted: axe checks the screen a person sees.
  await expect(page.getByRole('heading', { name: 'Welcome to On My Own' })).toBeVisible();
  await expectNoAxeViolations(page);

  await completeSetup(page);
  await expect(page.getByRole('heading', { name: 'This tablet is ready' })).toBeVisible();
  // The welcome names the way back as the student screen shows it: a lock, pressed and held.
  await expect(page.getByText(/press and hold the small lock in the top right corner/)).toBeVisible();
  await leaveAdultArea(page);
  const corner = adultCorner(page);
  await expect(corner).toHaveAccessibleName('Adults: press and hold');
  const box = await corner.boundingBox();
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBe(page.viewportSize()?.width);
  expect(box?.y).toBe(0);
  // Pinch and double-tap zoom are off on the student screen (headless Chromium cannot synthesise a
  // pinch that moves the visual viewport, so the rule that stops it is what is checked).
  expect(await page.locator('.kiosk').evaluate((kiosk) => getComputedStyle(kiosk).touchAction)).toBe(
    'pan-x pan-y',
  );

  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Hello, Ana' })).toBeVisible();
  await expect(page.getByText('Nothing planned yet')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Hello, Ana' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('setup refuses PINs that do not match and stays on setup', async ({ page }) => {
  await page.goto('/setup');
  await page.getByLabel('Your name').fill('Ms. Rivera');
  await page.getByLabel('Teacher PIN (4 to 8 digits)').fill('2468');
  await page.getByLabel('Type the PIN again').fill('2469');
  await page.getByLabel('First student’s name').fill('Ana');
  await page.getByRole('button', { name: 'Finish setup' }).click();

  await expect(page.getByRole('alert')).toHaveText('The two PINs are not the same. Type them again.');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Welcome to On My Own' })).toBeVisible();
});

test('once set up, the setup screen cannot be reached again', async ({ page }) => {
  await completeSetup(page);

  await page.goto('/setup');

  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { name: 'Hello, Ana' })).toBeVisible();
});

test('settings show the answer to the persistent-storage request and the storage used', async ({ page }) => {
  await completeSetup(page);
  await page.getByRole('link', { name: 'Settings' }).click();

  await expect(page.getByTestId('storage-persistence')).toHaveText(/^Storage is (not )?protected/);
  await expect(page.getByText(/used of .* available/)).toBeVisible();
  await expectNoAxeViolations(page);
});
