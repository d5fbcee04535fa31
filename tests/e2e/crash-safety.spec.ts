import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import type { PromptLevel } from '../../src/domain/events';
import { seedToday } from './fixtures/seed';
import { seedHistory } from './fixtures/seed-history';
import { expect, test } from './fixtures/test';
import { completeSetup, leaveAdultArea, signIn, TEACHER } from './page-models/app';
import {
  anotherTablet,
  askRestore,
  chooseBackup,
  openBackups,
  openPanel,
  saveBackup,
} from './page-models/backups';

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
    // Retried: a killed browser's helper processes may still be writing its cache for a moment.
    await rm(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  }
});

/** What the tablet holds, read from the database the app would open now: whole, or a mix. */
type StoredClassroom = { database: string; students: string[]; events: number; startsInRollups: number };

async function storedClassroom(page: Page): Promise<StoredClassroom> {
  return page.evaluate(async () => {
    const opened = (name: string) => {
      const open = indexedDB.open(name);
      return new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
    };
    const read = <T>(request: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    // The pointer; without it (killed before localStorage reached the disk), the restored
    // database a switch marked as put in use, which the app finds again; else the first.
    const pointer = JSON.parse(localStorage.getItem('on-my-own.database') ?? 'null') as {
      name?: string;
    } | null;
    let database = pointer?.name ?? 'on-my-own';
    if (!pointer) {
      let latest = 0;
      for (const { name } of await indexedDB.databases()) {
        if (!name || !/^on-my-own-[0-9A-Z]{26}$/.test(name)) continue;
        const restored = await opened(name);
        const mark = await read(restored.transaction('settings').objectStore('settings').get('inUseSince'));
        restored.close();
        const since = (mark as { value?: number } | undefined)?.value ?? 0;
        if (since > latest) [latest, database] = [since, name];
      }
    }
    const db = await opened(database);
    const store = (name: string) => db.transaction(name).objectStore(name);
    const students = await read(store('students').getAll() as IDBRequest<{ name: string }[]>);
    const events = await read(store('events').count());
    const rollups = await read(store('rollups').getAll() as IDBRequest<{ stepsStarted: number }[]>);
    db.close();
    return {
      database,
      students: students.map((student) => student.name).sort(),
      events,
      startsInRollups: rollups.reduce((sum, rollup) => sum + rollup.stepsStarted, 0),
    };
  });
}

/** 300 school days of 200 starts each: a file that takes the restore seconds to write. */
const LARGE_HISTORY = Array.from({ length: 300 }, (_, index) => ({
  date: new Date(2025, 0, 1 + index),
  starts: Array.from({ length: 200 }, (_, step): PromptLevel => (step % 3 === 0 ? 'verbal' : 'independent')),
}));

test('killing the browser while a restore is written, or as it is switched to, leaves the old data or the new, whole', async ({
  launchOptions,
  baseURL,
  viewport,
  browser,
}) => {
  test.setTimeout(180_000);
  // The file: another tablet's classroom, Zoe's, with a long history.
  const other = await anotherTablet(browser, baseURL);
  await completeSetup(other, 'Zoe');
  await seedHistory(other, LARGE_HISTORY);
  await other.goto('/');
  const fresh = await storedClassroom(other);
  await signIn(other, TEACHER.pin);
  await openBackups(other);
  const file = await saveBackup(other);
  await other.context().close();
  expect(fresh).toMatchObject({ students: ['Zoe'], startsInRollups: 60_000 });

  const userDataDir = await mkdtemp(join(tmpdir(), 'on-my-own-restore-crash-'));
  const launch = async (): Promise<{ context: BrowserContext; page: Page }> => {
    const context = await chromium.launchPersistentContext(userDataDir, {
      ...launchOptions,
      baseURL,
      viewport,
      hasTouch: true,
    });
    return { context, page: context.pages()[0] ?? (await context.newPage()) };
  };
  /** Kills the browser, and opens it again on the same profile, at the app's start. */
  const crash = async (context: BrowserContext) => {
    const closed = new Promise<void>((resolve) => context.once('close', () => resolve()));
    process.kill(await browserPid(userDataDir), 'SIGKILL');
    await closed;
    const relaunched = await launch();
    await relaunched.page.goto('/');
    return relaunched;
  };
  const restoreAsked = async (page: Page) => {
    await signIn(page, TEACHER.pin);
    await openBackups(page);
    await chooseBackup(page, file);
    await askRestore(page);
  };

  try {
    let { context, page } = await launch();
    await completeSetup(page);
    await leaveAdultArea(page);
    const old = await storedClassroom(page);
    expect(old.students).toEqual(['Ana']);
    const whole = (stored: StoredClassroom) => {
      const { database: _old, ...classroom } = old;
      const { database: _fresh, ...restored } = fresh;
      const { database: _stored, ...now } = stored;
      return [classroom, restored].some((expected) => JSON.stringify(expected) === JSON.stringify(now));
    };

    // While the file is being written aside: the old classroom, as it was.
    await restoreAsked(page);
    const bar = openPanel(page).getByRole('progressbar', { name: 'Checking the whole file…' });
    await expect
      .poll(() => bar.evaluate((element) => (element as HTMLProgressElement).value))
      .toBeGreaterThan(0.3);
    ({ context, page } = await crash(context));
    expect(await storedClassroom(page)).toEqual(old);
    await expect(page.getByRole('heading', { name: 'Hello, Ana' })).toBeVisible();

    // The moment the teacher says yes, and a little after: one classroom or the other, whole.
    for (const delayMs of [0, 25]) {
      await restoreAsked(page);
      const yes = openPanel(page).getByRole('button', { name: 'Yes, replace everything' });
      await openPanel(page)
        .getByRole('checkbox', { name: /^I understand that the students named above will be deleted/ })
        .check();
      await yes.click();
      // The kill's moment after the tap is what the test varies, so it waits exactly that long.
      if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
      ({ context, page } = await crash(context));
      // Read again if the app starts again under the reading, on the database it found.
      let stored: StoredClassroom = old;
      await expect(async () => {
        stored = await storedClassroom(page);
      }).toPass();
      expect(whole(stored), `killed ${delayMs} ms after yes: ${JSON.stringify(stored)}`).toBe(true);
      // The app is on that classroom (after starting again on it, if it had to find it).
      const [student] = stored.students;
      await expect(page.getByRole('heading', { name: `Hello, ${student}` })).toBeVisible();
      if (stored.students.includes('Zoe')) break;
    }
    await context.close();
  } finally {
    // Retried: a killed browser's helper processes may still be writing its cache for a moment.
    await rm(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  }
});
