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

export async function leaveAdultArea(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Back to the student screen' }).click();
  await expect(page.getByRole('link', { name: 'Adults' })).toBeVisible();
}

/** Signs in at the PIN gate, choosing the person first when there are several. */
export async function enterPin(page: Page, pin: string, who?: RegExp): Promise<void> {
  if (who) await page.getByRole('button', { name: who }).click();
  await page.getByLabel(/^PIN for/).fill(pin);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
}

/** Opens the adult area from the kiosk and signs in. */
export async function signIn(page: Page, pin: string, who?: RegExp): Promise<void> {
  await page.getByRole('link', { name: 'Adults' }).click();
  await enterPin(page, pin, who);
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}
