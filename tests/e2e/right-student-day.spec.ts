import type { Page } from '@playwright/test';
import { storedEvents } from './fixtures/seed';
import { seedWeekdays } from './fixtures/seed-weekdays';
import { expect, test } from './fixtures/test';
import {
  addStudent,
  completeSetup,
  enterPin,
  expectNoAxeViolations,
  leaveAdultArea,
  signIn,
  TEACHER,
} from './page-models/app';
import { paraBar } from './page-models/para';

// Tuesday 8 December 2026, on the tablet's own clock; Wednesday has a schedule of its own.
const TUESDAY = { 2: ['Reading', 'Math'], 3: ['Art', 'Music'], 4: ['Swim', 'Lunch'] };
const at = (date: number, hour: number, minute = 0) => new Date(2026, 11, date, hour, minute).getTime();

/** The step the student is on, by its spoken name, and its one tap. */
const current = (page: Page, label: string) =>
  page.locator('[aria-current="step"]').getByRole('button', { name: `Hear ${label}` });
const tap = (page: Page, name: 'Start' | 'Done') =>
  page.locator('[aria-current="step"]').getByRole('button', { name, exact: true });
const picker = (page: Page) => page.getByRole('heading', { name: 'Who is here? Tap your picture.' });

for (const viewport of [
  { width: 1180, height: 820 },
  { width: 820, height: 1180 },
]) {
  test.describe(`on a ${viewport.width}×${viewport.height} tablet`, () => {
    test.use({ viewport });

    test('a kiosk left open past midnight shows the new day, and a tap after midnight is stored on it', async ({
      page,
    }) => {
      await page.clock.install({ time: at(8, 23, 58) });
      await completeSetup(page);
      await seedWeekdays(page, TUESDAY);
      await page.goto('/');
      await expect(current(page, 'Reading')).toBeVisible();
      await tap(page, 'Start').click();
      await expect(tap(page, 'Done')).toBeVisible();

      await page.clock.fastForward('03:00');
      await expect(current(page, 'Art')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Hear Reading' })).toHaveCount(0);
      await expectNoAxeViolations(page);
      await tap(page, 'Start').click();
      await expect(tap(page, 'Done')).toBeVisible();
      const starts = (await storedEvents(page)).filter((event) => event.type === 'step-started');
      expect(starts.map((event) => event.day)).toEqual(['2026-12-08', '2026-12-09']);

      // A tablet that slept all night: no timer fired, the tab is shown again in the morning.
      await page.clock.setSystemTime(at(10, 7, 30));
      await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
      await expect(current(page, 'Swim')).toBeVisible();
    });

    test('“not me” leads back to the pictures and voids the wrong student’s taps', async ({ page }) => {
      await page.clock.install({ time: at(8, 9) });
      await completeSetup(page);
      await addStudent(page, 'Ben');
      await seedWeekdays(page, TUESDAY);
      await page.goto('/');

      await expect(picker(page)).toBeVisible();
      await page.getByRole('button', { name: 'Ben' }).click();
      await expect(page.getByRole('heading', { name: 'Hello, Ben' })).toBeVisible();
      await tap(page, 'Start').click();
      await expect(tap(page, 'Done')).toBeVisible();
      const notMe = page.getByRole('button', { name: 'Not me' });
      await expect(notMe).toBeInViewport();
      await expectNoAxeViolations(page);

      await notMe.click();
      await expect(picker(page)).toBeVisible();
      const events = await storedEvents(page);
      const corrections = events.filter((event) => event.type === 'voided');
      const records = events.filter((event) => event.type !== 'voided');
      expect(records.map((event) => event.type)).toEqual(['step-shown', 'step-started']);
      expect(corrections.map((event) => [event.target, event.reason])).toEqual(
        records.map((event) => [event.id, 'not me: wrong student chosen at the login']),
      );

      await page.getByRole('button', { name: 'Ana' }).click();
      await expect(page.getByRole('heading', { name: 'Hello, Ana' })).toBeVisible();
      await expect(current(page, 'Reading')).toBeVisible();
      await expect(tap(page, 'Start')).toBeVisible();
    });

    test('an adult’s visit, to the adult area or with the para bar, comes back to the same student', async ({
      page,
    }) => {
      await page.clock.install({ time: at(8, 9) });
      await completeSetup(page);
      await addStudent(page, 'Ben');
      await seedWeekdays(page, TUESDAY);
      await page.goto('/');
      await page.getByRole('button', { name: 'Ben' }).click();
      await expect(page.getByRole('heading', { name: 'Hello, Ben' })).toBeVisible();

      await signIn(page, TEACHER.pin);
      await leaveAdultArea(page);
      await expect(page.getByRole('heading', { name: 'Hello, Ben' })).toBeVisible();
      await expect(picker(page)).toHaveCount(0);

      await signIn(page, TEACHER.pin);
      await page.getByRole('button', { name: 'Student screen with the para bar' }).click();
      await expect(paraBar(page, 'Ben')).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Hello, Ben' })).toBeVisible();
    });
  });
}

// The adults' screen reads the same day upright or not: checked once, on the landscape tablet.
test('the adults’ Today shows the weekday’s schedule before the kiosk has opened the day', async ({
  page,
}) => {
  await page.clock.install({ time: at(8, 8) });
  await completeSetup(page);
  await seedWeekdays(page, TUESDAY);
  await page.goto('/adult');
  await enterPin(page, TEACHER.pin);

  const today = page.getByRole('region', { name: 'Today for Ana' });
  await expect(today.getByText('Now: Reading')).toBeVisible();
  await expect(today.getByText('Next: Math')).toBeVisible();
  await expect(today.getByText(/Nothing is planned for today/)).toHaveCount(0);
  await expectNoAxeViolations(page);

  await leaveAdultArea(page);
  await expect(current(page, 'Reading')).toBeVisible();
});
