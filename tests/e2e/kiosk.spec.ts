import type { Layout } from '../../src/domain/presentation';
import { type SeedStep, seedToday, storedEvents } from './fixtures/seed';
import { expect, test } from './fixtures/test';
import {
  completeSetup,
  expectNoAxeViolations,
  leaveAdultArea,
  openAdultArea,
  signIn,
  TEACHER,
} from './page-models/app';
import {
  countStepTaps,
  DAY_OF_PICTURES,
  doTheStepInView,
  finishTheMiniStep,
  finishTheStep,
  startTheStep,
} from './page-models/kiosk';

const DAY: SeedStep[] = [
  { label: 'Reading', picture: true, minutes: 15 },
  { label: 'Math', mini: ['Get pencil', 'Worksheet'] },
  { label: 'Lunch', picture: true },
];

test.beforeEach(async ({ page }) => {
  await completeSetup(page);
  await leaveAdultArea(page);
});

// Landscape is where height runs short: every layout keeps Start and Done whole on screen, at
// every step and mini-step (kiosk-in-view.spec.ts does the same upright).
for (const layout of ['list', 'strip', 'first-then', 'now-next'] satisfies Layout[]) {
  test(`the ${layout} layout shows the current and next steps, takes taps with Start and Done on screen, and passes axe`, async ({
    page,
  }) => {
    await seedToday(page, DAY_OF_PICTURES, { pictureStyle: 'symbol-word', layout });
    await page.reload();

    await expect(page.getByRole('button', { name: 'Hear Arrival' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Hear Math' })).toBeVisible();
    await expectNoAxeViolations(page);

    await startTheStep(page);
    await expect(page.getByText('Time left: 10 min')).toBeVisible();
    await finishTheStep(page);
    await expect(
      page.locator('[aria-current="step"]').getByRole('button', { name: 'Hear Math' }),
    ).toBeVisible();
    await expectNoAxeViolations(page);

    // Math opens its mini-schedule: one Done, naming it, finishes each of its steps.
    const taps = await countStepTaps(page);
    await startTheStep(page);
    await expect(page.getByRole('region', { name: 'Steps for Math' })).toBeVisible();
    if (layout === 'first-then') {
      // First and then stay two equal halves with the mini-schedule open inside "first".
      const halves = await page
        .locator('.focus-layout')
        .evaluate((element) => getComputedStyle(element).gridTemplateColumns.split(' '));
      expect(halves).toHaveLength(2);
      expect(halves[0]).toBe(halves[1]);
    }
    for (const mini of ['Get pencil', 'Worksheet', 'Hand in']) await finishTheMiniStep(page, mini);
    expect(await taps()).toBe(1 + 3);
    await doTheStepInView(page);
    await expect(page.getByText('All done!')).toBeInViewport();
  });
}

const LONG_DAY: SeedStep[] = ['Arrival', 'Reading', 'Math', 'Lunch', 'Recess', 'Art', 'Music', 'Bus'].map(
  (label) => ({ label, picture: true }),
);

for (const layout of ['list', 'strip'] satisfies Layout[]) {
  test(`the ${layout} keeps the current step on screen as the day goes on`, async ({ page }) => {
    await seedToday(page, LONG_DAY, { pictureStyle: 'symbol-word', layout });
    await page.reload();
    for (const { label } of LONG_DAY.slice(0, 5)) {
      // Checked before each tap: Playwright scrolls a button into view itself when it taps it.
      const start = page.getByRole('button', { name: 'Start' });
      await expect(
        page.locator('[aria-current="step"]').getByRole('button', { name: `Hear ${label}` }),
      ).toBeInViewport();
      await expect(start).toBeInViewport();
      await start.click();
      const done = page.getByRole('button', { name: 'Done' });
      await expect(done).toBeInViewport();
      await done.click();
    }
  });
}

test('a mini-schedule opens inside its step and is followed the same way', async ({ page }) => {
  await seedToday(page, DAY, { pictureStyle: 'word', layout: 'now-next' });
  await page.reload();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: 'Done' }).click();

  await page.getByRole('button', { name: 'Start' }).click();
  const inside = page.getByRole('region', { name: 'Steps for Math' });
  await expect(inside.getByRole('button', { name: 'Hear Get pencil' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Done: Get pencil', exact: true }).click();
  await page.getByRole('button', { name: 'Done: Worksheet', exact: true }).click();

  await expect(
    page.locator('[aria-current="step"]').getByRole('button', { name: 'Hear Lunch' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByText('All done!')).toBeVisible();

  // Each mini-step is shown, started and finished: its Done records its start too, untimed.
  const events = await storedEvents(page);
  const shown = events.filter((event) => event.type === 'step-shown').length;
  const started = events.filter((event) => event.type === 'step-started');
  const finished = events.filter((event) => event.type === 'step-finished').length;
  expect({ shown, started: started.length, finished }).toEqual({ shown: 5, started: 5, finished: 5 });
  expect(started.filter((event) => event.untimed).map((event) => event.prompt)).toEqual([
    'independent',
    'independent',
  ]);
});

test('a reload in the middle of the day resumes at the same step', async ({ page }) => {
  await seedToday(page, DAY, { pictureStyle: 'symbol-word', layout: 'now-next' });
  await page.reload();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('region', { name: 'Steps for Math' })).toBeVisible();

  await page.reload();

  await expect(
    page.locator('[aria-current="step"]').getByRole('button', { name: 'Hear Math' }).first(),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Steps for Math' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Done: Get pencil', exact: true })).toBeVisible();
  const events = await storedEvents(page);
  expect(events.filter((event) => event.type === 'step-finished')).toHaveLength(1);
});

test('tapping a card on a device without voices shows its words instead, without an error', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(speechSynthesis, 'getVoices', { value: () => [] });
  });
  await seedToday(page, DAY, { pictureStyle: 'symbol', layout: 'now-next' });
  await page.reload();

  await page.getByRole('button', { name: 'Hear Reading' }).click();

  await expect(page.getByRole('status').getByText('Reading')).toBeVisible();
});

test('a change card shows clearly as next before it becomes current', async ({ page }) => {
  await seedToday(page, [{ label: 'Reading' }, { label: 'Assembly', isChange: true }, { label: 'Math' }], {
    pictureStyle: 'word',
    layout: 'first-then',
  });
  await page.reload();

  const then = page.getByRole('region', { name: 'Then' });
  await expect(then.getByText('Something different')).toBeVisible();
  await expect(then.getByRole('button', { name: 'Hear Assembly' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the kiosk is left only by holding the adult corner, and then only with the PIN', async ({ page }) => {
  await page.getByRole('button', { name: 'Adults: press and hold' }).click();
  await expect(page.getByRole('heading', { name: 'Hello, Ana' })).toBeVisible();

  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Hello, Ana' })).toBeVisible();

  await openAdultArea(page);
  await expect(page.getByLabel(/^PIN for/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Students' })).toHaveCount(0);
});

test('an adult who leaves by the browser’s back button is signed out: the PIN is asked again', async ({
  page,
}) => {
  // As the tablet starts: the kiosk alone, before any adult opened the adult area.
  await page.reload();
  await signIn(page, TEACHER.pin);
  await expect(page.getByRole('heading', { name: 'Teacher', level: 1 })).toBeVisible();

  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Hello, Ana' })).toBeVisible();
  // Forward stays on the kiosk (or reaches the PIN), never the open adult area.
  await page.goForward();
  await expect(
    page.getByLabel(/^PIN for/).or(page.getByRole('heading', { name: 'Hello, Ana' })),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Teacher', level: 1 })).toHaveCount(0);
  await openAdultArea(page);
  await expect(page.getByLabel(/^PIN for/)).toBeVisible();
});
