import { expect, test } from './fixtures/test';
import { completeSetup, leaveAdultArea, signIn, TEACHER } from './page-models/app';

// Going offline is what the service worker is for.
test.use({ serviceWorkers: 'allow' });

test('after one online visit the app reloads and works with the network off', async ({ page, context }) => {
  await completeSetup(page);
  await leaveAdultArea(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });

  await context.setOffline(true);
  await page.reload();

  await expect(page.getByRole('heading', { name: 'Hello, Ana' })).toBeVisible();
  // The adult screens load lazily; they are precached too.
  await signIn(page, TEACHER.pin);
  await expect(page.getByRole('heading', { name: 'Students' })).toBeVisible();
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
});
