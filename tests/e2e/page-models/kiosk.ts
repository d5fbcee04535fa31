import { expect, type Page } from '@playwright/test';
import type { SeedStep } from '../fixtures/seed';

/** A day where room runs short: pictures on every step, and a mini-schedule of pictures. */
export const DAY_OF_PICTURES: SeedStep[] = [
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

/** Taps Done of the step in front of the student, seen whole inside the screen first. */
export async function finishTheStep(page: Page): Promise<void> {
  const done = page.getByRole('button', { name: 'Done' });
  await expect(done).toBeInViewport({ ratio: 1 });
  await done.click();
}

/** Taps Start then Done of the step in front of the student, each seen whole inside the screen first. */
export async function doTheStepInView(page: Page): Promise<void> {
  const start = page.getByRole('button', { name: 'Start' });
  await expect(start).toBeInViewport({ ratio: 1 });
  await start.click();
  await finishTheStep(page);
}
