import { expect, test } from './fixtures/test';
import { completeSetup, leaveAdultArea } from './page-models/app';

// The privacy promise covers the service worker’s requests too.
test.use({ serviceWorkers: 'allow' });

// The fixture in ./fixtures/test fails any test whose page or service worker asks another origin
// for anything; this walk through every screen makes sure there are requests for it to watch.
test('no screen requests anything from another origin', async ({ page, offOriginRequests }) => {
  const sameOrigin: string[] = [];
  page.on('request', (request) => sameOrigin.push(request.url()));

  await completeSetup(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await leaveAdultArea(page);

  expect(sameOrigin.length).toBeGreaterThan(3);
  expect(offOriginRequests).toEqual([]);
});
