// The step to do now and its Start and Done stay in view held upright, in the layouts that list
// the whole day, through a mini-schedule of pictures: a student who does not scroll never loses
// them. Landscape, where height runs short, is covered layout by layout in kiosk.spec.ts.
import { seedToday } from './fixtures/seed';
import { expect, test } from './fixtures/test';
import { completeSetup, leaveAdultArea } from './page-models/app';
import { DAY_OF_PICTURES, doTheStepInView } from './page-models/kiosk';

test.use({ viewport: { width: 820, height: 1180 } });

for (const layout of ['list', 'strip'] as const) {
  test(`upright, ${layout}: Start and Done are on screen at every step, mini-steps too`, async ({ page }) => {
    await completeSetup(page);
    await leaveAdultArea(page);
    await seedToday(page, DAY_OF_PICTURES, { pictureStyle: 'symbol-word', layout });
    await page.reload();

    await doTheStepInView(page);
    // Math opens its mini-schedule: each of its steps is done the same way.
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(page.getByRole('region', { name: 'Steps for Math' })).toBeVisible();
    for (let mini = 0; mini < 3; mini++) await doTheStepInView(page);
    await doTheStepInView(page);
    await expect(page.getByText('All done!')).toBeInViewport();
  });
}
