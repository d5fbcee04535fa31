import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { seedToday } from './fixtures/seed';
import { BuildCopyServer } from './fixtures/static-server';
import { expect, test } from './fixtures/test';
import {
  adultCorner,
  completeSetup,
  leaveAdultArea,
  openAdultArea,
  signIn,
  TEACHER,
} from './page-models/app';

// A new version arrives through the service worker.
test.use({ serviceWorkers: 'allow' });

// A port of its own, beside the one the other tests share (see playwright.config.ts).
const PORT = Number(process.env.E2E_PORT ?? 4173) + 8;
test.use({ baseURL: `http://127.0.0.1:${PORT}` });

// The new service worker fetches every file of the build before it waits (the editor's symbols
// alone are 2.7 MB): on a machine busy with the other tests' browsers that can take more than the
// usual 5 seconds.
const NEW_VERSION_INSTALLED_MS = 20_000;

let server: BuildCopyServer;
test.beforeEach(async () => {
  server = await BuildCopyServer.start(PORT);
});
test.afterEach(async () => {
  await server.stop();
});

test('a new version waits: never announced or applied under a student, offered to an adult', async ({
  page,
}) => {
  await completeSetup(page);
  await leaveAdultArea(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The next morning: the tablet starts the app again, now under the installed service worker.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Hello, Ana' })).toBeVisible();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  // A marker in the page tells whether it was reloaded.
  await page.evaluate(() => document.body.setAttribute('data-same-page', 'yes'));

  // Publish a new version, and let the tablet find it, as it does on its own from time to time.
  await appendFile(join(server.root, 'sw.js'), '\n// next version\n');
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
  await expect
    .poll(
      () => page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting)),
      { timeout: NEW_VERSION_INSTALLED_MS },
    )
    .toBe(true);

  await expect(page.getByRole('heading', { name: 'Hello, Ana' })).toBeVisible();
  await expect(page.getByText('A new version of On My Own is ready')).toHaveCount(0);
  await expect(page.locator('body')).toHaveAttribute('data-same-page', 'yes');

  await signIn(page, TEACHER.pin);
  await expect(page.getByText('A new version of On My Own is ready')).toBeVisible();
  await page.getByRole('button', { name: 'Update now' }).click();
  await expect(page.locator('body')).not.toHaveAttribute('data-same-page', 'yes');
  await expect
    .poll(() =>
      page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting)),
    )
    .toBe(false);
});

/** Marks the page, so a test can tell whether it was reloaded since. */
const mark = (page: Page) => page.evaluate(() => document.body.setAttribute('data-same-page', 'yes'));

test('"Update now" in the adult area reloads that tab; a kiosk tab mid-step keeps its student until the day is done or an adult opens it', async ({
  page,
  context,
}) => {
  await completeSetup(page);
  await leaveAdultArea(page);
  await seedToday(page, [{ label: 'Reading' }], { pictureStyle: 'word', layout: 'list' });
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  // Two more tabs of the student's screen, each with Reading under way.
  const kiosks = [await context.newPage(), await context.newPage()];
  for (const kiosk of kiosks) {
    await kiosk.goto('/');
    await expect(kiosk.getByRole('heading', { name: 'Hello, Ana' })).toBeVisible();
  }
  await kiosks[0]?.getByRole('button', { name: 'Start' }).click();
  for (const kiosk of kiosks) {
    await expect(kiosk.getByRole('button', { name: 'Done' })).toBeVisible();
    await mark(kiosk);
  }
  const [doneLater, adultLater] = kiosks as [Page, Page];

  await appendFile(join(server.root, 'sw.js'), '\n// next version\n');
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });
  await expect
    .poll(
      () => page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting)),
      { timeout: NEW_VERSION_INSTALLED_MS },
    )
    .toBe(true);

  await signIn(page, TEACHER.pin);
  await mark(page);
  await page.getByRole('button', { name: 'Update now' }).click();
  await expect(page.locator('body')).not.toHaveAttribute('data-same-page', 'yes');
  await expect(page.getByLabel(/^PIN for/)).toBeVisible();

  // The new version is in control of the kiosk tabs too, but neither reloads under the student.
  for (const kiosk of kiosks) {
    await expect
      .poll(() =>
        kiosk.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          return !registration?.waiting && navigator.serviceWorker.controller === registration?.active;
        }),
      )
      .toBe(true);
  }
  await expect(doneLater.getByRole('button', { name: 'Done' })).toBeVisible();
  await expect(doneLater.locator('body')).toHaveAttribute('data-same-page', 'yes');
  await expect(adultLater.locator('body')).toHaveAttribute('data-same-page', 'yes');

  // An adult opening the adult area is a safe moment: that tab takes the new version.
  await openAdultArea(adultLater);
  await expect(adultLater.locator('body')).not.toHaveAttribute('data-same-page', 'yes');
  await expect(adultLater.getByLabel(/^PIN for/)).toBeVisible();

  // So is the end of the day: the student finishes, and the tab then reloads to the same screen.
  await expect(doneLater.locator('body')).toHaveAttribute('data-same-page', 'yes');
  await doneLater.getByRole('button', { name: 'Done' }).click();
  await expect(doneLater.locator('body')).not.toHaveAttribute('data-same-page', 'yes');
  await expect(doneLater.getByText('All done!')).toBeVisible();
  await expect(adultCorner(doneLater)).toBeVisible();
});
