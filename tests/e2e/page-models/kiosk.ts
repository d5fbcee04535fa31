import { expect, type Locator, type Page } from '@playwright/test';
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

/**
 * What a person sees of a control: all of it inside the screen, and nothing (the para bar, a
 * caption) lying over it. Hit-tested inside its rounded corners.
 */
export async function expectWhollyInView(control: Locator): Promise<void> {
  await expect(control).toBeInViewport({ ratio: 1 });
  await expect
    .poll(() =>
      control.evaluate((element) => {
        const box = element.getBoundingClientRect();
        return [0.2, 0.5, 0.8].every((across) =>
          [0.2, 0.5, 0.8].every((down) => {
            const hit = document.elementFromPoint(box.left + box.width * across, box.top + box.height * down);
            return hit !== null && element.contains(hit);
          }),
        );
      }),
    )
    .toBe(true);
}

/** Taps Done of the step in front of the student, seen whole and uncovered first. */
export async function finishTheStep(page: Page): Promise<void> {
  const done = page.getByRole('button', { name: 'Done', exact: true });
  await expectWhollyInView(done);
  await done.click();
}

/** Taps Start of the step in front of the student, seen whole and uncovered first. */
export async function startTheStep(page: Page): Promise<void> {
  const start = page.getByRole('button', { name: 'Start', exact: true });
  await expectWhollyInView(start);
  await start.click();
}

/** Taps Start then Done of the step in front of the student, each seen whole and uncovered first. */
export async function doTheStepInView(page: Page): Promise<void> {
  await startTheStep(page);
  await finishTheStep(page);
}

/**
 * Taps the Done of the mini-step in front of the student, which names it ("Done: Get pencil"),
 * seen whole and uncovered first; the next mini-step (or the next activity) follows.
 */
export async function finishTheMiniStep(page: Page, label: string): Promise<void> {
  const done = page.getByRole('button', { name: `Done: ${label}`, exact: true });
  await expectWhollyInView(done);
  await done.click();
  await expect(done).toHaveCount(0);
}

/**
 * Counts the student's taps on Start and Done from now on, as the page receives them: how many
 * taps a part of the day took.
 */
export async function countStepTaps(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const counted = window as Window & { stepTaps?: number };
    counted.stepTaps = 0;
    document.addEventListener(
      'pointerdown',
      (event) => {
        if (event.target instanceof Element && event.target.closest('.step-action'))
          counted.stepTaps = (counted.stepTaps ?? 0) + 1;
      },
      { capture: true },
    );
  });
  return () => page.evaluate(() => (window as Window & { stepTaps?: number }).stepTaps ?? 0);
}
