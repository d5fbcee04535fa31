import type { Page } from '@playwright/test';
import { type StoredEvent, seedToday, storedEvents } from './fixtures/seed';
import { expect, test } from './fixtures/test';
import { completeSetup, expectNoAxeViolations, leaveAdultArea, signIn, TEACHER } from './page-models/app';

const WORKING_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect x="4" y="6" width="24" height="16" rx="2" fill="#1d4f7a"/><rect x="10" y="24" width="12" height="3" fill="#1d4f7a"/></svg>';

/** A stored event with the fields of self-checks. */
type SelfCheckEvent = StoredEvent & {
  targetId?: string;
  answer?: string | number;
  prompt?: { kind: string; dueAt?: number; stepId?: string };
  checkRequested?: boolean;
  answerEvent?: string;
  adultCheck?: string;
  matched?: boolean;
  difference?: number;
};

async function selfCheckEvents(page: Page) {
  const events = (await storedEvents(page)) as SelfCheckEvent[];
  const ofType = (type: string) => events.filter((event) => event.type === type);
  return {
    answers: ofType('self-check-answered'),
    checks: ofType('adult-check'),
    outcomes: ofType('check-matched'),
  };
}

const selfCheckCard = (page: Page) => page.getByRole('region', { name: 'My self-check' });
const newTarget = (page: Page) => page.getByRole('region', { name: 'New self-check for Ana' });

/** From the kiosk to the Self-checks screen, behind the teacher's PIN. */
async function openSelfChecks(page: Page): Promise<void> {
  await signIn(page, TEACHER.pin);
  await page.getByRole('link', { name: 'Self-checks' }).click();
  await expect(page.getByRole('heading', { name: 'Self-checks', level: 1 })).toBeVisible();
}

test.beforeEach(async ({ page }) => {
  // The app reads time through its clock, so the minutes between questions pass at the test's command.
  await page.clock.install();
  await completeSetup(page);
  await leaveAdultArea(page);
  await seedToday(page, [{ label: 'Working', picture: WORKING_SVG }, { label: 'Lunch' }], {
    pictureStyle: 'symbol-word',
    layout: 'list',
  });
  // Seeds are written past Dexie, whose cached live queries would not see them: start afresh.
  await page.reload();
});

test('a yes/no question every minute: one check matches, one does not, an unanswered one lapses; all stored', async ({
  page,
}) => {
  // The teacher asks "Was I working?" with its picture every minute, checked every time.
  await openSelfChecks(page);
  await expect(page.getByText('Ana has no self-checks yet. Make the first one below.')).toBeVisible();
  await expectNoAxeViolations(page);
  const form = newTarget(page);
  await form.getByLabel('Question, in the student’s own words').fill('Was I working?');
  await form.getByLabel('Picture for the question').selectOption({ label: 'Working' });
  await form.getByRole('button', { name: 'Use this picture' }).click();
  await expect(form.getByText('Picture: Working')).toBeVisible();
  await expect(form.getByRole('radio', { name: 'Yes or no' })).toBeChecked();
  await expect(form.getByRole('radio', { name: 'Every few minutes' })).toBeChecked();
  await form.getByLabel('Ask every').selectOption({ label: '1 minute' });
  await form.getByRole('checkbox', { name: 'Show the student the time until the next question' }).check();
  await expect(form.getByRole('radio', { name: 'Every time' })).toBeChecked();
  await form.getByRole('button', { name: 'Save the self-check' }).click();
  await expect(form.getByRole('status')).toHaveText('Saved: “Was I working?” for Ana.');
  const list = page.getByRole('region', { name: 'Self-checks for Ana' });
  await expect(list.getByText('Yes or no, every 1 minute. Adult checks: Every time.')).toBeVisible();
  await expectNoAxeViolations(page);
  await leaveAdultArea(page);

  // The kiosk counts down to the question, then asks it; each answer closes the card.
  await expect(page.getByText(/^Next check in (1:00|0:5\d)$/)).toBeVisible();
  await expect(selfCheckCard(page)).toHaveCount(0);
  await expectNoAxeViolations(page);
  // Each moment is checked blind by the adult before the next question: the question and the
  // time, never Ana's answer.
  const today = page.getByRole('region', { name: 'Today for Ana' });
  const checks = today.getByRole('group', { name: /^Check: “Was I working\?” \(Ana at .+\)$/ });
  const answerQuestion = async () => {
    // The countdown shows once the day is read: the minute passes on a kiosk that is running.
    await expect(page.getByText(/^Next check in \d:\d\d$/)).toBeVisible();
    await page.clock.fastForward('01:00');
    const card = selfCheckCard(page);
    await expect(card.getByRole('button', { name: 'Hear: Was I working?' })).toBeVisible();
    await expect(card.locator('img')).toBeVisible();
    await expectNoAxeViolations(page);
    await card.getByRole('button', { name: 'Yes', exact: true }).click();
    await expect(selfCheckCard(page)).toHaveCount(0);
    await expect(page.getByText(/^Next check in 0:\d\d$/)).toBeVisible();
  };
  for (const [adult, said] of [
    ['Yes', 'Match: Ana also said “Yes”.'],
    ['No', 'Not the same: Ana said “Yes”, you said “No”.'],
  ] as const) {
    await answerQuestion();
    await signIn(page, TEACHER.pin);
    await expect(checks).toHaveCount(1);
    await expect(today.getByText(/said/)).toHaveCount(0);
    await expectNoAxeViolations(page);
    await checks.getByRole('button', { name: adult, exact: true }).click();
    await expect(today.getByRole('status')).toHaveText(said);
    await expect(checks).toHaveCount(0);
    await leaveAdultArea(page);
  }
  // A check left unanswered lapses when the next interval comes, rather than pile up.
  await answerQuestion();
  await page.clock.fastForward('01:00');
  await expect(selfCheckCard(page)).toBeVisible();
  await signIn(page, TEACHER.pin);
  await expect(today.getByText('Checked today: 1 of 2 matched.')).toBeVisible();
  await expect(checks).toHaveCount(0);
  await expectNoAxeViolations(page);

  const { answers, checks: adultChecks, outcomes } = await selfCheckEvents(page);
  expect(answers.map((answer) => [answer.answer, answer.prompt?.kind, answer.checkRequested])).toEqual([
    ['yes', 'interval', true],
    ['yes', 'interval', true],
    ['yes', 'interval', true],
  ]);
  // The second question came a minute after the first was due, however late the first was answered.
  expect((answers[1]?.prompt?.dueAt ?? 0) - (answers[0]?.prompt?.dueAt ?? 0)).toBe(60_000);
  expect(adultChecks.map((check) => [check.answerEvent, check.answer])).toEqual([
    [answers[0]?.id, 'yes'],
    [answers[1]?.id, 'no'],
  ]);
  expect(outcomes.map((outcome) => [outcome.answerEvent, outcome.adultCheck, outcome.matched])).toEqual([
    [answers[0]?.id, adultChecks[0]?.id, true],
    [answers[1]?.id, adultChecks[1]?.id, false],
  ]);
});

test('a 1–5 question at the end of a chosen step, checked every 2nd time, with the difference stored', async ({
  page,
}) => {
  await openSelfChecks(page);
  const form = newTarget(page);
  await form.getByLabel('Question, in the student’s own words').fill('Did I use a calm voice?');
  await form.getByRole('radio', { name: 'A level from 1 to 5' }).check();
  await form.getByRole('radio', { name: 'At the end of chosen steps' }).check();
  const steps = form.getByRole('group', { name: 'Ask at the end of these steps' });
  await steps.getByRole('checkbox', { name: 'Working' }).check();
  await expect(
    form.getByRole('checkbox', { name: 'A soft sound, or a vibration, when it is time' }),
  ).toBeChecked();
  await form.getByRole('radio', { name: 'Every 2nd time' }).check();
  await expectNoAxeViolations(page);
  await form.getByRole('button', { name: 'Save the self-check' }).click();
  await expect(form.getByRole('status')).toHaveText('Saved: “Did I use a calm voice?” for Ana.');
  await expect(
    page.getByText('A level from 1 to 5, at the end of: Working. Adult checks: Every 2nd time.'),
  ).toBeVisible();
  await leaveAdultArea(page);

  // No countdown for a question asked after steps; finishing the step asks it.
  await expect(page.getByRole('button', { name: 'Hear Working' })).toBeVisible();
  await expect(page.getByText(/^Next check in/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('button', { name: 'Done', exact: true }).click();
  const card = selfCheckCard(page);
  await expect(card.getByRole('button', { name: 'Hear: Did I use a calm voice?' })).toBeVisible();
  await expect(card.getByRole('button', { name: /^\d: / })).toHaveText([
    '1Not at all',
    '2A little',
    '3Some of the time',
    '4Most of the time',
    '5All the time',
  ]);
  await expectNoAxeViolations(page);
  await card.getByRole('button', { name: '4: Most of the time' }).click();
  await expect(selfCheckCard(page)).toHaveCount(0);

  // The first answer of the day is checked; the adult rates 3.
  await signIn(page, TEACHER.pin);
  const today = page.getByRole('region', { name: 'Today for Ana' });
  const check = today.getByRole('group', { name: /^Check: “Did I use a calm voice\?”/ });
  await expect(check.getByRole('button')).toHaveCount(5);
  await expectNoAxeViolations(page);
  await check.getByRole('button', { name: '3: Some of the time' }).click();
  await expect(today.getByRole('status')).toHaveText(
    'Not the same: Ana said “4: Most of the time”, you said “3: Some of the time”.',
  );

  const { answers, outcomes } = await selfCheckEvents(page);
  expect(answers.map((answer) => [answer.answer, answer.prompt?.kind, answer.checkRequested])).toEqual([
    [4, 'step', true],
  ]);
  expect(outcomes.map((outcome) => [outcome.matched, outcome.difference])).toEqual([[false, 1]]);
});
