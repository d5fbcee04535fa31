import type { Page } from '@playwright/test';
import { failWrites, installWriteFailures } from './fixtures/failing-writes';
import { seedToday, storedEvents } from './fixtures/seed';
import { expect, test } from './fixtures/test';
import {
  adultCorner,
  completeSetup,
  expectNoAxeViolations,
  leaveAdultArea,
  signIn,
  TEACHER,
} from './page-models/app';
import { openParaBar, paraBar, promptButton } from './page-models/para';

const STEPS = [{ label: 'Reading' }, { label: 'Math' }, { label: 'Lunch' }];

/** The student's one tap on the step to do now. */
const kioskTap = (page: Page, name: 'Start' | 'Done') =>
  page.locator('[aria-current="step"]').getByRole('button', { name, exact: true });

const typesOf = async (page: Page) => (await storedEvents(page)).map((event) => event.type);

/** Waits until the step on screen is recorded as shown, so a failure set next hits only the tap. */
async function shownCount(page: Page, count: number): Promise<void> {
  await expect
    .poll(async () => (await typesOf(page)).filter((type) => type === 'step-shown').length)
    .toBe(count);
}

test('a write that fails says why, records nothing, keeps the kiosk running, and the next tap records', async ({
  page,
}) => {
  await installWriteFailures(page);
  await completeSetup(page);
  await leaveAdultArea(page);
  await seedToday(page, STEPS, { pictureStyle: 'symbol-word', layout: 'now-next' });
  await page.reload();
  await expect(kioskTap(page, 'Start')).toBeVisible();
  await shownCount(page, 1);
  const before = await typesOf(page);

  // The disk is full: the student's Start is not taken as done, and the adult is told why.
  await failWrites(page, 'quota');
  await kioskTap(page, 'Start').click();
  const problem = page.getByRole('alert');
  await expect(problem).toContainText('That was not saved. Please ask an adult for help.');
  await expect(problem).toContainText(
    'Adults: the tablet’s storage is full. Free some space, then tap again.',
  );
  await expect(kioskTap(page, 'Start')).toBeEnabled();
  await expect(kioskTap(page, 'Done')).toHaveCount(0);
  expect(await typesOf(page)).toEqual(before);
  await expectNoAxeViolations(page);

  // Space is freed: the same tap records, and the message goes.
  await failWrites(page, undefined);
  await kioskTap(page, 'Start').click();
  await expect(kioskTap(page, 'Done')).toBeVisible();
  await expect(problem).toHaveCount(0);
  expect(await typesOf(page)).toEqual([...before, 'step-started']);

  // Any other failure is named as such, and again nothing is half-written.
  await failWrites(page, 'unknown');
  await kioskTap(page, 'Done').click();
  await expect(problem).toContainText('Adults: the tablet could not save this. Tap again to try once more.');
  await expect(kioskTap(page, 'Done')).toBeEnabled();
  expect(await typesOf(page)).toEqual([...before, 'step-started']);
  await failWrites(page, undefined);
  await kioskTap(page, 'Done').click();
  await expect(kioskTap(page, 'Start')).toBeVisible();
  await expect(problem).toHaveCount(0);
  // Reading finished; Math is on screen and recorded as shown.
  await shownCount(page, 2);

  // The para bar: a prompt tap on a full disk is refused in words and not shown as the last record.
  await signIn(page, TEACHER.pin);
  await openParaBar(page);
  const bar = paraBar(page);
  await expect(bar.getByText('Math: what did it take to start?')).toBeVisible();
  const recorded = await typesOf(page);
  await failWrites(page, 'quota');
  await promptButton(page, 'Verbal').click();
  await expect(bar.getByRole('alert')).toHaveText(
    'The device is out of storage space, so this was not saved. Free some space, then try again.',
  );
  await expect(bar.getByText(/^Last record/)).toHaveCount(0);
  await expect(kioskTap(page, 'Start')).toBeVisible();
  expect(await typesOf(page)).toEqual(recorded);
  await expectNoAxeViolations(page);

  await failWrites(page, undefined);
  await promptButton(page, 'Verbal').click();
  await expect(bar.getByText('Last record: Math, Verbal')).toBeVisible();
  await expect(bar.getByRole('alert')).toHaveCount(0);
  expect(await typesOf(page)).toEqual([...recorded, 'step-started']);
});

test('the teacher sees whether storage is protected and how much space is used', async ({ page }) => {
  await completeSetup(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  const storage = page.getByRole('region', { name: 'Storage on this device' });
  await expect(storage.getByTestId('storage-persistence')).toHaveText(/^Storage is (not )?protected/);
  await expect(storage.getByTestId('storage-usage')).toHaveText(/^\S+ \S+ used of \S+ \S+ available$/);
  await expectNoAxeViolations(page);
});

test('an app update in another tab: this tab stops saving, keeps the student’s screen, asks an adult to reload; nothing is lost', async ({
  page,
  context,
}) => {
  await completeSetup(page);
  await leaveAdultArea(page);
  await seedToday(page, STEPS, { pictureStyle: 'symbol-word', layout: 'now-next' });
  await page.reload();
  await kioskTap(page, 'Start').click();
  await expect(kioskTap(page, 'Done')).toBeVisible();
  const acknowledged = await storedEvents(page);
  expect(acknowledged.map((event) => event.type)).toEqual(['step-shown', 'step-started']);

  // A second tab runs a newer version of the app, which opens the database at a higher version.
  const other = await context.newPage();
  await other.goto('/');
  await expect(other.getByRole('heading', { name: 'Hello, Ana' })).toBeVisible();
  // The kiosk paints from its snapshot before it opens the database; Done takes taps only once the
  // day was read, so this tab holds its connection when the database moves on.
  await expect(kioskTap(other, 'Done')).toBeEnabled();
  const upgradedTo = await other.evaluate(async () => {
    const open = (version?: number) =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('on-my-own', version);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const current = await open();
    const next = current.version + 10; // Dexie's version times ten, one version on.
    current.close();
    (await open(next)).close();
    return next;
  });
  expect(upgradedTo).toBeGreaterThan(10);

  // The first tab keeps the student's screen and tells the adults, calmly, what to do.
  const notice = page
    .getByRole('status')
    .filter({ hasText: 'The app was updated, or its data restored, in another tab.' });
  await expect(notice).toHaveText(
    /The app was updated, or its data restored, in another tab\. Reload to go on\./,
  );
  await expect(page.getByRole('heading', { name: 'Hello, Ana' })).toBeVisible();
  await expect(kioskTap(page, 'Done')).toBeVisible();
  await expectNoAxeViolations(page);

  // A tap made now is not shown as done: it says nothing can be saved until a reload.
  await kioskTap(page, 'Done').click();
  await expect(page.getByRole('alert')).toContainText(
    'Adults: nothing can be saved until the app is reloaded.',
  );
  await expect(kioskTap(page, 'Done')).toBeVisible();

  // The other tab's own old connection closed too: on its way to the adult area it says the same.
  await adultCorner(other).hover();
  await other.mouse.down();
  await expect(other).toHaveURL(/\/adult$/);
  await other.mouse.up();
  await expect(
    other
      .getByRole('status')
      .filter({ hasText: 'The app was updated, or its data restored, in another tab. Reload to go on.' }),
  ).toBeVisible();
  await expectNoAxeViolations(other);

  // Reloaded on the new version: everything acknowledged before is there, and taps record again.
  await notice.getByRole('button', { name: 'Reload' }).click();
  await expect(kioskTap(page, 'Done')).toBeVisible();
  await expect(notice).toHaveCount(0);
  expect(await storedEvents(page)).toEqual(acknowledged);
  await kioskTap(page, 'Done').click();
  await expect(kioskTap(page, 'Start')).toBeVisible();
  await expect
    .poll(async () => (await storedEvents(page)).map((event) => event.type))
    .toEqual(['step-shown', 'step-started', 'step-finished', 'step-shown']);
});
