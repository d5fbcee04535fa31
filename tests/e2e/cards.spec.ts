import { expect, test } from './fixtures/test';
import { completeSetup, expectNoAxeViolations, leaveAdultArea } from './page-models/app';
import { addStep, makeCard, saveSchedule } from './page-models/teacher';

const yourCards = (page: import('@playwright/test').Page) => page.getByRole('region', { name: 'Your cards' });

test('a teacher changes a card; it keeps its picture until another is chosen, and the kiosk shows the change', async ({
  page,
}) => {
  await completeSetup(page);
  await page.getByRole('link', { name: 'Cards' }).click();
  await makeCard(page, {
    label: 'Lunch',
    symbolSearch: 'fork and knife',
    symbolName: 'fork and knife with plate',
  });
  await page.getByRole('link', { name: 'Schedules' }).click();
  await addStep(page, 'Lunch');
  await saveSchedule(page);
  await page.getByRole('link', { name: 'Cards' }).click();

  // New words, same picture.
  await yourCards(page).getByRole('button', { name: 'Change Lunch' }).click();
  await expect(page.getByRole('heading', { name: 'Changing “Lunch”' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Label' })).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Label' })).toHaveValue('Lunch');
  await expect(page.getByRole('figure', { name: /The card’s picture now/ }).locator('img')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('textbox', { name: 'Label' }).fill('Lunch time');
  await page.getByRole('textbox', { name: 'Spoken text (optional)' }).fill('Time to eat');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(
    page
      .getByRole('status')
      .getByText('The card “Lunch time” was changed. Schedules and boards show it at once.'),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'New card' })).toBeVisible();
  // The teacher is back at the card they changed.
  await expect(yourCards(page).getByRole('button', { name: 'Change Lunch time' })).toBeFocused();
  const tile = yourCards(page).getByRole('listitem').filter({ hasText: 'Lunch time' });
  await expect(tile).toContainText('Says: “Time to eat”');
  await expect(tile.locator('img')).toBeVisible();

  // Then words only: the picture goes.
  await tile.getByRole('button', { name: 'Change Lunch time' }).click();
  await page.getByRole('radio', { name: 'No picture (words only)' }).check();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').getByText(/“Lunch time” was changed/)).toBeVisible();
  await expect(tile).toContainText('Words only');
  await expect(tile.locator('img')).toHaveCount(0);
  const media = await page.evaluate(async () => {
    const open = indexedDB.open('on-my-own');
    const db = await new Promise<IDBDatabase>((resolve) => {
      open.onsuccess = () => resolve(open.result);
    });
    const request = db.transaction('media').objectStore('media').count();
    const count = await new Promise<number>((resolve) => {
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    return count;
  });
  expect(media).toBe(0);

  await leaveAdultArea(page);
  const now = page.locator('[aria-current="step"]');
  await expect(now.getByRole('button', { name: 'Hear Lunch time' })).toBeVisible();
  await expect(now.locator('img')).toHaveCount(0);
});
