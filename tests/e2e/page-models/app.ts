import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const TEACHER = { name: 'Ms. Rivera', pin: '2468' };
export const FIRST_STUDENT = 'Ana';

/** First-run setup as the teacher does it; ends in the adult area, signed in. */
export async function completeSetup(page: Page, student = FIRST_STUDENT): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Welcome to On My Own' })).toBeVisible();
  await page.getByLabel('Your name').fill(TEACHER.name);
  await page.getByLabel('Teacher PIN (4 to 8 digits)').fill(TEACHER.pin);
  await page.getByLabel('Type the PIN again').fill(TEACHER.pin);
  await page.getByLabel('First student’s name').fill(student);
  await page.getByRole('button', { name: 'Finish setup' }).click();
  await expect(page.getByRole('heading', { name: 'Teacher', level: 1 })).toBeVisible();
}

export const adultCorner = (page: Page) => page.getByRole('button', { name: 'Adults: press and hold' });

export async function leaveAdultArea(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Back to the student screen' }).click();
  await expect(adultCorner(page)).toBeVisible();
}

/** Presses and holds the kiosk's hidden corner until the PIN gate opens, as an adult does. */
export async function openAdultArea(page: Page): Promise<void> {
  await adultCorner(page).hover();
  await page.mouse.down();
  await expect(page.getByRole('heading', { name: 'Adult area' })).toBeVisible();
  await page.mouse.up();
}

/** Signs in at the PIN gate, choosing the person first when there are several. */
export async function enterPin(page: Page, pin: string, who?: RegExp): Promise<void> {
  // Among the people to choose from, not the quick way back to a para bar that names them too.
  if (who)
    await page.getByRole('region', { name: 'Who are you?' }).getByRole('button', { name: who }).click();
  await page.getByLabel(/^PIN for/).fill(pin);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
}

/** Opens the adult area from the kiosk and signs in. */
export async function signIn(page: Page, pin: string, who?: RegExp): Promise<void> {
  await openAdultArea(page);
  await enterPin(page, pin, who);
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}

/** Adds a student on the adult home's Students panel, as the teacher types it, and waits for it. */
export async function addStudent(page: Page, name: string): Promise<void> {
  await page.getByLabel('Student’s name').fill(name);
  await page.getByRole('button', { name: 'Add a student' }).click();
  await expect(page.getByRole('region', { name: 'Students' }).getByRole('status')).toHaveText(
    `${name} was added.`,
  );
}
