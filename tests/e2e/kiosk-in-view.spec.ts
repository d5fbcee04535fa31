// The step to do now and its Start and Done stay in view on both tablet sizes, in the layouts
// where room runs short, through a mini-schedule of pictures: a student who does not scroll never
// loses them.
import type { Page } from '@playwright/test';
import { LAYOUTS } from '../../src/domain/presentation';
import { type SeedStep, seedToday } from './fixtures/seed';
import { expect, test } from './fixtures/test';
import { completeSetup, leaveAdultArea } from './page-models/app';

const DAY: SeedStep[] = [
  { label: 'Arrival', picture: true, minutes: 10 },
  {
    label: 'Math',
    picture: true,
    mini: [
      { label: 'Get pencil', picture: true },
      { label: 'Worksheet', picture: true },
      { label: 'Hand in', picture: true },
    ],
  },
  { label: 'Lunch', picture: true },
];

// Landscape is where height runs short: every layout. Upright has height to spare but is
// narrower: the two layouts that list the whole day.
const SIZES = [
  { name: 'landscape', width: 1180, height: 820, layouts: LAYOUTS },
  { name: 'upright', width: 820, height: 1180, layouts: ['list', 'strip'] as const },
];

/** Taps Start then Done of the step in front of the student, each seen inside the screen first. */
async function doTheStep(page: Page): Promise<void> {
  const start = page.getByRole('button', { name: 'Start' });
  await expect(start).toBeInViewport({ ratio: 1 });
  await start.click();
  const done = page.getByRole('button', { name: 'Done' });
  await expect(done).toBeInViewport({ ratio: 1 });
  await done.click();
}

for (const size of SIZES) {
  for (const layout of size.layouts) {
    test(`${size.name}, ${layout}: Start and Done are on screen at every step, mini-steps too`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await completeSetup(page);
      await leaveAdultArea(page);
      await seedToday(page, DAY, { pictureStyle: 'symbol-word', layout });
      await page.reload();

      await doTheStep(page);
      // Math opens its mini-schedule: each of its steps is done the same way.
      await page.getByRole('button', { name: 'Start' }).click();
      await expect(page.getByRole('region', { name: 'Steps for Math' })).toBeVisible();
      for (let mini = 0; mini < 3; mini++) await doTheStep(page);
      await doTheStep(page);
      await expect(page.getByText('All done!')).toBeInViewport();
    });
  }
}
