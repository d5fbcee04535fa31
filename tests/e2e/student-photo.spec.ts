import type { Locator, Page } from '@playwright/test';
import { portraitPng } from './fixtures/png';
import { expect, test } from './fixtures/test';
import { completeSetup, expectNoAxeViolations, FIRST_STUDENT, leaveAdultArea } from './page-models/app';

const SECOND_STUDENT = 'Ben';

async function addStudent(page: Page, name: string): Promise<void> {
  await page.getByLabel('Student’s name').fill(name);
  await page.getByRole('button', { name: 'Add a student' }).click();
  await expect(page.getByRole('status')).toHaveText(`${name} was added.`);
}

async function setPhoto(page: Page, name: string, background: readonly [number, number, number]) {
  await page.getByLabel(`Photo of ${name}`).setInputFiles({
    name: `${name.toLowerCase()}.png`,
    mimeType: 'image/png',
    buffer: portraitPng(background),
  });
  await expect(page.getByRole('status')).toHaveText(`The photo of ${name} was saved.`);
}

/** An image that has really been decoded, not just an element with a src. */
async function expectDecoded(images: Locator, count: number): Promise<void> {
  await expect(images).toHaveCount(count);
  for (const image of await images.all()) {
    await expect
      .poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth))
      .toBeGreaterThan(0);
  }
}

const pickerTile = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

test('each student picks their own photo on a shared tablet, and the photos survive a reload', async ({
  page,
}) => {
  await completeSetup(page);
  await addStudent(page, SECOND_STUDENT);
  await setPhoto(page, FIRST_STUDENT, [120, 190, 230]);
  await setPhoto(page, SECOND_STUDENT, [170, 215, 160]);
  await expectDecoded(page.locator('.student-photo'), 2);
  await expect(page.getByRole('button', { name: `Remove photo of ${FIRST_STUDENT}` })).toBeVisible();
  await expectNoAxeViolations(page);
  await leaveAdultArea(page);

  await expect(page.getByRole('heading', { name: 'Who is here? Tap your picture.' })).toBeVisible();
  await expectDecoded(page.locator('.picker-tile img'), 2);
  await expect(pickerTile(page, FIRST_STUDENT)).toBeVisible();
  await expect(pickerTile(page, SECOND_STUDENT)).toBeVisible();
  await expectNoAxeViolations(page);

  await pickerTile(page, SECOND_STUDENT).click();
  await expect(page.getByRole('heading', { name: `Hello, ${SECOND_STUDENT}` })).toBeVisible();

  // The picked student is remembered only in memory, so a reload is back at the picker.
  await page.reload();
  await expectDecoded(page.locator('.picker-tile img'), 2);
  await pickerTile(page, FIRST_STUDENT).click();
  await expect(page.getByRole('heading', { name: `Hello, ${FIRST_STUDENT}` })).toBeVisible();
});

test('a removed photo gives way to the initial, and a file that is not a picture is refused', async ({
  page,
}) => {
  await completeSetup(page);
  await addStudent(page, SECOND_STUDENT);
  await setPhoto(page, FIRST_STUDENT, [120, 190, 230]);

  await page.getByLabel(`Photo of ${SECOND_STUDENT}`).setInputFiles({
    name: 'notes.png',
    mimeType: 'image/png',
    buffer: Buffer.from('not really a picture'),
  });
  await expect(page.getByRole('alert')).toHaveText(
    'That file could not be read as a photo. Nothing was saved. Choose a photo (for example JPEG or PNG).',
  );

  await page.getByRole('button', { name: `Remove photo of ${FIRST_STUDENT}` }).click();
  await expect(page.getByRole('status')).toHaveText(`The photo of ${FIRST_STUDENT} was removed.`);
  await expect(page.locator('.student-photo')).toHaveCount(0);
  await leaveAdultArea(page);

  await expect(pickerTile(page, FIRST_STUDENT)).toBeVisible();
  await expect(page.locator('.picker-tile img')).toHaveCount(0);
  await expect(page.locator('.picker-tile .avatar')).toHaveText(['A', 'B']);
});
