// The step to do now and its Start and Done (one Done per mini-step, naming it) stay whole in
// view, uncovered, through a mini-schedule of pictures, held upright in the layouts that list the
// whole day, and with the para bar open: a student who does not scroll never loses them.
// Landscape is covered layout by layout in kiosk.spec.ts.
import { seedToday } from './fixtures/seed';
import { seedWasIWorking } from './fixtures/seed-targets';
import { expect, test } from './fixtures/test';
import { completeSetup, leaveAdultArea, signIn, TEACHER } from './page-models/app';
import {
  countStepTaps,
  DAY_OF_PICTURES,
  doTheStepInView,
  expectWhollyInView,
  finishTheMiniStep,
  startTheStep,
} from './page-models/kiosk';
import { openParaBar, paraBar } from './page-models/para';

test.describe('upright', () => {
  test.use({ viewport: { width: 820, height: 1180 } });

  for (const layout of ['list', 'strip'] as const) {
    test(`${layout}: Start and Done are on screen at every step, mini-steps too, and a question comes in front`, async ({
      page,
    }) => {
      await page.clock.install();
      await completeSetup(page);
      await leaveAdultArea(page);
      await seedToday(page, DAY_OF_PICTURES, { pictureStyle: 'symbol-word', layout });
      await seedWasIWorking(page);
      await page.reload();

      await doTheStepInView(page);
      // Math opens its mini-schedule: one Done, naming it, finishes each of its steps.
      const taps = await countStepTaps(page);
      await startTheStep(page);
      await expect(page.getByRole('region', { name: 'Steps for Math' })).toBeVisible();
      await finishTheMiniStep(page, 'Get pencil');
      // Well into the day, the self-check question comes in front of it, wherever the day was scrolled.
      await page.clock.fastForward('01:00');
      const question = page.getByRole('region', { name: 'My self-check' });
      await expect(question.getByRole('button', { name: 'Hear: Was I working?' })).toBeFocused();
      const yes = question.getByRole('button', { name: 'Yes', exact: true });
      await expectWhollyInView(yes);
      await yes.click();
      await expect(question).toHaveCount(0);
      await finishTheMiniStep(page, 'Worksheet');
      await finishTheMiniStep(page, 'Hand in');
      // Math's Start and one Done for each of its three mini-steps, the last finishing Math too.
      expect(await taps()).toBe(1 + 3);
      await doTheStepInView(page);
      await expect(page.getByText('All done!')).toBeInViewport();
    });
  }
});

test('with the para bar open the student keeps a screen at least 820 px wide, and Start and Done stay in view, turned either way', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1180, height: 820 });
  await completeSetup(page);
  await leaveAdultArea(page);
  await seedToday(page, DAY_OF_PICTURES, { pictureStyle: 'symbol-word', layout: 'now-next' });
  await page.reload();
  await signIn(page, TEACHER.pin);
  await openParaBar(page);

  // Beside the bar, held sideways: the student's part of the screen is as wide as an upright tablet.
  const barLeft = async () => (await paraBar(page).boundingBox())?.x ?? 0;
  expect(await barLeft()).toBeGreaterThanOrEqual(820);
  await doTheStepInView(page);
  const taps = await countStepTaps(page);
  await startTheStep(page);
  await expect(page.getByRole('region', { name: 'Steps for Math' })).toBeVisible();
  await finishTheMiniStep(page, 'Get pencil');

  // Turned upright mid-activity, with the bar below: the step's control comes above the bar.
  await page.setViewportSize({ width: 820, height: 1180 });
  await finishTheMiniStep(page, 'Worksheet');
  await finishTheMiniStep(page, 'Hand in');
  expect(await taps()).toBe(1 + 3);
  await doTheStepInView(page);
  await expect(page.getByText('All done!')).toBeInViewport();
});
