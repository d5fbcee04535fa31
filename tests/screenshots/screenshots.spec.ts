import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import type { Presentation } from '../../src/domain/presentation';
import { type SeedStep, seedToday } from '../e2e/fixtures/seed';
import { seedEarlierStarts } from '../e2e/fixtures/seed-days';
import { seedBoard, seedTokenPlan } from '../e2e/fixtures/seed-tokens';
import { expect, test } from '../e2e/fixtures/test';
import {
  completeSetup,
  FIRST_STUDENT,
  leaveAdultArea,
  openAdultArea,
  signIn,
  TEACHER,
} from '../e2e/page-models/app';
import { openParaBar, paraBar, planActivity } from '../e2e/page-models/para';
import { symbol } from './symbols';

// The README's screenshots of the production build on a classroom tablet. Run with
// `npm run screenshots`; not part of `npm test`.

/** A realistic school day, with a timer on Reading and a mini-schedule inside Math. */
const DAY: SeedStep[] = [
  { label: 'Arrival', picture: symbol('backpack') },
  { label: 'Reading', picture: symbol('books'), minutes: 15 },
  {
    label: 'Math',
    picture: symbol('abacus'),
    mini: [
      { label: 'Get pencil', picture: symbol('pencil') },
      { label: 'Worksheet', picture: symbol('page-facing-up') },
      { label: 'Check work', picture: symbol('magnifying-glass-tilted-left') },
    ],
  },
  { label: 'Lunch', picture: symbol('fork-and-knife-with-plate') },
  { label: 'Recess', picture: symbol('person-running') },
  { label: 'Art', picture: symbol('artist-palette') },
  { label: 'Bus', picture: symbol('bus') },
];

const shot = (name: string) => fileURLToPath(new URL(`../../docs/screenshots/${name}.png`, import.meta.url));

async function save(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  await page.screenshot({ path: shot(name), animations: 'disabled', ...options });
}

test.beforeEach(async ({ page }) => {
  // Still pictures: no entrance movement caught half-way.
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

/** Sets up the tablet, plans today and opens the kiosk on it. */
async function openDay(page: Page, presentation: Presentation, steps: SeedStep[] = DAY): Promise<void> {
  // A controllable clock, so a running timer can be shown part-way without waiting for it.
  await page.clock.install();
  await completeSetup(page);
  await leaveAdultArea(page);
  await seedToday(page, steps, presentation);
  await page.reload();
  await expect(page.getByRole('heading', { name: `Hello, ${FIRST_STUDENT}` })).toBeVisible();
  await expect(page.locator('[aria-current="step"]').first()).toBeVisible();
}

/** Every card on screen shows its picture, fully decoded (or none, in the word-only style). */
async function picturesReady(page: Page, pictures: boolean): Promise<void> {
  await page.waitForFunction((pictures) => {
    const faces = [...document.querySelectorAll('.card-face')];
    return (
      faces.length > 0 &&
      faces.every((face) => {
        const img = face.querySelector('img');
        if (!pictures) return img === null;
        return img?.complete === true && img.naturalWidth > 0;
      })
    );
  }, pictures);
}

const currentIs = (page: Page, label: string) =>
  expect(
    page
      .locator('[aria-current="step"]')
      .getByRole('button', { name: `Hear ${label}` })
      .first(),
  ).toBeVisible();

/** Taps Start then Done on the current step, as the student does. */
async function finishCurrent(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('button', { name: 'Done', exact: true }).click();
}

/** Arrival is finished and Reading has been going for 6 of its 15 minutes. */
async function midReading(page: Page): Promise<void> {
  await finishCurrent(page);
  await currentIs(page, 'Reading');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByText('Time left: 15 min')).toBeVisible();
  await page.clock.fastForward('06:00');
  await expect(page.getByText('Time left: 9 min')).toBeVisible();
}

/**
 * Scrolls from the top just far enough to show the whole current step, as a student would;
 * Playwright's own scrolling to tap a button leaves the page anywhere.
 */
async function showCurrent(page: Page): Promise<void> {
  await page.locator('.current-step').evaluate((step) => {
    window.scrollTo(0, 0);
    step.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  });
}

/** A kiosk screenshot once every picture is ready, with the current step in view. */
async function kioskShot(page: Page, name: string, { pictures = true } = {}): Promise<void> {
  await picturesReady(page, pictures);
  await showCurrent(page);
  await save(page, name);
}

// The list is a long column: on a landscape tablet it is shown as the day begins, and with a step
// finished and a timer running in portrait below.
test('the list layout', async ({ page }) => {
  await openDay(page, { pictureStyle: 'symbol-word', layout: 'list' });
  await currentIs(page, 'Arrival');
  await kioskShot(page, 'kiosk-list');
});

for (const layout of ['strip', 'first-then', 'now-next'] as const) {
  test(`the ${layout} layout`, async ({ page }) => {
    await openDay(page, { pictureStyle: 'symbol-word', layout });
    await midReading(page);
    await kioskShot(page, `kiosk-${layout}`);
  });
}

test.describe('portrait', () => {
  test.use({ viewport: { width: 820, height: 1180 } });

  test('the list layout on a tablet held upright', async ({ page }) => {
    await openDay(page, { pictureStyle: 'symbol-word', layout: 'list' });
    await midReading(page);
    await kioskShot(page, 'kiosk-portrait');
  });
});

test('pictures only, in the photo style', async ({ page }) => {
  await openDay(page, { pictureStyle: 'photo', layout: 'first-then' });
  await finishCurrent(page);
  await currentIs(page, 'Reading');
  await kioskShot(page, 'kiosk-photo-style');
});

test('words only', async ({ page }) => {
  await openDay(page, { pictureStyle: 'word', layout: 'list' });
  await finishCurrent(page);
  await currentIs(page, 'Reading');
  await kioskShot(page, 'kiosk-word-only', { pictures: false });
});

test('a mini-schedule open inside Math', async ({ page }) => {
  await openDay(page, { pictureStyle: 'symbol-word', layout: 'now-next' });
  await finishCurrent(page);
  await finishCurrent(page);
  await currentIs(page, 'Math');
  await page.getByRole('button', { name: 'Start' }).click();
  const inside = page.getByRole('region', { name: 'Steps for Math' });
  await expect(inside.getByRole('button', { name: 'Hear Get pencil' })).toBeVisible();
  // Get pencil is done (one tap on its Done) and Worksheet is under way.
  await page.getByRole('button', { name: 'Done: Get pencil', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Done: Worksheet', exact: true })).toBeEnabled();
  await expect(
    inside.locator('[aria-current="step"]').getByRole('button', { name: 'Hear Worksheet' }),
  ).toBeVisible();
  await kioskShot(page, 'kiosk-mini-schedule');
});

test('a change card coming next', async ({ page }) => {
  const [arrival, reading, ...rest] = DAY;
  if (!arrival || !reading) throw new Error('the day starts with Arrival and Reading');
  await openDay(page, { pictureStyle: 'symbol-word', layout: 'first-then' }, [
    arrival,
    reading,
    { label: 'Assembly', picture: symbol('school'), isChange: true },
    ...rest,
  ]);
  await finishCurrent(page);
  await currentIs(page, 'Reading');
  await expect(page.getByRole('region', { name: 'Then' }).getByText('Something different')).toBeVisible();
  await kioskShot(page, 'kiosk-change');
});

// The token board at the top of the day: choosing what to work for, tokens from finished steps,
// the full board, and reward time with its timer.
test('the token board', async ({ page }) => {
  await openDay(
    page,
    { pictureStyle: 'symbol-word', layout: 'now-next' },
    DAY.filter((step) => !step.mini),
  );
  await seedBoard(page, 'Working for', [
    { label: 'Puzzle', svg: symbol('puzzle-piece') },
    { label: 'Slide', svg: symbol('playground-slide') },
    { label: 'Music', svg: symbol('headphone') },
    { label: 'Bubbles', svg: symbol('bubbles') },
  ]);
  await seedTokenPlan(page, { spots: 5, fromSteps: true, rewardMinutes: 5 }, 'Working for');
  await page.reload();
  const strip = page.getByRole('region', { name: 'My tokens' });
  const tokensShot = async (name: string) => {
    await picturesReady(page, true);
    await page.evaluate(() => window.scrollTo(0, 0));
    await save(page, name);
  };

  await strip.getByRole('button', { name: 'Choose what you work for' }).click();
  await strip.getByRole('button', { name: 'Puzzle', exact: true }).click();
  await tokensShot('kiosk-tokens-choose');

  await strip.getByRole('button', { name: 'I want Puzzle' }).click();
  // The card's words, shown while there is no voice, have gone by the next picture.
  await page.clock.fastForward('00:05');
  await finishCurrent(page);
  await finishCurrent(page);
  await expect(strip.getByText('2 of 5 tokens')).toBeVisible();
  await tokensShot('kiosk-tokens');

  for (let step = 0; step < 3; step++) await finishCurrent(page);
  await expect(strip.getByText('You did it! Time for Puzzle')).toBeVisible();
  await tokensShot('kiosk-tokens-full');

  await strip.getByRole('button', { name: 'Start reward time' }).click();
  await page.clock.fastForward('02:00');
  await expect(strip.getByText('Time left: 3 min')).toBeVisible();
  await tokensShot('kiosk-tokens-reward');
});

// Para mode: a fading suggestion on the teacher's home after three days of Arrival on her own,
// and the para bar beside the kiosk when the time delay is over.
test('a fading suggestion and the para bar', async ({ page }) => {
  const now = Date.now();
  await page.clock.install({ time: now - 7 * 24 * 60 * 60 * 1000 });
  await completeSetup(page);
  await leaveAdultArea(page);
  await seedToday(page, DAY, { pictureStyle: 'symbol-word', layout: 'now-next' });
  await page.reload();
  await signIn(page, TEACHER.pin);
  await planActivity(page, {
    activity: 'Arrival',
    now: { wait: 5, prompt: 'Verbal' },
    next: { wait: 10, prompt: 'Gestural' },
    percent: 80,
    days: 3,
  });
  await leaveAdultArea(page);
  await page.clock.setSystemTime(now);
  await seedEarlierStarts(
    page,
    'Arrival',
    [3, 2, 1].map((schoolDaysAgo) => ({ schoolDaysAgo, prompt: 'independent' as const })),
  );
  await page.reload();

  await signIn(page, TEACHER.pin);
  await expect(page.getByRole('region', { name: 'Ready to give less help' })).toBeVisible();
  await save(page, 'fading-suggestion');

  await openParaBar(page);
  await page.clock.fastForward('00:10');
  await expect(paraBar(page).getByText('Prompt now: Verbal')).toBeVisible();
  await picturesReady(page, true);
  await save(page, 'kiosk-para-bar');
});

test('setup, the teacher’s home, settings and the adult gate', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Welcome to On My Own' })).toBeVisible();
  await page.getByLabel('Your name').fill(TEACHER.name);
  await page.getByLabel('Teacher PIN (4 to 8 digits)').fill(TEACHER.pin);
  await page.getByLabel('Type the PIN again').fill(TEACHER.pin);
  await page.getByLabel('First student’s name').fill(FIRST_STUDENT);
  await save(page, 'setup');

  await page.getByRole('button', { name: 'Finish setup' }).click();
  await expect(page.getByRole('heading', { name: 'Teacher', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Students' })).toBeVisible();
  await save(page, 'teacher-home', { fullPage: true });

  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await expect(page.getByText(/used of .* available/)).toBeVisible();
  await expect(page.getByTestId('storage-persistence')).toHaveText(/^Storage is (not )?protected/);
  await save(page, 'settings');

  await leaveAdultArea(page);
  await openAdultArea(page);
  await expect(page.getByLabel(/^PIN for/)).toBeVisible();
  await save(page, 'adult-gate');
});

test('the card editor and the schedule editor', async ({ page }) => {
  await openDay(page, { pictureStyle: 'symbol-word', layout: 'list' });
  await openAdultArea(page);
  await page.getByLabel(/^PIN for/).fill(TEACHER.pin);
  await page.getByRole('button', { name: 'Open', exact: true }).click();

  await page.getByRole('link', { name: 'Cards' }).click();
  await page.getByRole('textbox', { name: 'Label' }).fill('Lunch');
  await page.getByRole('searchbox', { name: 'Search symbols' }).fill('fork');
  await page.getByRole('button', { name: 'fork and knife with plate', exact: true }).click();
  await expect(
    page.getByRole('figure', { name: 'Chosen symbol: fork and knife with plate' }).locator('img'),
  ).toBeVisible();
  await save(page, 'cards');

  await page.getByRole('link', { name: 'Schedules' }).click();
  await expect(
    page.getByRole('list', { name: 'Steps, in order' }).getByRole('listitem').first(),
  ).toBeVisible();
  await page.waitForFunction(() => {
    const pictures = [...document.querySelectorAll<HTMLImageElement>('.step-picture')];
    return pictures.length === 7 && pictures.every((img) => img.complete && img.naturalWidth > 0);
  });
  await save(page, 'schedule-editor', { fullPage: true });
});
