import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BuildCopyServer } from './fixtures/static-server';
import { expect, test } from './fixtures/test';
import { completeSetup, leaveAdultArea, signIn, TEACHER } from './page-models/app';

// A port of its own, beside the one the other tests share (see playwright.config.ts).
const PORT = Number(process.env.E2E_PORT ?? 4173) + 8;
test.use({ baseURL: `http://127.0.0.1:${PORT}` });

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
    .poll(() =>
      page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting)),
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
