import type { Page } from '@playwright/test';
import { syncPort } from './fixtures/sync-port';
import { expect, test } from './fixtures/test';
import { completeSetup, expectNoAxeViolations } from './page-models/app';
import { anotherTablet } from './page-models/backups';
import { makeCard } from './page-models/teacher';

// The tablet goes offline and comes back: the service worker serves the app meanwhile.
test.use({ serviceWorkers: 'allow' });

async function addStudent(page: Page, name: string): Promise<void> {
  await page.getByLabel('Student’s name').fill(name);
  await page.getByRole('button', { name: 'Add a student' }).click();
  await expect(page.getByRole('region', { name: 'Students' }).getByRole('status')).toHaveText(
    `${name} was added.`,
  );
}

const syncPanel = (page: Page) => page.getByRole('region', { name: 'Classroom sync' });

/** Settings → Classroom sync: the server behind the app's origin, the classroom's database. */
async function connect(page: Page, database: string): Promise<void> {
  await page.getByRole('link', { name: 'Settings' }).click();
  const panel = syncPanel(page);
  await panel.getByLabel('Server address').fill(new URL('/couch', page.url()).href);
  await panel.getByLabel('Classroom database').fill(database);
  await panel.getByRole('button', { name: 'Save sync settings' }).click();
  await expect(panel.getByRole('status')).toHaveText('Saved.');
}

async function syncNow(page: Page): Promise<void> {
  const panel = syncPanel(page);
  await panel.getByRole('button', { name: 'Sync now' }).click();
  await expect(panel.getByRole('status')).toContainText('Synced:');
  await expect(panel.getByTestId('sync-waiting')).toHaveText('Records waiting to be sent: 0.');
}

async function studentsOf(page: Page) {
  await page.getByRole('link', { name: 'Home', exact: true }).click();
  return page.getByRole('region', { name: 'Students' });
}

test('a student added on the laptop reaches the tablet, and their deletion travels too', async ({
  page: laptop,
  browser,
  baseURL,
}) => {
  const database = `classroom-${Date.now()}`;
  // The school's server has the classroom's database (made here as its admin would).
  expect((await fetch(`http://127.0.0.1:${syncPort}/${database}`, { method: 'PUT' })).status).toBe(201);

  await completeSetup(laptop);
  await addStudent(laptop, 'Ben');
  await connect(laptop, database);
  await expect(syncPanel(laptop).getByTestId('sync-last')).toHaveText('Not synced yet.');
  await syncNow(laptop);
  await expect(syncPanel(laptop).getByTestId('sync-last')).toContainText('Last synced:');
  await expectNoAxeViolations(laptop);

  const tablet = await anotherTablet(browser, baseURL);
  await completeSetup(tablet, 'Cleo');
  await connect(tablet, database);
  await syncNow(tablet);
  const onTablet = await studentsOf(tablet);
  const ben = onTablet.getByText('Ben', { exact: true });
  await ben.scrollIntoViewIfNeeded();
  await expect(ben).toBeInViewport();

  const onLaptop = await studentsOf(laptop);
  await onLaptop.getByRole('button', { name: 'Delete Ben…' }).click();
  await laptop.getByRole('button', { name: 'Delete Ben for good' }).click();
  await expect(onLaptop.getByRole('status')).toHaveText('Ben and all their records were deleted.');
  await laptop.getByRole('link', { name: 'Settings' }).click();
  await syncNow(laptop);

  await tablet.getByRole('link', { name: 'Settings' }).click();
  await syncNow(tablet);
  const afterSync = await studentsOf(tablet);
  const cleo = afterSync.getByText('Cleo', { exact: true });
  await cleo.scrollIntoViewIfNeeded();
  await expect(cleo).toBeInViewport();
  await expect(afterSync.getByText('Ben', { exact: true })).toHaveCount(0);
  await tablet.context().close();
});

test('with the server saved, a student added on the laptop appears on the tablet by itself, also after the tablet was offline', async ({
  page: laptop,
  browser,
  baseURL,
}) => {
  const database = `classroom-${Date.now()}`;
  expect((await fetch(`http://127.0.0.1:${syncPort}/${database}`, { method: 'PUT' })).status).toBe(201);
  await completeSetup(laptop);
  await connect(laptop, database);

  const tablet = await anotherTablet(browser, baseURL);
  await completeSetup(tablet, 'Cleo');
  await connect(tablet, database);
  const onTablet = await studentsOf(tablet);

  // Nobody presses Sync now: the laptop sends, the tablet's open request to the server hears it.
  await studentsOf(laptop);
  await addStudent(laptop, 'Ben');
  const ben = onTablet.getByText('Ben', { exact: true });
  await expect(ben).toHaveCount(1, { timeout: 20_000 });
  await ben.scrollIntoViewIfNeeded();
  await expect(ben).toBeInViewport();

  await tablet.context().setOffline(true);
  await addStudent(laptop, 'Dana');
  await laptop.getByRole('link', { name: 'Settings' }).click();
  await expect(syncPanel(laptop).getByTestId('sync-waiting')).toHaveText('Records waiting to be sent: 0.', {
    timeout: 20_000,
  });
  await expect(onTablet.getByText('Dana', { exact: true })).toHaveCount(0);
  // Back online, the tablet catches up at once.
  await tablet.context().setOffline(false);
  await expect(onTablet.getByText('Dana', { exact: true })).toHaveCount(1, { timeout: 20_000 });
  await tablet.context().close();
});

/** Changes a card's words on the Cards screen. */
async function renameCard(page: Page, from: string, to: string): Promise<void> {
  await page.getByRole('link', { name: 'Cards' }).click();
  await page.getByRole('button', { name: `Change ${from}` }).click();
  await page.getByRole('textbox', { name: 'Label' }).fill(to);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(
    page.getByRole('status').getByText(`The card “${to}” was changed.`, { exact: false }),
  ).toBeVisible();
}

test('a card changed on two devices while offline ends the same on both: the later change, the other listed', async ({
  page: laptop,
  browser,
  baseURL,
}) => {
  const database = `classroom-${Date.now()}`;
  expect((await fetch(`http://127.0.0.1:${syncPort}/${database}`, { method: 'PUT' })).status).toBe(201);
  await completeSetup(laptop);
  await laptop.getByRole('link', { name: 'Cards' }).click();
  await makeCard(laptop, { label: 'Snack' });
  await connect(laptop, database);
  await syncNow(laptop);

  const tablet = await anotherTablet(browser, baseURL);
  await completeSetup(tablet, 'Cleo');
  await connect(tablet, database);
  await syncNow(tablet);

  // Both offline (each has opened Cards once, so its screen is loaded); the laptop changes the card
  // first, the tablet after it.
  await tablet.getByRole('link', { name: 'Cards' }).click();
  await expect(tablet.getByRole('button', { name: 'Change Snack' })).toBeVisible();
  await laptop.context().setOffline(true);
  await tablet.context().setOffline(true);
  await renameCard(laptop, 'Snack', 'Snack time');
  await renameCard(tablet, 'Snack', 'Snack break');
  await laptop.context().setOffline(false);
  await tablet.context().setOffline(false);

  for (const device of [laptop, tablet]) {
    await device.getByRole('link', { name: 'Cards' }).click();
    await expect(device.getByRole('button', { name: 'Change Snack break' })).toBeVisible({ timeout: 20_000 });
    await expect(device.getByRole('button', { name: 'Change Snack time' })).toHaveCount(0);
  }
  await laptop.getByRole('link', { name: 'Settings' }).click();
  const twice = syncPanel(laptop).getByRole('list', { name: 'Edited on two devices' });
  await expect(twice.getByRole('listitem')).toHaveText([
    /^Cards “Snack break”: another device’s later edit replaced this device’s/,
  ]);
  await expectNoAxeViolations(laptop);
  await tablet.context().close();
});
