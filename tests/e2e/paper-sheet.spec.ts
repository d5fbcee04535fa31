import type { Locator, Page } from '@playwright/test';
import { ulid } from '../../src/domain/ids';
import { pdfPages } from './fixtures/pdf-text';
import { seedToday } from './fixtures/seed';
import { expect, test } from './fixtures/test';
import { completeSetup, expectNoAxeViolations, leaveAdultArea, signIn, TEACHER } from './page-models/app';
import { addPara, PARA } from './page-models/para';

// Math has its own steps; its plan waits 5 s, then gives a verbal prompt.
const STEPS = [
  { label: 'Arrival' },
  { label: 'Reading' },
  { label: 'Math', mini: ['Get pencil', 'Worksheet'] },
  { label: 'Lunch' },
];
const IN_ORDER = ['Arrival', 'Reading', 'Math', 'Get pencil', 'Worksheet', 'Lunch'];

/**
 * The teacher's plan for Math, as the Schedules screen saves it (its form has its own tests):
 * wait 5 s, then a verbal prompt. Written into IndexedDB after setup and seeding; reload after.
 */
async function seedMathPlan(page: Page): Promise<void> {
  const now = Date.now();
  await page.evaluate(
    async ({ id, now }) => {
      const open = indexedDB.open('on-my-own');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction(['students', 'cards', 'plans'], 'readwrite');
      const all = <T>(store: string) =>
        new Promise<T[]>((resolve) => {
          const request = tx.objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
        });
      const [student] = await all<{ id: string }>('students');
      const math = (await all<{ id: string; label: string }>('cards')).find((card) => card.label === 'Math');
      tx.objectStore('plans').put({
        id,
        studentId: student?.id,
        cardId: math?.id,
        current: { prompt: 'verbal', delaySeconds: 5 },
        next: { prompt: 'gestural', delaySeconds: 10 },
        criterion: { percent: 80, days: 3 },
        since: now,
        createdAt: now,
        updatedAt: now,
      });
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { id: ulid<'plan'>(now), now },
  );
}

/** One step's row on the entry screen. */
const entryRow = (page: Page, label: string) =>
  page
    .getByRole('list', { name: 'The sheet’s steps' })
    .getByRole('listitem')
    .filter({
      has: page.getByRole('heading', { name: label, exact: true }),
    });

const codeButton = (row: Locator, group: string, name: string) =>
  row.getByRole('group', { name: group }).getByRole('button', { name, exact: true });

test('the para prints the day’s data sheet, enters it afterwards with taps, and the review counts it', async ({
  page,
}) => {
  await completeSetup(page);
  await addPara(page);
  await leaveAdultArea(page);
  await seedToday(page, STEPS, { pictureStyle: 'symbol-word', layout: 'list' });
  await seedMathPlan(page);
  await page.reload();

  // The para prints today's sheet.
  await signIn(page, PARA.pin, /Mr\. Lee/);
  await page.getByRole('link', { name: 'Data sheet' }).click();
  const preview = page.getByRole('article', { name: 'What will be printed' });
  const today = new Intl.DateTimeFormat('en', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date());
  await expect(preview).toContainText(`Ana · ${today}`);
  await expect(preview.getByRole('row', { name: /^Math/ })).toContainText('5 s, then V');
  await expectNoAxeViolations(page);

  await page.emulateMedia({ media: 'print' });
  const pages = await pdfPages(await page.pdf({ format: 'Letter' }));
  await page.emulateMedia({ media: 'screen' });
  expect(pages).toHaveLength(1);
  const [sheet = ''] = pages;
  const stepWords = [...sheet.matchAll(/Arrival|Reading|Math|Get pencil|Worksheet|Lunch/g)].map(
    (match) => match[0],
  );
  expect(stepWords).toEqual(IN_ORDER);
  expect(sheet).toContain(`Ana · ${today}`);
  for (const legend of ['I Independent', 'G Gestural', 'V Verbal', 'M Model', 'PP Partial physical'])
    expect(sheet).toContain(legend);
  expect(sheet).toContain('THS Teacher helps start');
  expect(sheet).not.toContain('Print or save as PDF');

  // Afterwards, on a tablet upright: the sheet's codes, one tap each, and one save.
  await page.setViewportSize({ width: 820, height: 1180 });
  await page.getByRole('link', { name: 'Enter a sheet' }).click();
  await expect(page.getByRole('heading', { name: 'Enter a paper sheet', level: 1 })).toBeVisible();
  const taps: [string, string, string][] = [
    ['Arrival', 'How Arrival started', 'I Independent'],
    ['Arrival', 'Support for Arrival', 'I Independent'],
    ['Reading', 'How Reading started', 'V Verbal'],
    ['Math', 'How Math started', 'I Independent'],
    ['Math', 'Support for Math', 'THS Teacher helps start'],
    ['Get pencil', 'How Get pencil started', 'G Gestural'],
  ];
  for (const [step, group, code] of taps) {
    const button = codeButton(entryRow(page, step), group, code);
    await button.scrollIntoViewIfNeeded();
    await expect(button).toBeInViewport({ ratio: 1 });
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
  }
  // Every code of a row fits across the upright tablet.
  const lastCode = codeButton(entryRow(page, 'Lunch'), 'Support for Lunch', 'AST Adult support throughout');
  await lastCode.scrollIntoViewIfNeeded();
  await expect(lastCode).toBeInViewport({ ratio: 1 });
  await expectNoAxeViolations(page);
  const save = page.getByRole('button', { name: 'Save the sheet' });
  await save.scrollIntoViewIfNeeded();
  await expect(save).toBeInViewport({ ratio: 1 });
  await save.click();
  await expect(page.getByRole('status')).toHaveText(`Saved for ${today}: 4 starts and 2 support levels.`);

  // The same code entered again does not give Arrival a second start, and says so.
  await codeButton(entryRow(page, 'Arrival'), 'How Arrival started', 'V Verbal').click();
  await save.click();
  await expect(page.getByRole('status')).toHaveText(
    `Saved for ${today}: 0 starts and 0 support levels. Not entered: Arrival had its start recorded already.`,
  );
  await leaveAdultArea(page);

  // The teacher's review counts the sheet's starts on today: 2 of 4 on their own.
  await page.setViewportSize({ width: 1180, height: 820 });
  await signIn(page, TEACHER.pin, /Ms\. Rivera/);
  await page.getByRole('link', { name: 'Progress' }).click();
  await expect(page.getByRole('article', { name: 'Progress report: Ana' })).toContainText(
    /Independent starts: 50% of 4 steps started on 1 school day/,
  );
});
