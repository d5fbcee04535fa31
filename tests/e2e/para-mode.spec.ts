import type { Locator, Page } from '@playwright/test';
import { seedToday, storedEvents } from './fixtures/seed';
import { seedEarlierStarts } from './fixtures/seed-days';
import { seedStudentFields, seedWasIWorking } from './fixtures/seed-targets';
import { seedBoard, seedTokenPlan } from './fixtures/seed-tokens';
import { expect, test } from './fixtures/test';
import {
  adultCorner,
  completeSetup,
  enterPin,
  expectNoAxeViolations,
  leaveAdultArea,
  openAdultArea,
  signIn,
  TEACHER,
} from './page-models/app';
import { expectWhollyInView } from './page-models/kiosk';
import { addPara, openParaBar, PARA, paraBar, planActivity, promptButton } from './page-models/para';

const DAY_MS = 24 * 60 * 60 * 1000;
const STEPS = [{ label: 'Reading', picture: true }, { label: 'Math' }, { label: 'Lunch' }];
const MATH_PLAN = {
  activity: 'Math',
  now: { wait: 5, prompt: 'Verbal' },
  next: { wait: 10, prompt: 'Gestural' },
  percent: 80,
  days: 3,
};

/** What the student's screen shows now: the step to do and its one tap. */
const kioskTap = (page: Page, name: 'Start' | 'Done') =>
  page.locator('[aria-current="step"]').getByRole('button', { name, exact: true });

test('beside the running kiosk a para records verbal, gestural and the student’s own start; the delay counts down; undo voids', async ({
  page,
}) => {
  // The time delay runs on the app's clock, which the test moves forward instead of waiting.
  await page.clock.install();
  await completeSetup(page);
  await addPara(page);
  await leaveAdultArea(page);
  await seedToday(page, STEPS, { pictureStyle: 'symbol-word', layout: 'now-next' });
  await page.reload();
  await signIn(page, TEACHER.pin, /Ms\. Rivera/);
  await planActivity(page, MATH_PLAN);
  await leaveAdultArea(page);

  await signIn(page, PARA.pin, /Mr\. Lee/);
  await openParaBar(page);
  const bar = paraBar(page);
  await expect(bar.getByText('Reading: what did it take to start?')).toBeVisible();
  await expect(bar.getByText('No plan for this step: give the least help that works.')).toBeVisible();
  await expect(kioskTap(page, 'Start')).toBeVisible();
  await expectNoAxeViolations(page);

  // Reading took a verbal prompt: the para's tap is its start, and the kiosk moves on to Done.
  await promptButton(page, 'Verbal').click();
  await expect(bar.getByText('Last record: Reading, Verbal')).toBeVisible();
  await expect(kioskTap(page, 'Done')).toBeVisible();
  await kioskTap(page, 'Done').click();

  // Math has a 5 s time delay: a countdown from its showing, then the cue to prompt.
  await expect(bar.getByText('Math: what did it take to start?')).toBeVisible();
  await expect(bar.getByText('Plan: wait 5 s, then Verbal.')).toBeVisible();
  await expect(bar.getByText(/^Wait: [1-5] s$/)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.clock.fastForward(5000);
  await expect(bar.getByRole('alert')).toHaveText('Prompt now: Verbal');
  await expectNoAxeViolations(page);

  // A wrong tap is undone within 10 s: voided, and Math waits for its start again.
  await promptButton(page, 'Model').click();
  await expect(bar.getByText('Last record: Math, Model')).toBeVisible();
  await bar.getByRole('button', { name: /^Undo \(\d+ s\)$/ }).click();
  await expect(bar.getByText('Undone: the record stays in the log, marked as taken back.')).toBeVisible();
  await expect(bar.getByText('Math: what did it take to start?')).toBeVisible();
  await expect(kioskTap(page, 'Start')).toBeVisible();
  await promptButton(page, 'Gestural').click();
  await expect(kioskTap(page, 'Done')).toBeVisible();
  // The new record moves the day on: "Undone" no longer stands beside it.
  await expect(bar.getByText('Last record: Math, Gestural')).toBeVisible();
  await expect(bar.getByText('Undone: the record stays in the log, marked as taken back.')).toHaveCount(0);
  // Past 10 s the record can no longer be undone here.
  await page.clock.fastForward(11_000);
  await expect(bar.getByRole('button', { name: /^Undo/ })).toHaveCount(0);
  await kioskTap(page, 'Done').click();

  // Lunch: the student taps Start before any prompt is recorded, so it is their own start.
  await expect(bar.getByText('Lunch: what did it take to start?')).toBeVisible();
  await kioskTap(page, 'Start').click();
  await expect(
    bar.getByText('Lunch: started on the student’s own. If it took a prompt, tap it.'),
  ).toBeVisible();
  await bar
    .getByRole('group', { name: 'Support for Lunch' })
    .getByRole('button', { name: 'Independent' })
    .click();
  await expect(
    bar.getByRole('group', { name: 'Support for Lunch' }).getByRole('button', { name: 'Independent' }),
  ).toHaveAttribute('aria-pressed', 'true');
  await bar.getByRole('button', { name: 'Calm and ready' }).click();
  await expect(bar.getByText('Last record: note “Calm and ready”')).toBeVisible();

  // The map of the day: a para's word, or what the prompts tell.
  await bar.getByText('Support through Ana’s day').click();
  await expect(bar.getByRole('list').last().getByRole('listitem')).toHaveText([
    /Reading\s*Teacher helps start \(from the prompts\)/,
    /Math\s*Teacher helps start \(from the prompts\)/,
    /Lunch\s*Independent \(recorded\)/,
  ]);
  await expectNoAxeViolations(page);

  const events = await storedEvents(page);
  const voided = new Set(events.flatMap((event) => (event.type === 'voided' ? [event.target] : [])));
  const starts = events.filter((event) => event.type === 'step-started');
  expect(starts.map((start) => [start.prompt, start.actor?.kind, voided.has(start.id)])).toEqual([
    ['verbal', 'staff', false],
    ['model', 'staff', true],
    ['gestural', 'staff', false],
    ['independent', 'student', false],
  ]);
  expect(starts.every((start) => typeof start.latencyMs === 'number' && start.latencyMs >= 0)).toBe(true);
  expect(events.filter((event) => event.type === 'note').map((note) => note.text)).toEqual([
    'Calm and ready',
  ]);
  expect(events.filter((event) => event.type === 'support-noted').map((noted) => noted.level)).toEqual([
    'independent',
  ]);

  // The corner asks for a PIN even while the bar is open; leaving by it closes the bar.
  await openAdultArea(page);
  await expect(page.getByRole('heading', { name: 'Who are you?' })).toBeVisible();
  await enterPin(page, PARA.pin, /Mr\. Lee/);
  await openParaBar(page);
  // Closing the bar ends the adult's session: the corner asks for a PIN again.
  await paraBar(page).getByRole('button', { name: 'Close the para bar' }).click();
  await expect(paraBar(page)).toHaveCount(0);
  await openAdultArea(page);
  await expect(page.getByRole('heading', { name: 'Who are you?' })).toBeVisible();

  // The teacher reads whether the plan was carried out: Math's prompt came after its wait and was
  // no more than planned; Reading had no plan, so it is not measured.
  await enterPin(page, TEACHER.pin, /Ms\. Rivera/);
  await page.getByRole('link', { name: 'Progress' }).click();
  const fidelity = page.getByRole('region', { name: /^Was the plan carried out\? Week of / });
  await expect(
    fidelity
      .getByRole('table', { name: 'Prompts each adult gave, against the plan in force' })
      .getByRole('row', { name: /Mr\. Lee/ }),
  ).toHaveText(/Mr\. Lee\s*1\s*0\s*0\s*1/);
  await expectNoAxeViolations(page);

  // Having watched Mr. Lee with Ana, the teacher fills the checklist and the feedback given.
  await fidelity.getByText('Observe an adult with Ana').click();
  await fidelity.getByLabel('Adult observed').selectOption({ label: 'Mr. Lee' });
  await fidelity
    .getByRole('group', { name: 'Waited the planned time before prompting' })
    .getByLabel('Done', { exact: true })
    .check();
  await fidelity
    .getByRole('group', { name: 'Gave the planned prompt, no more' })
    .getByLabel('Not done')
    .check();
  await fidelity.getByLabel('Feedback given').fill('Verbal first, then gestural if need be.');
  await expectNoAxeViolations(page);
  await fidelity.getByRole('button', { name: 'Save the observation' }).click();
  await expect(
    fidelity.getByText(/Mr\. Lee: 1 done, 1 not done — “Verbal first, then gestural if need be\.”/),
  ).toBeVisible();
});

test('a second observer records on the same tablet without seeing the para’s records; the review shows their agreement, flagged under 80%', async ({
  page,
}) => {
  await completeSetup(page);
  await addPara(page);
  await leaveAdultArea(page);
  await seedToday(page, STEPS.slice(0, 2), { pictureStyle: 'symbol-word', layout: 'now-next' });
  await page.reload();

  // The para records Reading: a verbal prompt.
  await signIn(page, PARA.pin, /Mr\. Lee/);
  await openParaBar(page);
  await promptButton(page, 'Verbal').click();
  await expect(paraBar(page).getByText('Last record: Reading, Verbal')).toBeVisible();
  await paraBar(page).getByRole('button', { name: 'Close the para bar' }).click();

  // The teacher records the same steps as second observer: the para's record is out of sight.
  await signIn(page, TEACHER.pin, /Ms\. Rivera/);
  await openParaBar(page);
  const bar = paraBar(page);
  const observe = bar.getByRole('button', { name: 'Record as second observer' });
  await observe.scrollIntoViewIfNeeded();
  await observe.click();
  const observer = bar.getByRole('region', { name: 'Second observer: Ms. Rivera' });
  await expect(observer.getByText('Reading: what did it take to start, as you saw it?')).toBeInViewport();
  await expect(bar.getByText(/Last record/)).toHaveCount(0);
  await expect(bar.getByRole('paragraph').filter({ hasText: /Verbal/ })).toHaveCount(0);
  const observed = (level: string) =>
    observer
      .getByRole('group', { name: 'What it took to start, as you saw it' })
      .getByRole('button', { name: level, exact: true });
  await expect(observed('Verbal')).toHaveAttribute('aria-pressed', 'false');
  await observed('Verbal').click();
  await expect(observer.getByText('You recorded: Verbal. Tap another to change it.')).toBeVisible();
  await expectNoAxeViolations(page);

  // Math: the observer sees a gestural prompt; the student's own tap records an independent start.
  await kioskTap(page, 'Done').click();
  await expect(observer.getByText('Math: what did it take to start, as you saw it?')).toBeVisible();
  await observed('Gestural').click();
  await expect(observer.getByText('You recorded: Gestural. Tap another to change it.')).toBeVisible();
  await kioskTap(page, 'Start').click();
  await expect(kioskTap(page, 'Done')).toBeVisible();
  await observer.getByRole('button', { name: 'Leave observer mode' }).click();
  await expect(bar.getByRole('button', { name: 'Record as second observer' })).toHaveCount(1);
  const starts = (await storedEvents(page)).filter((event) => event.type === 'step-started');
  expect(starts.map((start) => start.prompt)).toEqual(['verbal', 'independent']);

  await bar.getByRole('button', { name: 'Close the para bar' }).click();
  await signIn(page, TEACHER.pin, /Ms\. Rivera/);
  await page.getByRole('link', { name: 'Progress' }).click();
  const agreement = page.getByRole('region', { name: 'Agreement between two observers' });
  await agreement.scrollIntoViewIfNeeded();
  await expect(
    agreement.getByText(/^A second observer recorded on 1 of 1 day with data \(100%/),
  ).toBeInViewport();
  await expect(agreement.getByRole('row', { name: /Ms\. Rivera/ })).toContainText(
    '50% (1 of 2): under 80%, check the definitions together',
  );
  await expectNoAxeViolations(page);
});

test('a suggestion answered "not yet" leaves the plan as it is and comes back a week later', async ({
  page,
}) => {
  const now = Date.now();
  await page.clock.install({ time: now - 7 * DAY_MS });
  await completeSetup(page);
  await leaveAdultArea(page);
  await seedToday(page, STEPS, { pictureStyle: 'symbol-word', layout: 'now-next' });
  await page.reload();
  await signIn(page, TEACHER.pin);
  await planActivity(page, MATH_PLAN);
  await leaveAdultArea(page);
  await page.clock.setSystemTime(now);
  await seedEarlierStarts(page, 'Math', [
    { schoolDaysAgo: 3, prompt: 'independent' },
    { schoolDaysAgo: 2, prompt: 'independent' },
    { schoolDaysAgo: 1, prompt: 'independent' },
  ]);
  await page.reload();

  await signIn(page, TEACHER.pin);
  const ready = page.getByRole('region', { name: 'Ready to give less help' });
  await ready.getByRole('button', { name: 'Not yet for Ana, Math' }).click();
  await expect(ready.getByRole('status')).toHaveText(
    /^Not yet: the plan for Math stays\. You will be asked again on \w{3} \d{1,2} if the data still meet the criterion\.$/,
  );
  await expect(ready.getByRole('button', { name: /^Accept/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
  // A reload of the adult area asks for the PIN again.
  await page.reload();
  await enterPin(page, TEACHER.pin);
  await expect(page.getByRole('heading', { name: 'Teacher', level: 1 })).toBeVisible();
  await expect(ready).toHaveCount(0);
  expect((await storedEvents(page)).filter((event) => event.type === 'plan-advanced')).toEqual([]);

  await page.clock.setSystemTime(now + 7 * DAY_MS);
  await page.reload();
  await enterPin(page, TEACHER.pin);
  await expect(
    ready.getByText('Ana, Math: the data meet the criterion. Next: wait 10 s, then Gestural.'),
  ).toBeVisible();
});

test('days that meet the criterion bring the teacher a suggestion; accepted, the para sees the new plan; a para cannot edit or delete', async ({
  page,
}) => {
  // The plan is made a week ago, on the app's clock; three school days of data follow it.
  const now = Date.now();
  await page.clock.install({ time: now - 7 * DAY_MS });
  await completeSetup(page);
  await addPara(page);
  await leaveAdultArea(page);
  await seedToday(page, STEPS, { pictureStyle: 'symbol-word', layout: 'now-next' });
  await page.reload();
  await signIn(page, TEACHER.pin, /Ms\. Rivera/);
  await planActivity(page, MATH_PLAN);
  await leaveAdultArea(page);

  await page.clock.setSystemTime(now);
  await seedEarlierStarts(page, 'Math', [
    { schoolDaysAgo: 3, prompt: 'independent' },
    { schoolDaysAgo: 2, prompt: 'independent' },
    { schoolDaysAgo: 1, prompt: 'independent' },
  ]);
  await page.reload();

  // The teacher sees the suggestion with its evidence, and accepts it.
  await signIn(page, TEACHER.pin, /Ms\. Rivera/);
  const ready = page.getByRole('region', { name: 'Ready to give less help' });
  await expect(
    ready.getByText('Ana, Math: the data meet the criterion. Next: wait 10 s, then Gestural.'),
  ).toBeVisible();
  await expect(ready.getByRole('list', { name: 'Evidence' }).getByRole('listitem')).toHaveText([
    /: 1 of 1 on their own$/,
    /: 1 of 1 on their own$/,
    /: 1 of 1 on their own$/,
  ]);
  await expectNoAxeViolations(page);
  await ready.getByRole('button', { name: 'Accept for Ana, Math' }).click();
  await expect(ready.getByRole('status')).toHaveText(
    'The plan for Math is now: wait 10 s, then Gestural. Plan the next step when you are ready.',
  );
  await expect(ready.getByRole('button', { name: /^Accept/ })).toHaveCount(0);
  const advanced = (await storedEvents(page)).filter((event) => event.type === 'plan-advanced');
  expect(advanced).toHaveLength(1);
  expect(advanced[0]?.evidence).toHaveLength(3);
  await leaveAdultArea(page);

  // The para sees only the plan to follow now, and nothing to change or delete.
  await signIn(page, PARA.pin, /Mr\. Lee/);
  await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Ready to give less help' })).toHaveCount(0);
  for (const editor of ['Schedules', 'Cards', 'Choice boards', 'Settings'])
    await expect(page.getByRole('link', { name: editor })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Remove|Delete/ })).toHaveCount(0);
  await openParaBar(page);
  const bar = paraBar(page);
  // What the teacher changed comes first, newest first, until the para says it was read.
  const changes = bar.getByRole('region', { name: 'The plan changed: 2 changes to read first' });
  await expect(changes.getByRole('listitem')).toHaveText([
    'Math: wait 10 s, then Gestural — was: wait 5 s, then Verbal',
    'Math: new plan — wait 5 s, then Verbal',
  ]);
  await expectNoAxeViolations(page);
  // Held upright, with one hand: the tap that acknowledges is on screen, whole.
  await page.setViewportSize({ width: 820, height: 1180 });
  const read = changes.getByRole('button', { name: 'I have read the changes' });
  await expect(read).toBeInViewport({ ratio: 1 });
  await read.click();
  await expect(bar.getByText('Noted: you have read the plan changes.')).toBeVisible();
  await expect(changes).toHaveCount(0);
  await page.setViewportSize({ width: 1180, height: 820 });
  await promptButton(page, 'Independent').click();
  await kioskTap(page, 'Done').click();
  await expect(bar.getByText('Plan: wait 10 s, then Gestural.')).toBeVisible();
  await expect(bar.getByText(/80|criterion|Next/)).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Remove|Delete/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await bar.getByRole('button', { name: 'Close the para bar' }).click();

  // An editor's address opened with a para PIN says only a teacher can.
  for (const path of ['/adult/schedules', '/adult/cards', '/adult/boards', '/adult/settings']) {
    await page.goto(path);
    await enterPin(page, PARA.pin, /Mr\. Lee/);
    await expect(page.getByRole('alert')).toHaveText('Only a teacher can do that.');
    await expect(page.getByRole('button', { name: /Save|Remove|Delete|Accept/ })).toHaveCount(0);
  }

  // The teacher sees who has read each change.
  await page.goto('/adult/schedules');
  await enterPin(page, TEACHER.pin, /Ms\. Rivera/);
  const readers = page.getByRole('region', { name: 'Plan changes and who has read them' });
  await expect(readers.getByRole('listitem')).toHaveText([
    /Math: wait 10 s, then Gestural — was: wait 5 s, then Verbal\s*Read by Mr\. Lee$/,
    /Math: new plan — wait 5 s, then Verbal\s*Read by Mr\. Lee$/,
  ]);
  await expectNoAxeViolations(page);
  await page.goto('/');
  await expect(adultCorner(page)).toBeVisible();
});

test('a para’s common actions are each a few taps on the bar, every one in view on an upright tablet', async ({
  page,
}) => {
  await page.setViewportSize({ width: 820, height: 1180 });
  await page.clock.install();
  await completeSetup(page);
  await addPara(page);
  await leaveAdultArea(page);
  await seedToday(page, STEPS, { pictureStyle: 'symbol-word', layout: 'now-next' });
  await seedBoard(page, 'Break', [{ label: 'Music' }, { label: 'Books' }]);
  await seedTokenPlan(page, { spots: 5, fromSteps: false, rewardMinutes: 5 }, 'Break');
  await seedWasIWorking(page);
  await seedStudentFields(page, { needsCheckIn: ['slept', 'medication'] });
  await page.reload();
  await signIn(page, PARA.pin, /Mr\. Lee/);
  await openParaBar(page);
  const bar = paraBar(page);

  // Each tap is on a control the para can see whole; scrolling the bar is not a tap.
  let taps = 0;
  const scrollTo = (control: Locator) =>
    control.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  const tap = async (control: Locator) => {
    await scrollTo(control);
    await expectWhollyInView(control);
    await control.click();
    taps += 1;
  };
  const choose = async (select: Locator, label: string) => {
    await scrollTo(select);
    await expectWhollyInView(select);
    await select.selectOption({ label });
    taps += 2; // open the list, tap the option
  };
  const counted = async (action: () => Promise<void>) => {
    taps = 0;
    await action();
    return taps;
  };

  // The start-of-day check-in: a tap per item the teacher chose, and save; then it stays on the bar.
  const needs = bar.getByRole('region', { name: 'Start of the day for Ana' });
  const checkIn = async () => {
    await tap(
      needs.getByRole('group', { name: 'Slept well' }).getByRole('button', { name: 'No', exact: true }),
    );
    await tap(
      needs.getByRole('group', { name: 'Medication given at home' }).getByRole('button', { name: 'Yes' }),
    );
    await tap(needs.getByRole('button', { name: 'Save the check-in' }));
  };
  expect(await counted(checkIn)).toBe(3);
  await expect(needs.getByRole('listitem')).toHaveText(['Slept well: No', 'Medication given at home: Yes']);
  await expectNoAxeViolations(page);

  // Record a prompt: 1 tap.
  expect(await counted(() => tap(promptButton(page, 'Verbal')))).toBe(1);
  await expect(bar.getByText('Last record: Reading, Verbal')).toBeVisible();

  // Give a token: 1 tap (at most 2).
  expect(await counted(() => tap(bar.getByRole('button', { name: 'Give Ana a token' })))).toBeLessThanOrEqual(
    2,
  );
  await expect(bar.getByText('1 of 5 tokens')).toBeVisible();

  // A wait for the student: 1 tap. It comes in front of the day, with its timer, and goes when over.
  expect(await counted(() => tap(bar.getByRole('button', { name: '30 s', exact: true })))).toBe(1);
  const waiting = page.getByRole('region', { name: 'Wait', exact: true });
  await expectWhollyInView(waiting.getByRole('button', { name: 'Hear: Wait' }));
  await expect(waiting.getByText(/^Time left: (30|29) s$/)).toBeVisible();
  await expect(bar.getByText(/^Ana is waiting until /)).toBeVisible();
  await expectNoAxeViolations(page);
  // Close to the end (the page's clock keeps running meanwhile), then "time is up" shows for a moment.
  await page.clock.fastForward(22_000);
  await expect(waiting.getByRole('status')).toHaveText('Time is up', { timeout: 10_000 });
  await page.clock.fastForward(3000);
  await expect(waiting).toHaveCount(0);
  await expect(bar.getByRole('button', { name: '30 s', exact: true })).toBeVisible();

  // Open a choice board on the student's screen: at most 2 taps.
  const openBoard = async () => {
    await tap(bar.getByText('Open a choice board', { exact: true }));
    await tap(bar.getByRole('button', { name: 'Open Break on Ana’s screen' }));
  };
  expect(await counted(openBoard)).toBeLessThanOrEqual(2);
  await expect(bar.getByText('“Break” is open on Ana’s screen.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Choose one' })).toBeVisible();
  await tap(bar.getByRole('button', { name: 'Close it' }));
  await expect(page.getByRole('region', { name: 'Choose one' })).toBeHidden();

  // Put in a change card: at most 4 taps.
  const changeCard = async () => {
    await tap(bar.getByText('Put in a change card', { exact: true }));
    await choose(bar.getByLabel('Card for the change'), 'Lunch');
    await tap(bar.getByRole('button', { name: 'Insert a change' }));
  };
  expect(await counted(changeCard)).toBeLessThanOrEqual(4);
  await expect(bar.getByText('“Lunch” comes next, marked as something different.')).toBeVisible();

  // An accuracy check, named by its step and time: at most 2 taps.
  await page.clock.fastForward('01:00');
  const question = page.getByRole('region', { name: 'My self-check' });
  await question.getByRole('button', { name: 'Yes', exact: true }).click();
  const check = bar.getByRole('group', { name: /^Check: “Was I working\?” \(Ana, Reading, at .+\)$/ });
  expect(
    await counted(() => tap(check.getByRole('button', { name: 'No', exact: true }))),
  ).toBeLessThanOrEqual(2);
  await expect(bar.getByText('Not the same: Ana said “Yes”, you said “No”.')).toBeVisible();
  await expectNoAxeViolations(page);

  // Folded, the bar leaves the student the whole screen; the para who signed in minutes ago opens
  // it again with one tap (at most 3), no PIN.
  await tap(bar.getByRole('button', { name: 'Fold' }));
  await expect(promptButton(page, 'Verbal')).toBeHidden();
  expect(
    await counted(() => tap(bar.getByRole('button', { name: 'Open', exact: true }))),
  ).toBeLessThanOrEqual(3);
  await expect(promptButton(page, 'Verbal')).toBeVisible();

  // Closed (by its button, or by the lock when left alone), the bar opens again for the same para
  // within minutes: the corner held, then one tap, no PIN. Later, the PIN is asked again.
  await tap(bar.getByRole('button', { name: 'Close the para bar' }));
  await expect(bar).toHaveCount(0);
  const reopen = async () => {
    await openAdultArea(page);
    taps += 1; // the corner, pressed and held
    await tap(page.getByRole('button', { name: 'Back to the para bar as Mr. Lee' }));
  };
  expect(await counted(reopen)).toBeLessThanOrEqual(3);
  await expect(promptButton(page, 'Verbal')).toBeVisible();
  await expectNoAxeViolations(page);
  await tap(bar.getByRole('button', { name: 'Close the para bar' }));
  await page.clock.fastForward('03:01');
  await openAdultArea(page);
  await expect(page.getByRole('heading', { name: 'Who are you?' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Back to the para bar/ })).toHaveCount(0);

  const types = (await storedEvents(page)).map((event) => event.type);
  for (const type of [
    'step-started',
    'token-given',
    'wait-started',
    'board-opened',
    'board-closed',
    'adult-check',
    'needs-noted',
  ])
    expect(types).toContain(type);
});
