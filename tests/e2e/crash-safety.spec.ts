import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { seedToday } from './fixtures/seed';
import { expect, test } from './fixtures/test';
import { completeSetup, leaveAdultArea } from './page-models/app';

const STEPS = Array.from({ length: 60 }, (_, index) => ({ label: `Step ${index + 1}` }));

/** A tap the student saw taken: the step's label, and whether it was its start or its finish. */
type Tap = `${string}: ${'step-started' | 'step-finished'}`;

/** The main browser process of one profile: the one with its user-data-dir that is no helper (--type=). */
async function browserPid(userDataDir: string): Promise<number> {
  const pids: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const args = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    const argv = args.split('\0');
    if (argv.includes(`--user-data-dir=${userDataDir}`) && !argv.some((arg) => arg.startsWith('--type=')))
      pids.push(Number(entry));
  }
  if (pids.length !== 1) throw new Error(`expected one browser process for ${userDataDir}, found ${pids}`);
  return pids[0] as number;
}

/** The student's starts and finishes as stored, by step label, and whether the day's rollup agrees. */
async function storedTaps(page: Page): Promise<{ taps: Tap[]; rollupAgrees: boolean }> {
  return page.evaluate(async () => {
    const open = indexedDB.open('on-my-own');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const all = <T>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(request.error);
      });
    const cards = await all<{ id: string; label: string }>('cards');
    const schedules = await all<{ items: { id: string; cardId: string }[] }>('schedules');
    const events = await all<{ id: string; type: string; stepId?: string }>('events');
    const rollups = await all<{ stepsStarted: number; stepsFinished: number }>('rollups');
    db.close();
    const labelOfCard = new Map(cards.map((card) => [card.id, card.label]));
    const labelOfStep = new Map(
      schedules.flatMap((schedule) => schedule.items.map((item) => [item.id, labelOfCard.get(item.cardId)])),
    );
    const taps = events
      .sort((a, b) => a.id.localeCompare(b.id))
      .filter((event) => event.type === 'step-started' || event.type === 'step-finished')
      .map((event) => `${labelOfStep.get(event.stepId ?? '')}: ${event.type}` as Tap);
    const count = (type: string) => events.filter((event) => event.type === type).length;
    const rollupAgrees =
      rollups.length === 1 &&
      rollups[0]?.stepsStarted === count('step-started') &&
      rollups[0]?.stepsFinished === count('step-finished');
    return { taps, rollupAgrees };
  });
}

const currentStep = (page: Page) => page.locator('[aria-current="step"]');

/**
 * Taps Start and Done as fast as the kiosk takes them. A tap counts as acknowledged once the
 * screen moved on, which it does only after its write is committed. Once `killAt` taps are
 * acknowledged, the browser is killed the moment the next tap is made, while its write is on the way.
 */
async function tapUntilKilled(
  page: Page,
  acknowledged: Tap[],
  killAt: number,
  kill: () => void,
  killDelayMs = 0,
) {
  const hear = currentStep(page).getByRole('button', { name: /^Hear / });
  let killed = false;
  const start = currentStep(page).getByRole('button', { name: 'Start', exact: true });
  const done = currentStep(page).getByRole('button', { name: 'Done', exact: true });
  const tap = async (name: 'Start' | 'Done') => {
    await (name === 'Start' ? start : done).click();
    if (acknowledged.length >= killAt) {
      // The kill's moment after the tap is what the test varies, so it waits exactly that long.
      if (killDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, killDelayMs));
      kill();
      killed = true;
    }
  };
  try {
    for (;;) {
      const heard = (await hear.getAttribute('aria-label')) ?? '';
      const label = heard.replace(/^Hear /, '');
      // A start that reached the disk just before a kill resumes at Done.
      if (await start.isVisible()) {
        await tap('Start');
        await expect(done).toBeVisible();
        acknowledged.push(`${label}: step-started`);
      }
      await tap('Done');
      await expect(hear).not.toHaveAttribute('aria-label', heard);
      acknowledged.push(`${label}: step-finished`);
    }
  } catch (error) {
    // Only the kill ends the burst: what was acknowledged before it is checked next.
    if (!killed) throw error;
  }
}

/**
 * How long after a tap each round kills the browser: twice the moment the tap is made (once on a
 * start, once on a finish), then with the write further on its way, up to 40 ms.
 */
const KILL_DELAYS_MS = [0, 0, 13, 26, 40];

test('killing the browser in a burst of taps, 0–40 ms after a tap, loses no acknowledged tap, and the database opens again', async ({
  launchOptions,
  baseURL,
  viewport,
}) => {
  test.setTimeout(90_000);
  const userDataDir = await mkdtemp(join(tmpdir(), 'on-my-own-crash-'));
  const origin = new URL(baseURL ?? '').origin;
  const offOrigin: string[] = [];
  const launch = async (): Promise<{ context: BrowserContext; page: Page }> => {
    const context = await chromium.launchPersistentContext(userDataDir, {
      ...launchOptions,
      baseURL,
      viewport,
      hasTouch: true,
    });
    context.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol.startsWith('http') && url.origin !== origin) offOrigin.push(request.url());
    });
    return { context, page: context.pages()[0] ?? (await context.newPage()) };
  };

  try {
    let { context, page } = await launch();
    await completeSetup(page);
    await leaveAdultArea(page);
    await seedToday(page, STEPS, { pictureStyle: 'word', layout: 'now-next' });
    const acknowledged: Tap[] = [];

    for (const [round, delay] of KILL_DELAYS_MS.entries()) {
      await page.goto('/');
      await expect(currentStep(page).locator('.step-action')).toBeVisible();
      const closed = new Promise<void>((resolve) => context.once('close', () => resolve()));
      const pid = await browserPid(userDataDir);
      // A few taps each round, killed on a start in one round and on a finish in the next.
      const killAt = acknowledged.length + 3 + round;
      await tapUntilKilled(page, acknowledged, killAt, () => process.kill(pid, 'SIGKILL'), delay);
      await closed;
      expect(acknowledged.length).toBe(killAt);

      ({ context, page } = await launch());
      await page.goto('/');
      await expect(page.getByRole('heading', { name: 'Hello, Ana' })).toBeVisible();
      const { taps, rollupAgrees } = await storedTaps(page);
      // Every acknowledged tap is on disk, in order; at most the one tap in flight may be there too.
      expect(taps.slice(0, acknowledged.length), `round ${round}`).toEqual(acknowledged);
      expect(taps.length - acknowledged.length).toBeLessThanOrEqual(1);
      expect(rollupAgrees, `round ${round}: the day's rollup counts the stored events`).toBe(true);
      // Resume from what is stored, so the next round's taps follow on.
      acknowledged.splice(0, acknowledged.length, ...taps);
    }
    await context.close();
    expect(offOrigin, 'requests to other origins').toEqual([]);
  } finally {
    await rm(userDataDir, { recursive: true, force: true });
  }
});
