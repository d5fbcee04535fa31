// The step to do now and its Start and Done stay whole in view, uncovered, through a mini-schedule
// of pictures, held upright in the layouts that list the whole day: a student who does not scroll
// never loses them. Landscape is covered layout by layout in kiosk.spec.ts.
import { seedToday } from './fixtures/seed';
import { expect, test } from './fixtures/test';
import { completeSetup, leaveAdultArea } from './page-models/app';
import { DAY_OF_PICTURES, doTheStepInView, startTheStep } from './page-models/kiosk';

test.describe('upright', () => {
  test.use({ viewport: { width: 820, height: 1180 } });

  for (const layout of ['list', 'strip'] as const) {
    test(`${layout}: Start and Done are on screen at every step, mini-steps too`, async ({ page }) => {
      await completeSetup(page);
      await leaveAdultArea(page);
      await seedToday(page, DAY_OF_PICTURES, { pictureStyle: 'symbol-word', layout });
      await page.reload();

      await doTheStepInView(page);
      // Math opens its mini-schedule: each of its steps is done the same way.
      await startTheStep(page);
      await expect(page.getByRole('region', { name: 'Steps for Math' })).toBeVisible();
      for (let mini = 0; mini < 3; mini++) await doTheStepInView(page);
      await doTheStepInView(page);
      await expect(page.getByText('All done!')).toBeInViewport();
    });
  }
});
