import type { Page } from '@playwright/test';
import { pdfPages } from './fixtures/pdf-text';
import { seedToday } from './fixtures/seed';
import { expect, test } from './fixtures/test';
import { completeSetup, expectNoAxeViolations, leaveAdultArea, signIn, TEACHER } from './page-models/app';

const STUDENT_LANGUAGE = 'Language of the student screen';
const DAY = ['Arrival', 'Reading', 'Math', 'Lunch', 'Recess', 'Art', 'Bus'];

/** The sheet as the browser prints it, page by page. */
async function printedPages(page: Page): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  const pages = await pdfPages(await page.pdf({ format: 'Letter' }));
  await page.emulateMedia({ media: 'screen' });
  return pages;
}

/** The words of the day's cards in the order they are printed. */
const cardWords = (pages: readonly string[]) =>
  pages.flatMap((text) => text.split(' ').filter((word) => DAY.includes(word)));

async function openPaper(page: Page, locale: 'en' | 'es' = 'en'): Promise<void> {
  await completeSetup(page);
  await leaveAdultArea(page);
  await seedToday(
    page,
    DAY.map((label, index) => ({ label, picture: index % 2 === 0 })),
    { pictureStyle: 'symbol-word', layout: 'list' },
  );
  await page.reload();
  await signIn(page, TEACHER.pin);
  if (locale === 'es') {
    // The student's language, as the teacher sets it with how the student sees the day.
    await page.getByRole('link', { name: 'Schedules' }).click();
    await page.getByLabel(STUDENT_LANGUAGE).selectOption('es');
    await expect(page.getByRole('status').first()).toBeVisible();
  }
  await page.getByRole('link', { name: 'Paper' }).click();
  await expect(page.getByRole('heading', { name: 'Paper', level: 1 })).toBeVisible();
}

test('today’s schedule prints as cards to cut out at 5 cm and at 7.5 cm, and as a strip, in order', async ({
  page,
}) => {
  await openPaper(page);
  const preview = page.getByRole('article', { name: 'What will be printed' });
  await expect(preview.getByText('Bus')).toBeVisible();
  const today = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric' }).format(new Date());
  await expect(preview).toContainText(`Ana · ${today}`);
  await expectNoAxeViolations(page);

  // Seven 5 cm cards fit one page; at 7.5 cm, six to a page and the seventh on the next.
  const small = await printedPages(page);
  expect(small).toHaveLength(1);
  expect(cardWords(small)).toEqual(DAY);
  expect(small[0]).toContain(`Ana · ${today}`);
  // Only the sheet is on paper: no menus, no form.
  expect(small[0]).not.toContain('What to print');

  await page.getByRole('radio', { name: 'About 7.5 cm' }).check();
  const large = await printedPages(page);
  expect(large).toHaveLength(2);
  expect(cardWords(large)).toEqual(DAY);

  await page.getByLabel('What to print').selectOption('strip');
  await page.getByRole('radio', { name: 'About 5 cm' }).check();
  const strip = await printedPages(page);
  expect(cardWords(strip)).toEqual(DAY);
  expect(strip.length).toBeGreaterThanOrEqual(2);
});

test('first / then prints in the student’s own language, with the first two steps of the day', async ({
  page,
}) => {
  await openPaper(page, 'es');
  await page.getByLabel('What to print').selectOption('first-then');
  const preview = page.getByRole('article', { name: 'What will be printed' });
  await expect(preview.getByRole('heading', { name: 'Primero' })).toBeVisible();
  await expect(preview.getByRole('heading', { name: 'Luego' })).toBeVisible();
  await expectNoAxeViolations(page);
  const [sheet, ...more] = await printedPages(page);
  expect(more).toEqual([]);
  expect(sheet).toMatch(/Primero .*Arrival.* Luego .*Reading/);
});
