import type { Page } from '@playwright/test';
import { seedToday, storedEvents } from './fixtures/seed';
import { expect, test } from './fixtures/test';
import { completeSetup, expectNoAxeViolations, leaveAdultArea, signIn, TEACHER } from './page-models/app';

const DAY = [{ label: 'Reading', picture: true }, { label: 'Math' }, { label: 'Lunch' }];

/** The control the switch highlight is on: there is at most one. */
const highlight = (page: Page) => page.locator('.switch-highlight');
/** The teacher's default time on each control in one-switch scanning. */
const SCAN_MS = 2000;

/** The highlight is on this control, which has the focus and is on screen. */
async function highlightIsOn(page: Page, name: string): Promise<void> {
  await expect(highlight(page)).toHaveAccessibleName(name, { timeout: 10_000 });
  await expect(highlight(page)).toBeFocused();
  await expect(highlight(page)).toBeInViewport();
}

/**
 * One switch with the app's clock paused: the highlight moves only when the test moves the clock
 * on by one scan time, so each press lands on the control the test saw highlighted.
 */
async function scanTo(page: Page, name: string): Promise<void> {
  const reached = highlight(page).and(page.getByRole('button', { name, exact: true }));
  for (let moves = 0; moves < 8; moves++) {
    if ((await reached.count()) === 1) return highlightIsOn(page, name);
    await page.clock.runFor(SCAN_MS);
  }
  throw new Error(`the highlight never reached ${name}`);
}

/** The teacher's Access choice for Ana, under Schedules. */
async function chooseAccess(page: Page, mode: RegExp): Promise<void> {
  await page.getByRole('link', { name: 'Schedules' }).click();
  const panel = page.getByRole('region', { name: 'How Ana works the screen' });
  await panel.getByRole('radio', { name: mode }).check();
  await panel.getByRole('button', { name: 'Save access' }).click();
  await expect(panel.getByRole('status')).toHaveText('Saved. Ana’s screen uses it right away.');
}

test('a day driven by switches alone, one switch then two, records what taps record', async ({ page }) => {
  // No voices: a card's words show as a caption, so hearing a card can be seen.
  await page.addInitScript(() => {
    Object.defineProperty(speechSynthesis, 'getVoices', { value: () => [] });
  });
  // The scan runs on the app's clock, which the test moves instead of waiting.
  await page.clock.install();
  await completeSetup(page);
  await chooseAccess(page, /^One switch/);
  await expectNoAxeViolations(page);
  await leaveAdultArea(page);
  await seedToday(page, DAY, { pictureStyle: 'symbol-word', layout: 'list' });
  await page.reload();
  await expect(page.getByRole('button', { name: 'Start' })).toBeEnabled();
  await expect(highlight(page)).toBeInViewport();
  // Axe waits on timers of its own: it runs before the clock is paused.
  await expectNoAxeViolations(page);
  await page.clock.pauseAt(Date.now() + 1000);

  // One switch (Space): the highlight comes round to Start, and a press starts Reading.
  await scanTo(page, 'Start');
  await page.keyboard.press(' ');
  // Done takes the highlight as soon as it takes a tap, half a second after it appears.
  await expect(page.getByRole('button', { name: 'Done' })).toBeVisible();
  await page.clock.runFor(600);
  await highlightIsOn(page, 'Done');
  // The highlight moves on by itself to the next card; a press says it.
  await scanTo(page, 'Hear Math');
  await page.keyboard.press(' ');
  await expect(page.getByRole('status').getByText('Math', { exact: true })).toBeVisible();
  // Round the day and back to Done, which finishes Reading.
  await scanTo(page, 'Done');
  await page.keyboard.press(' ');
  await expect(
    page.locator('[aria-current="step"]').getByRole('button', { name: 'Hear Math' }),
  ).toBeVisible();
  await page.clock.runFor(600);
  await highlightIsOn(page, 'Start');
  await page.clock.resume();

  // Two switches: Space moves, Enter selects; nothing moves by itself.
  await signIn(page, TEACHER.pin);
  await chooseAccess(page, /^Two switches/);
  await leaveAdultArea(page);
  await highlightIsOn(page, 'Start');
  await page.keyboard.press(' ');
  await highlightIsOn(page, 'Hear Lunch');
  await page.keyboard.press(' ');
  await highlightIsOn(page, 'Hear Reading');
  await page.keyboard.press(' ');
  await page.keyboard.press(' ');
  await highlightIsOn(page, 'Start');
  await page.keyboard.press('Enter');
  await highlightIsOn(page, 'Done');
  await page.keyboard.press('Enter');
  await highlightIsOn(page, 'Start');
  await expect(
    page.locator('[aria-current="step"]').getByRole('button', { name: 'Hear Lunch' }),
  ).toBeVisible();

  // The same records as the student's own taps: two steps started on their own and finished.
  const taps = (await storedEvents(page)).filter(
    (event) => event.type === 'step-started' || event.type === 'step-finished',
  );
  expect(taps.map(({ type, prompt, actor }) => ({ type, prompt, actor }))).toEqual([
    { type: 'step-started', prompt: 'independent', actor: { kind: 'student' } },
    { type: 'step-finished', prompt: undefined, actor: { kind: 'student' } },
    { type: 'step-started', prompt: 'independent', actor: { kind: 'student' } },
    { type: 'step-finished', prompt: undefined, actor: { kind: 'student' } },
  ]);
});
