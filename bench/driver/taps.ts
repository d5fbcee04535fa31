import type { BrowserContext, Page } from 'playwright-core';
import { harness, percentile, probedPage, probes, round } from './browser';
import type { Probes } from './in-page';

export const TAPS = 200;

/** Waits until the last tap's change is painted and its events are on disk. */
export async function tapSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const { taps, commits } = (window as unknown as { __bench: Probes }).__bench;
    const tap = taps.at(-1);
    return tap !== undefined && (tap.feedback ?? -1) > 0 && commits.some((at) => at > tap.at);
  });
}

/**
 * Taps the student's one action button, once the last tap's changes have all landed; false when
 * the day is over (no step left to start or finish).
 */
export async function tapStudentAction(page: Page): Promise<boolean> {
  await page.waitForFunction(
    () =>
      document.querySelector('.current-step .step-action:not([disabled])') ||
      !document.querySelector('.current-step'),
  );
  const action = page.locator('.current-step .step-action');
  if ((await action.count()) === 0) return false;
  try {
    await action.click({ timeout: 5000 });
    return true;
  } catch (error) {
    // The day's last change can still remove the button between the look and the tap.
    if ((await action.count()) === 0) return false;
    throw error;
  }
}

export async function scheduleShown(page: Page): Promise<void> {
  await page.waitForFunction(
    () => ((window as unknown as { __bench: Probes }).__bench.scheduleVisibleAt ?? -1) > 0,
  );
}

export function tapFigures(all: Probes[]) {
  const feedback: number[] = [];
  const committed: number[] = [];
  for (const { taps, commits } of all) {
    for (const tap of taps) {
      if (tap.feedback !== undefined) feedback.push(tap.feedback - tap.at);
      const commit = commits.find((at) => at > tap.at);
      if (commit !== undefined) committed.push(commit - tap.at);
    }
  }
  const summary = (values: number[]) => ({
    p50Ms: round(percentile(values, 50)),
    p95Ms: round(percentile(values, 95)),
    taps: values.length,
  });
  return { feedbackPainted: summary(feedback), committed: summary(committed) };
}

/**
 * The student's own taps, Start and Done through their day, as on the kiosk: tap to the change
 * painted, and tap to its events committed. Students without scales or self-checks follow their
 * day one after another until 200 taps are made.
 */
export async function studentTaps(
  context: BrowserContext,
  origin: string,
  harnessPage: Page,
  studentIds: string[],
) {
  const all: Probes[] = [];
  let count = 0;
  for (const studentId of studentIds) {
    if (count >= TAPS) break;
    await harness(harnessPage, 'setKioskStudent', studentId);
    const page = await probedPage(context);
    await page.goto(`${origin}/`);
    await scheduleShown(page);
    while (count < TAPS && (await tapStudentAction(page))) {
      await tapSettled(page);
      count++;
    }
    all.push(await probes(page));
    await page.close();
  }
  if (count < TAPS) throw new Error(`only ${count} taps: the students' days were too short`);
  return tapFigures(all);
}
