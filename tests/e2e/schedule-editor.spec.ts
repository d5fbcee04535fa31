import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { seedToday, storedEvents } from './fixtures/seed';
import { expect, test } from './fixtures/test';
import {
  completeSetup,
  expectNoAxeViolations,
  leaveAdultArea,
  openAdultArea,
  signIn,
  TEACHER,
} from './page-models/app';
import { addStep, makeCard, openStepMore, stepList, stepRow } from './page-models/teacher';

const stepLabels = (page: Page) => stepList(page).locator(':scope > li .step-label').allTextContents();

async function startAndFinish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: 'Done' }).click();
}

const current = (page: Page, label: string) =>
  page
    .locator('[aria-current="step"]')
    .getByRole('button', { name: `Hear ${label}` })
    .first();

test.beforeEach(async ({ page }) => {
  await completeSetup(page);
});

test('a teacher makes cards and a day, and the student follows it to the end with every step recorded', async ({
  page,
}) => {
  const photo = await readFile('public/icon-192.png');
  await page.getByRole('link', { name: 'Cards' }).click();
  await makeCard(page, { label: 'Reading', photo });
  await makeCard(page, {
    label: 'Lunch',
    symbolSearch: 'fork and knife',
    symbolName: 'fork and knife with plate',
  });
  await makeCard(page, { label: 'Math' });
  await makeCard(page, { label: 'Get pencil' });
  await makeCard(page, { label: 'Worksheet' });
  for (const label of ['Assembly', 'Recess', 'Bus']) await makeCard(page, { label });

  await page.getByRole('link', { name: 'Schedules' }).click();
  await expect(page.getByLabel('Which schedule')).toHaveValue('today');
  for (const label of ['Lunch', 'Reading', 'Math', 'Assembly', 'Recess', 'Bus']) await addStep(page, label);
  // Out of order on purpose: the teacher fixes it with the buttons, as with a keyboard.
  await stepRow(page, 'Lunch').getByRole('button', { name: 'Move Lunch down' }).click();
  await expect(page.getByRole('button', { name: 'Move Lunch down' })).toBeFocused();
  await page.keyboard.press('Enter');
  await stepRow(page, 'Assembly').getByRole('button', { name: 'Remove Assembly' }).click();
  await expect.poll(() => stepLabels(page)).toEqual(['Reading', 'Math', 'Lunch', 'Recess', 'Bus']);

  await stepRow(page, 'Reading').getByRole('textbox', { name: 'Reading Timer (minutes)' }).fill('10');
  await page.keyboard.press('Tab');
  const math = stepRow(page, 'Math');
  await openStepMore(page, 'Math');
  for (const label of ['Get pencil', 'Worksheet']) {
    await math.getByLabel('Card for a step inside Math').selectOption({ label });
    await math.getByRole('button', { name: 'Add a step inside Math' }).click();
  }
  await expect(math.getByRole('list', { name: 'Steps inside Math' }).getByRole('listitem')).toHaveText([
    /Get pencil/,
    /Worksheet/,
  ]);
  await expect(page.getByText('Unsaved changes')).toBeVisible();
  await page.getByRole('button', { name: 'Save schedule' }).click();
  await expect(page.getByRole('status').getByText(/^Saved: Today only .* for Ana\.$/)).toBeVisible();
  await expect(page.getByText('Unsaved changes')).toBeHidden();

  await page.getByRole('radio', { name: 'Symbol with word' }).check();
  await page.getByRole('radio', { name: 'First – then' }).check();
  await expect(page.getByRole('status').getByText('Saved. Ana’s screen changes right away.')).toBeVisible();
  await expectNoAxeViolations(page);

  await leaveAdultArea(page);
  const first = page.getByRole('region', { name: 'First' });
  await expect(first.getByRole('button', { name: 'Hear Reading' })).toBeVisible();
  await expect
    .poll(() => first.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBeGreaterThan(0);
  await expect(
    page.getByRole('region', { name: 'Then' }).getByRole('button', { name: 'Hear Math' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByText('Time left: 10 min')).toBeVisible();
  await page.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  const inside = page.getByRole('region', { name: 'Steps for Math' });
  await expect(inside.getByRole('button', { name: 'Hear Get pencil' })).toBeVisible();
  // A mini-step takes one tap: its Done, which names it.
  await page.getByRole('button', { name: 'Done: Get pencil', exact: true }).click();
  // The tick is read back from the log, so it shows once the tap is on disk.
  await expect(inside.getByRole('listitem').filter({ hasText: 'Get pencil' })).toContainText('Finished');

  // A reload in the middle of the mini-schedule comes back to the same step.
  await page.reload();
  await expect(page.getByRole('region', { name: 'Steps for Math' })).toBeVisible();
  await expect(current(page, 'Worksheet')).toBeVisible();
  await page.getByRole('button', { name: 'Done: Worksheet', exact: true }).click();
  await expect(current(page, 'Lunch')).toBeVisible();

  // An adult puts in something different; the student sees it as next before it is current.
  await signIn(page, TEACHER.pin);
  await page.getByLabel('Card for the change').selectOption({ label: 'Assembly' });
  await page.getByRole('button', { name: 'Insert a change' }).click();
  await expect(page.getByRole('status').getByText(/Assembly/)).toBeVisible();
  await leaveAdultArea(page);
  const then = page.getByRole('region', { name: 'Then' });
  await expect(then.getByText('Something different')).toBeVisible();
  await expect(then.getByRole('button', { name: 'Hear Assembly' })).toBeVisible();
  await expectNoAxeViolations(page);

  for (const label of ['Lunch', 'Assembly', 'Recess', 'Bus']) {
    await expect(current(page, label)).toBeVisible();
    await startAndFinish(page);
  }
  await expect(page.getByText('All done!')).toBeVisible();

  const events = await storedEvents(page);
  const taps = events.filter((event) => event.type !== 'step-shown');
  expect(taps.map((event) => `${event.type} ${event.parentStepId ? 'inside' : 'step'}`)).toEqual([
    'step-started step',
    'step-finished step',
    'step-started step',
    'step-started inside',
    'step-finished inside',
    'step-started inside',
    'step-finished inside',
    'step-finished step',
    'change-inserted step',
    'step-started step',
    'step-finished step',
    'step-started step',
    'step-finished step',
    'step-started step',
    'step-finished step',
    'step-started step',
    'step-finished step',
  ]);
  const times = events.map((event) => event.at);
  expect(times).toEqual([...times].sort((a, b) => a - b));
  expect(times.every((at) => Number.isInteger(at) && at > Date.UTC(2026, 0, 1))).toBe(true);
  // Every step was shown before it was started, so its start latency is known.
  for (const started of events.filter((event) => event.type === 'step-started')) {
    const shown = events.find((event) => event.type === 'step-shown' && event.stepId === started.stepId);
    expect(shown?.at).toBeLessThanOrEqual(started.at);
  }

  // Leaving the kiosk asks for the PIN.
  await openAdultArea(page);
  await expect(page.getByLabel(/^PIN for/)).toBeVisible();
});

test('steps are reordered by dragging, copied to a weekday, and unsaved changes are not lost by accident', async ({
  page,
}) => {
  await page.getByRole('link', { name: 'Cards' }).click();
  for (const label of ['Circle', 'Snack', 'Story']) await makeCard(page, { label });
  await page.getByRole('link', { name: 'Schedules' }).click();
  for (const label of ['Circle', 'Snack', 'Story']) await addStep(page, label);

  // Drag Story's handle above Circle, with a finger or a mouse.
  const handle = stepRow(page, 'Story').locator('.drag-handle');
  const target = await stepRow(page, 'Circle').boundingBox();
  if (!target) throw new Error('the Circle step is not on screen');
  await handle.hover();
  await page.mouse.down();
  await page.mouse.move(target.x + 40, target.y + 4, { steps: 8 });
  await expect(stepRow(page, 'Circle')).toHaveClass(/drop-before/);
  await page.mouse.up();
  await expect.poll(() => stepLabels(page)).toEqual(['Story', 'Circle', 'Snack']);

  // Switching to another schedule with unsaved changes asks first; declining keeps them.
  page.once('dialog', (dialog) => void dialog.dismiss());
  await page.getByLabel('Which schedule').selectOption({ label: 'Every Tuesday' });
  await expect(page.getByLabel('Which schedule')).toHaveValue('today');
  await expect.poll(() => stepLabels(page)).toEqual(['Story', 'Circle', 'Snack']);
  await page.getByRole('button', { name: 'Save schedule' }).click();
  await expect(page.getByText('Unsaved changes')).toBeHidden();

  // Tuesday's template is made by copying today's steps, then saved.
  await page.getByLabel('Which schedule').selectOption({ label: 'Every Tuesday' });
  await expect(page.getByText('No steps yet.', { exact: false })).toBeVisible();
  await page.getByText('Copy from another schedule').click();
  await page.getByLabel('Copy from schedule').selectOption({ index: 0 });
  await page.getByRole('button', { name: 'Copy the steps here' }).click();
  await expect(page.getByRole('status').getByText(/^Copied 3 steps from Ana: Today only/)).toBeVisible();
  await expect.poll(() => stepLabels(page)).toEqual(['Story', 'Circle', 'Snack']);
  await page.getByRole('button', { name: 'Save schedule' }).click();
  await expect(page.getByRole('status').getByText('Saved: Every Tuesday for Ana.')).toBeVisible();

  // Editing the template later leaves today as it was saved.
  await stepRow(page, 'Snack').getByRole('button', { name: 'Remove Snack' }).click();
  await page.getByRole('button', { name: 'Save schedule' }).click();
  await expect(page.getByText('Unsaved changes')).toBeHidden();
  await page.getByRole('link', { name: 'Home', exact: true }).click();
  await page.getByRole('link', { name: 'Schedules' }).click();
  await expect(page.getByLabel('Which schedule')).toHaveValue('today');
  await expect.poll(() => stepLabels(page)).toEqual(['Story', 'Circle', 'Snack']);
  await page.getByLabel('Which schedule').selectOption({ label: 'Every Tuesday' });
  await expect(stepRow(page, 'Story')).toBeVisible();
  await expect.poll(() => stepLabels(page)).toEqual(['Story', 'Circle']);

  // Leaving the screen with unsaved changes asks too; declining stays on the editor.
  await stepRow(page, 'Circle').getByRole('button', { name: 'Move Circle up' }).click();
  page.once('dialog', (dialog) => void dialog.dismiss());
  await page.getByRole('link', { name: 'Cards' }).click();
  await expect(page.getByRole('heading', { name: 'Schedules', level: 1 })).toBeVisible();
  await expect.poll(() => stepLabels(page)).toEqual(['Circle', 'Story']);
  await expectNoAxeViolations(page);
});

test('a 7-step day with a mini-schedule fits about two tablet screens, upright or not, in English and Spanish', async ({
  page,
}) => {
  await seedToday(
    page,
    [
      { label: 'Arrival', picture: true },
      { label: 'Circle', minutes: 10, picture: true },
      { label: 'Math', minutes: 20, picture: true, mini: ['Get pencil', 'Worksheet', 'Put away'] },
      { label: 'Snack', picture: true },
      { label: 'Reading', minutes: 15 },
      { label: 'Recess', picture: true },
      { label: 'Bus', picture: true },
    ],
    { pictureStyle: 'symbol-word', layout: 'list' },
  );
  await page.goto('/');
  await signIn(page, TEACHER.pin);
  const languages = [
    {
      code: 'en',
      schedules: 'Schedules',
      editor: /^Ana: Today only/,
      list: 'Steps, in order',
      inside: 'Inside: Get pencil, Worksheet, Put away',
      more: 'More for Math',
      miniList: 'Steps inside Math',
    },
    {
      code: 'es',
      schedules: 'Horarios',
      editor: /^Ana: Solo hoy/,
      list: 'Pasos, en orden',
      inside: 'Dentro: Get pencil, Worksheet, Put away',
      more: 'Más opciones de Math',
      miniList: 'Pasos dentro de Math',
    },
  ];
  for (const words of languages) {
    if (words.code === 'es') {
      await page.getByRole('link', { name: 'Settings' }).click();
      await page
        .getByRole('combobox', { name: 'Language of the adult screens' })
        .selectOption({ label: 'Español' });
    }
    await page.getByRole('link', { name: words.schedules, exact: true }).click();
    const editor = page.getByRole('region', { name: words.editor });
    // One line a step; what sits under "More" is said in words while it is closed.
    const math = page
      .getByRole('list', { name: words.list })
      .getByRole('listitem', { name: 'Math', exact: true });
    await expect(math.getByText(words.inside, { exact: true })).toBeVisible();
    await expect(math.getByRole('list', { name: words.miniList })).toBeHidden();
    // Measured with Math's mini-schedule open, as while the teacher edits it.
    await math.getByRole('button', { name: words.more, exact: true }).click();
    await expect(math.getByRole('list', { name: words.miniList }).getByRole('listitem')).toHaveCount(3);

    for (const screen of [
      { width: 1180, height: 820, name: 'landscape' },
      { width: 820, height: 1180, name: 'upright' },
    ]) {
      await page.setViewportSize(screen);
      const height = (await editor.boundingBox())?.height ?? Number.POSITIVE_INFINITY;
      await editor.screenshot({ path: test.info().outputPath(`editor-${words.code}-${screen.name}.png`) });
      expect(
        height,
        `the editor's height at ${screen.width}×${screen.height} (${words.code})`,
      ).toBeLessThanOrEqual(2 * screen.height);
      // Smaller, not cramped: every control of the editor is still a finger's size.
      const tooSmall = await editor.evaluate((root) =>
        [
          ...root.querySelectorAll(
            'button, select, input:not([type="checkbox"], [type="radio"]), .drag-handle, .step-check-in',
          ),
        ]
          .map((control) => ({ control, box: control.getBoundingClientRect() }))
          .filter(({ box }) => box.width > 0 && (box.width < 48 || box.height < 48))
          .map(({ control, box }) => `${control.outerHTML.slice(0, 80)}: ${box.width}×${box.height}`),
      );
      expect(tooSmall).toEqual([]);
    }
    await expectNoAxeViolations(page);
  }
});
