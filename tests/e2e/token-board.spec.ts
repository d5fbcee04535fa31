import type { Page } from '@playwright/test';
import { seedToday, storedEvents } from './fixtures/seed';
import { seedBoard } from './fixtures/seed-tokens';
import { expect, test } from './fixtures/test';
import { completeSetup, expectNoAxeViolations, leaveAdultArea, signIn, TEACHER } from './page-models/app';

const LEGO_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect x="3" y="12" width="26" height="16" rx="2" fill="#c8102e"/><rect x="7" y="7" width="6" height="6" fill="#c8102e"/><rect x="19" y="7" width="6" height="6" fill="#c8102e"/></svg>';
const SWING_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><path d="M4 4h24M10 4v18M22 4v18" stroke="#1d4f7a" stroke-width="2"/><rect x="8" y="22" width="16" height="4" fill="#1d4f7a"/></svg>';

const tokenStrip = (page: Page) => page.getByRole('region', { name: 'My tokens' });

/** The student taps Start and then Done on the step to do now. */
async function finishStep(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('button', { name: 'Done', exact: true }).click();
}

test('the token board fills by taps and by finished steps, celebrates, runs the reward timer, resets', async ({
  page,
}) => {
  // The app reads time through its clock, so the reward's minutes pass at the test's command.
  await page.clock.install();
  await completeSetup(page);
  await leaveAdultArea(page);
  await seedToday(page, [{ label: 'Reading', picture: true }, { label: 'Math' }, { label: 'Lunch' }], {
    pictureStyle: 'symbol-word',
    layout: 'list',
  });
  const cards = await seedBoard(page, 'Working for', [
    { label: 'Lego', svg: LEGO_SVG },
    { label: 'Swing', svg: SWING_SVG },
  ]);
  // Seeds are written past Dexie, whose cached live queries would not see them: start afresh.
  await page.reload();

  // The teacher gives Ana a board of 3 tokens, a token for each finished step, 2 minutes of reward.
  await signIn(page, TEACHER.pin);
  await page.getByRole('link', { name: 'Schedules' }).click();
  const plan = page.getByRole('region', { name: 'Token board for Ana' });
  await plan.getByRole('checkbox', { name: 'Use a token board' }).check();
  await plan.getByLabel('Tokens to fill the board').selectOption('3');
  await expect(plan.getByRole('checkbox', { name: 'A token for each finished step' })).toBeChecked();
  await plan.getByLabel('What Ana can work for (a choice board)').selectOption({ label: 'Working for' });
  await plan.getByLabel('Reward time in minutes (1 to 60)').fill('2');
  await plan.getByRole('button', { name: 'Save the token board' }).click();
  await expect(plan.getByRole('status')).toHaveText('The token board of Ana was saved.');
  await leaveAdultArea(page);

  // Ana chooses what she works for: a first tap on a card says it, the button chooses it.
  const strip = tokenStrip(page);
  await expect(strip.getByText('0 of 3 tokens')).toBeVisible();
  await expectNoAxeViolations(page);
  await strip.getByRole('button', { name: 'Choose what you work for' }).click();
  await expect(strip.getByRole('heading', { name: 'What do you want to work for?' })).toBeVisible();
  await expectNoAxeViolations(page);
  const lego = strip.getByRole('button', { name: 'Lego', exact: true });
  await lego.click();
  await expect(lego).toHaveAttribute('aria-pressed', 'true');
  await strip.getByRole('button', { name: 'I want Lego' }).click();
  await expect(strip.getByText('I am working for')).toBeVisible();
  await expect(strip.getByRole('button', { name: 'Hear Lego' })).toBeVisible();

  // One token from an adult's tap, in the Today panel behind the PIN.
  await signIn(page, TEACHER.pin);
  const today = page.getByRole('region', { name: 'Today for Ana' });
  await expect(today.getByText('0 of 3 tokens')).toBeVisible();
  await expect(today.getByText('Working for: Lego')).toBeVisible();
  await today.getByRole('button', { name: 'Give Ana a token' }).click();
  await expect(today.getByText('1 of 3 tokens')).toBeVisible();
  await leaveAdultArea(page);
  await expect(strip.getByText('1 of 3 tokens')).toBeVisible();

  // Two from finished steps; the full board celebrates calmly.
  await finishStep(page);
  await expect(strip.getByText('2 of 3 tokens')).toBeVisible();
  await finishStep(page);
  await expect(strip.getByText('3 of 3 tokens')).toBeVisible();
  await expect(strip.getByText('You did it! Time for Lego')).toBeVisible();
  await expect(strip).toHaveClass(/\bfull\b/);
  await expectNoAxeViolations(page);

  // Reward time, with its timer; when the minutes are over the board starts again.
  await strip.getByRole('button', { name: 'Start reward time' }).click();
  await expect(strip.getByText('Time for Lego')).toBeVisible();
  await expect(strip.getByText('Time left: 2 min')).toBeVisible();
  // The day waits behind reward time: no step asks to be started until it is over.
  const dayStep = page.locator('[aria-current="step"]');
  await expect(dayStep).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.clock.fastForward('01:00');
  await expect(strip.getByText('Time left: 1 min')).toBeVisible();
  await expect(dayStep).toHaveCount(0);
  await page.clock.fastForward('01:01');
  await expect(strip.getByText('0 of 3 tokens')).toBeVisible();
  await expect(dayStep.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  await expect(strip.getByRole('button', { name: 'Choose what you work for' })).toBeVisible();

  const events = await storedEvents(page);
  const count = (type: string) => events.filter((event) => event.type === type).length;
  expect({
    tokens: count('token-given'),
    rewards: count('reward-used'),
    chosen: count('reinforcer-chosen'),
  }).toEqual({ tokens: 3, rewards: 1, chosen: 1 });
  expect(events.find((event) => event.type === 'reward-used')?.cardId).toBe(cards.get('Lego')?.id);
});

test('a student without a token board sees no token board', async ({ page }) => {
  await completeSetup(page);
  await leaveAdultArea(page);
  await seedToday(page, [{ label: 'Reading' }], { pictureStyle: 'word', layout: 'list' });
  await page.reload();
  await expect(page.getByRole('button', { name: 'Hear Reading' })).toBeVisible();
  await expect(tokenStrip(page)).toHaveCount(0);
});
