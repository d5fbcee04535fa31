import { readFileSync } from 'node:fs';
import type { Page, Route } from '@playwright/test';
import { dayAfter, schoolDayOf } from '../../src/domain/time';
import { type SeedStep, seedToday } from './fixtures/seed';
import { expect, test } from './fixtures/test';
import {
  addStudent,
  completeSetup,
  expectNoAxeViolations,
  leaveAdultArea,
  signIn,
  TEACHER,
} from './page-models/app';

// Reloading offline needs the service worker; the tests without it say so below.
test.use({ serviceWorkers: 'allow' });

const DAY: SeedStep[] = [{ label: 'Reading', picture: true }, { label: 'Math' }, { label: 'Lunch' }];
const SNAPSHOT_KEY = 'on-my-own:kiosk-snapshot';

// The chunk with the app behind the first paint (the database, the kiosk that takes taps), by its
// source or, where vite.config.ts groups it, by its group's name.
const APP_CHUNK = Object.entries(
  JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8')) as Record<
    string,
    { file: string; name?: string }
  >,
).find(([source, chunk]) => source === 'src/app/app.tsx' || chunk.name === 'app')?.[1].file;

/** Holds back the app's chunk until released, so a test sees what is painted before it. */
async function holdApp(page: Page): Promise<() => void> {
  if (!APP_CHUNK) throw new Error('No app chunk in the build manifest: run the build first.');
  const held: Route[] = [];
  let released = false;
  await page.route(`**/${APP_CHUNK}`, (route) => (released ? route.continue() : void held.push(route)));
  return () => {
    released = true;
    for (const route of held) void route.continue();
  };
}

const today = () => schoolDayOf(Date.now());
const schedule = (page: Page) => page.getByRole('list', { name: 'My schedule' });

async function kioskWithAnasDay(page: Page): Promise<void> {
  await completeSetup(page);
  await leaveAdultArea(page);
  await seedToday(page, DAY, { pictureStyle: 'symbol-word', layout: 'list' });
  await page.reload();
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
}

test.describe('without the service worker, to hold back the app', () => {
  test.use({ serviceWorkers: 'block' });

  test('the day is painted from the kiosk’s last screen before the app has loaded', async ({ page }) => {
    await kioskWithAnasDay(page);
    const start = page.getByRole('button', { name: 'Start' });
    const live = await start.boundingBox();
    const release = await holdApp(page);
    await page.reload();

    await expect(page.getByRole('heading', { name: 'Hello, Ana' })).toBeVisible();
    await expect(schedule(page).getByRole('listitem')).toHaveText([/Reading/, /Math\s*Next/, 'Lunch']);
    // Start stands where it was, in view, and takes no tap until the kiosk that records it is here.
    await expect(start).toBeInViewport();
    await expect(start).toBeDisabled();
    // The picture's place is kept, so the control stays put (within a few pixels) as the kiosk comes.
    const early = await start.boundingBox();
    expect(Math.abs((early?.y ?? 0) - (live?.y ?? Number.POSITIVE_INFINITY))).toBeLessThanOrEqual(12);
    await expectNoAxeViolations(page);

    release();
    await expect(start).toBeEnabled();
    await start.click();
    const done = page.getByRole('button', { name: 'Done' });
    await expect(done).toBeVisible();
    await expect(page.getByRole('button', { name: 'Hear Reading' })).toBeVisible();

    // The next load paints the step as it was left, started: its Done waits for the kiosk too.
    await page.unroute(`**/${APP_CHUNK}`);
    const releaseAgain = await holdApp(page);
    await page.reload();
    await expect(done).toBeDisabled();
    await expect(start).toHaveCount(0);
    releaseAgain();
    await expect(done).toBeEnabled();
  });

  test('a stale, foreign or broken snapshot never shows its schedule', async ({ page }) => {
    await kioskWithAnasDay(page);
    const anasSnapshot = await page.evaluate((key) => localStorage.getItem(key), SNAPSHOT_KEY);
    expect(anasSnapshot).not.toBeNull();
    const kept = JSON.parse(anasSnapshot ?? '{}') as Record<string, unknown>;
    const wrongSteps = [
      { label: 'Swimming', status: 'current' },
      { label: 'Field trip', status: 'upcoming' },
    ];
    const hostile = [
      // Yesterday's screen.
      JSON.stringify({ ...kept, day: dayAfter(today(), -1), steps: wrongSteps }),
      // Not a snapshot at all, or one of the wrong shape.
      '{"version":1,"steps":',
      JSON.stringify({ ...kept, steps: [{ label: 'Swimming', status: 'now' }] }),
      JSON.stringify({ ...kept, steps: wrongSteps, layout: 'grid' }),
      JSON.stringify({ ...kept, studentId: '<img src=x onerror=alert(1)>', steps: wrongSteps }),
    ];
    // The snapshot is planted as the page starts, before the entry reads it: a running kiosk
    // would otherwise keep its own screen over it. Any moment the wrong steps reach the page,
    // however briefly, is recorded.
    await page.addInitScript((key) => {
      const planted = sessionStorage.getItem('planted-snapshot');
      if (planted !== null) localStorage.setItem(key, planted);
      sessionStorage.removeItem('planted-snapshot');
      new MutationObserver(() => {
        if (/Swimming|Field trip/.test(document.body?.textContent ?? ''))
          localStorage.setItem('wrong-schedule-seen', 'yes');
      }).observe(document, { subtree: true, childList: true, characterData: true });
    }, SNAPSHOT_KEY);

    for (const snapshot of hostile) {
      await page.evaluate((value) => sessionStorage.setItem('planted-snapshot', value), snapshot);
      const release = await holdApp(page);
      await page.reload();
      // Without a snapshot to trust, nothing is painted until the app has read the day.
      await expect(page.locator('body')).not.toContainText('Hello');
      release();
      await expect(schedule(page).getByRole('listitem')).toHaveText([/Reading/, /Math\s*Next/, 'Lunch']);
      await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
      await page.unroute(`**/${APP_CHUNK}`);
    }
    expect(await page.evaluate(() => localStorage.getItem('wrong-schedule-seen'))).toBeNull();
  });

  test('after an adult has added a student, the next load shows the pictures, never the last student’s day', async ({
    page,
  }) => {
    await kioskWithAnasDay(page);
    await signIn(page, TEACHER.pin);
    await addStudent(page, 'Ben');
    // From here on, any moment Ana's day reaches the page, however briefly, is recorded.
    await page.addInitScript(() => {
      new MutationObserver(() => {
        if (document.body?.textContent?.includes('Hello, Ana')) localStorage.setItem('anas-day-seen', 'yes');
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    // The tablet starts again at the student's screen, as the next morning.
    const release = await holdApp(page);
    await page.goto('/');
    await expect(page.locator('#root')).toBeAttached();
    release();
    await expect(page.getByRole('heading', { name: 'Who is here? Tap your picture.' })).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('anas-day-seen'))).toBeNull();
  });
});

test('the kiosk with a day in its database reloads offline and shows the schedule', async ({
  page,
  context,
}) => {
  await kioskWithAnasDay(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });

  await context.setOffline(true);
  await page.reload();

  await expect(page.getByRole('heading', { name: 'Hello, Ana' })).toBeVisible();
  await expect(
    page.locator('[aria-current="step"]').getByRole('button', { name: 'Hear Reading' }),
  ).toBeVisible();
  await expect(schedule(page).getByRole('listitem')).toHaveText([/Reading/, /Math\s*Next/, 'Lunch']);
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('button', { name: 'Done' })).toBeVisible();
  await expectNoAxeViolations(page);
});
