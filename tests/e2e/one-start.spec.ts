import type { Locator, Page } from '@playwright/test';
import { type SeedStep, seedToday, storedEvents } from './fixtures/seed';
import { expect, test } from './fixtures/test';
import { completeSetup, leaveAdultArea } from './page-models/app';

const DAY: SeedStep[] = ['Reading', 'Math', 'Art', 'Music', 'Lunch', 'Bus'].map((label) => ({ label }));

test.beforeEach(async ({ page }) => {
  await completeSetup(page);
  await leaveAdultArea(page);
  await seedToday(page, DAY, { pictureStyle: 'symbol-word', layout: 'now-next' });
  await page.reload();
});

const kioskButton = (page: Page, name: 'Start' | 'Done') =>
  page.locator('.focus-now').getByRole('button', { name });
const nowShows = (page: Page, label: string) =>
  expect(page.locator('.focus-now').getByRole('button', { name: `Hear ${label}` })).toBeVisible();

/** Where a finger would tap a control now: its centre. */
async function centreOf(control: Locator): Promise<{ x: number; y: number }> {
  const box = await control.boundingBox();
  if (!box) throw new Error('the control is on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * A finger tapping at a point several times: the first tap at once, each next one `gaps`
 * milliseconds after the one before. Whatever is under the finger then takes the tap, as on a
 * tablet (a disabled control takes none).
 */
async function tapsAtPoint(page: Page, point: { x: number; y: number }, gaps: readonly number[]) {
  await page.evaluate(
    async ({ x, y, gaps }) => {
      const tap = () => {
        const target = document.elementFromPoint(x, y)?.closest('button');
        target?.click();
      };
      tap();
      for (const gap of gaps) {
        await new Promise((resolve) => setTimeout(resolve, gap));
        tap();
      }
    },
    { ...point, gaps },
  );
}

/** A finger tapping where a control is now, several times (see tapsAtPoint). */
async function tapsAt(control: Locator, gaps: readonly number[]): Promise<void> {
  await tapsAtPoint(control.page(), await centreOf(control), gaps);
}

/** Fingers on several tabs at once: each finger is placed before any taps, as people tap together. */
async function tapTogether(controls: readonly Locator[]): Promise<void> {
  const fingers = await Promise.all(
    controls.map(async (control) => ({ page: control.page(), point: await centreOf(control) })),
  );
  await Promise.all(fingers.map(({ page, point }) => tapsAtPoint(page, point, [])));
}

/** The stored starts and finishes per step, as "type of step" lines, and the steps shown. */
async function stepRecords(page: Page) {
  const events = await storedEvents(page);
  const count = (type: string) => {
    const perStep = new Map<string, number>();
    for (const event of events)
      if (event.type === type && event.stepId)
        perStep.set(event.stepId, (perStep.get(event.stepId) ?? 0) + 1);
    return [...perStep.values()];
  };
  return { starts: count('step-started'), finishes: count('step-finished'), shows: count('step-shown') };
}

test('double taps 30–200 ms apart and ten fast taps in now/next write one start and one finish per step', async ({
  page,
}) => {
  const gaps = [30, 80, 140, 200];
  for (const [index, gap] of gaps.entries()) {
    const label = DAY[index]?.label ?? '';
    await nowShows(page, label);
    await expect(kioskButton(page, 'Start')).toBeEnabled();
    await tapsAt(kioskButton(page, 'Start'), [gap]);
    // The second tap landed on Done, which appeared under the finger: it is not taken.
    await expect(kioskButton(page, 'Done')).toBeVisible();
    await expect(kioskButton(page, 'Done')).toBeEnabled();
    await tapsAt(kioskButton(page, 'Done'), [gap]);
    // The second tap landed on the next step's Start in its settle time: the next step waits.
    await nowShows(page, DAY[index + 1]?.label ?? '');
    await expect(kioskButton(page, 'Start')).toBeVisible();
  }
  // A clicker: ten taps 15 ms apart, on Start and then on Done.
  const fast = Array.from({ length: 9 }, () => 15);
  await expect(kioskButton(page, 'Start')).toBeEnabled();
  await tapsAt(kioskButton(page, 'Start'), fast);
  await expect(kioskButton(page, 'Done')).toBeEnabled();
  await tapsAt(kioskButton(page, 'Done'), fast);
  await nowShows(page, 'Bus');
  await expect(kioskButton(page, 'Start')).toBeVisible();

  const records = await stepRecords(page);
  expect(records.starts).toEqual([1, 1, 1, 1, 1]);
  expect(records.finishes).toEqual([1, 1, 1, 1, 1]);
  expect(records.shows).toEqual([1, 1, 1, 1, 1, 1]);
});

test('the next Start takes no tap in its settle time, and takes one after it', async ({ page }) => {
  await expect(kioskButton(page, 'Start')).toBeEnabled();
  await kioskButton(page, 'Start').click();
  await expect(kioskButton(page, 'Done')).toBeEnabled();
  // Done, then a tap 250 ms later on the same spot, where Math's Start has just appeared.
  await tapsAt(kioskButton(page, 'Done'), [250]);
  await nowShows(page, 'Math');
  await expect(kioskButton(page, 'Start')).toBeVisible();
  await expect(kioskButton(page, 'Start')).toBeEnabled();
  await kioskButton(page, 'Start').click();
  await expect(kioskButton(page, 'Done')).toBeVisible();
  expect((await stepRecords(page)).starts).toEqual([1, 1]);
});

test('three tabs of the same student record each step once, even tapping together', async ({
  page,
  context,
}) => {
  const tabs = [page, await context.newPage(), await context.newPage()];
  for (const tab of tabs.slice(1)) await tab.goto('/');
  for (const [index, label] of ['Reading', 'Math', 'Art'].entries()) {
    for (const tab of tabs) {
      await nowShows(tab, label);
      await expect(kioskButton(tab, 'Start')).toBeEnabled();
    }
    await tapTogether(tabs.map((tab) => kioskButton(tab, 'Start')));
    for (const tab of tabs) await expect(kioskButton(tab, 'Done')).toBeEnabled();
    await tapTogether(tabs.map((tab) => kioskButton(tab, 'Done')));
    for (const tab of tabs) await nowShows(tab, DAY[index + 1]?.label ?? '');
  }
  const records = await stepRecords(page);
  expect(records.starts).toEqual([1, 1, 1]);
  expect(records.finishes).toEqual([1, 1, 1]);
  expect(records.shows).toEqual([1, 1, 1, 1]);
});
