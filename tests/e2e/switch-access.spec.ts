import type { Page } from '@playwright/test';
import { seedToday, storedEvents } from './fixtures/seed';
import { expect, test } from './fixtures/test';
import { completeSetup, expectNoAxeViolations, leaveAdultArea, signIn, TEACHER } from './page-models/app';

const DAY = [{ label: 'Reading', picture: true }, { label: 'Math' }, { label: 'Lunch' }];

/** The control the switch highlight is on: there is at most one. */
const highlight = (page: Page) => page.locator('.switch-highlight');

/**
 * Waits for the highlight to reach a control, as the student watches it, and checks that it is
 * the focus and on screen. Waits in the page, on every frame, so a press that follows lands
 * well inside the scan's time on the control.
 */
async function highlightReaches(page: Page, name: string): Promise<void> {
  await highlight(page)
    .and(page.getByRole('button', { name, exact: true }))
    .waitFor();
  await expect(highlight(page)).toBeFocused();
  await expect(highlight(page)).toBeInViewport();
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
  await completeSetup(page);
  await chooseAccess(page, /^One switch/);
  await expectNoAxeViolations(page);
  await leaveAdultArea(page);
  await seedToday(page, DAY, { pictureStyle: 'symbol-word', layout: 'list' });
  await page.reload();

  // One switch (Space), 2 s on each control: a new step's Start takes the highlight at once.
  await highlightReaches(page, 'Start');
  await expectNoAxeViolations(page);
  // Axe takes a while: the highlight has moved on meanwhile, and comes round to Start again.
  await highlightReaches(page, 'Start');
  await page.keyboard.press(' ');
  await highlightReaches(page, 'Done');
  // The highlight moves on by itself to the next card; a press says it.
  await highlightReaches(page, 'Hear Math');
  await page.keyboard.press(' ');
  await expect(page.getByRole('status').getByText('Math', { exact: true })).toBeVisible();
  // Round the day and back to Done, which finishes Reading.
  await highlightReaches(page, 'Done');
  await page.keyboard.press(' ');
  await highlightReaches(page, 'Start');
  await expect(
    page.locator('[aria-current="step"]').getByRole('button', { name: 'Hear Math' }),
  ).toBeVisible();

  // Two switches: Space moves, Enter selects; nothing moves by itself.
  await signIn(page, TEACHER.pin);
  await chooseAccess(page, /^Two switches/);
  await leaveAdultArea(page);
  await highlightReaches(page, 'Start');
  await page.keyboard.press(' ');
  await highlightReaches(page, 'Hear Lunch');
  await page.keyboard.press(' ');
  await highlightReaches(page, 'Hear Reading');
  await page.keyboard.press(' ');
  await page.keyboard.press(' ');
  await highlightReaches(page, 'Start');
  await page.keyboard.press('Enter');
  await highlightReaches(page, 'Done');
  await page.keyboard.press('Enter');
  await highlightReaches(page, 'Start');
  await expect(
    page.locator('[aria-current="step"]').getByRole('button', { name: 'Hear Lunch' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

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
