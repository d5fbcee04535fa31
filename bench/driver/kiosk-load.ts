import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext } from 'playwright-core';
import { launch, median, probedPage, probes, round } from './browser';
import { KIOSK_LOADED } from './in-page';

type Bytes = { raw: number; gzip: number; files: number };

async function bytesOf(dist: string, files: readonly string[]): Promise<Bytes> {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const body = await readFile(join(dist, file));
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { raw, gzip, files: files.length };
}

/** No service worker, no cached files: the tablet's very first visit (the database stays). */
async function forgetEverythingButData(context: BrowserContext, origin: string): Promise<void> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.clearBrowserCache');
  await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'service_workers,cache_storage' });
  await page.close();
}

/**
 * The JavaScript and CSS the kiosk loads on a first visit (everything the page fetched until it
 * was idle: its first load and what loads after first paint), and the build's in total.
 */
export async function kioskBytes(context: BrowserContext, origin: string, dist: string) {
  await forgetEverythingButData(context, origin);
  const page = await probedPage(context);
  const loaded = new Set<string>();
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (response.url().startsWith(origin) && /\.(js|css)$/.test(path)) loaded.add(path.slice(1));
  });
  await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
  await page.close();
  const all = (await readdir(dist, { recursive: true })).map(String);
  const kind = (files: Iterable<string>, extension: string) =>
    [...files].filter((f) => f.endsWith(extension));
  return {
    kioskFirstVisit: {
      js: await bytesOf(dist, kind(loaded, '.js')),
      css: await bytesOf(dist, kind(loaded, '.css')),
      files: [...loaded].sort(),
    },
    build: { js: await bytesOf(dist, kind(all, '.js')), css: await bytesOf(dist, kind(all, '.css')) },
  };
}

const RUNS = 5;

type LoadTimes = { visibleMs: number; tappableMs: number; dayPaintedMs: number };

/**
 * One navigation to the kiosk, timed to the paint that shows the schedule with its Start or Done
 * (from the snapshot of the last screen, disabled, where there is one), to the paint where that
 * control is enabled and takes a tap, and to the first paint of the day's steps at all.
 */
async function timeScheduleVisible(context: BrowserContext, origin: string, cpu: number): Promise<LoadTimes> {
  const page = await probedPage(context, cpu);
  // Told on the console, not polled: polling runs Playwright's script on the page during its load.
  const loaded = page.waitForEvent('console', {
    predicate: (message) => message.text() === KIOSK_LOADED,
    timeout: 60_000,
  });
  await page.goto(`${origin}/`, { waitUntil: 'commit' });
  await loaded;
  const seen = await probes(page);
  await page.close();
  return {
    visibleMs: seen.scheduleVisibleAt ?? Number.NaN,
    tappableMs: seen.scheduleTappableAt ?? Number.NaN,
    dayPaintedMs: seen.dayPaintedAt ?? Number.NaN,
  };
}

/**
 * Navigation to the student's schedule on screen, the median of 5: cold (no service worker, no
 * cached files, as on a first visit) and warm (the service worker controls the page and answers
 * from its cache), without throttling and with the CPU slowed down 4 times.
 */
export async function scheduleVisible(context: BrowserContext, origin: string) {
  const summary = (runs: LoadTimes[]) => ({
    medianMs: round(median(runs.map((run) => run.visibleMs))),
    runsMs: runs.map((run) => round(run.visibleMs)),
    dayPaintedMedianMs: round(median(runs.map((run) => run.dayPaintedMs))),
    tappableMedianMs: round(median(runs.map((run) => run.tappableMs))),
  });
  const result: Record<string, ReturnType<typeof summary>> = {};
  for (const cpu of [1, 4]) {
    const cold: LoadTimes[] = [];
    for (let run = 0; run < RUNS; run++) {
      await forgetEverythingButData(context, origin);
      cold.push(await timeScheduleVisible(context, origin, cpu));
    }
    // Install the service worker and let it take control, then time visits it answers.
    const installing = await context.newPage();
    await installing.goto(`${origin}/`);
    await installing.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await installing.reload();
    await installing.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await installing.close();
    const warm: LoadTimes[] = [];
    for (let run = 0; run < RUNS; run++) warm.push(await timeScheduleVisible(context, origin, cpu));
    const suffix = cpu === 1 ? 'noThrottling' : `cpu${cpu}x`;
    result[`cold_${suffix}`] = summary(cold);
    result[`warm_${suffix}`] = summary(warm);
  }
  return result;
}

/**
 * A new tablet's first visit, with the CPU slowed down 4 times: navigation to setup's form on
 * screen, the median of 5, each in a browser profile of its own (no data, no service worker, no
 * cache), and the JavaScript that visit loaded until the network was idle.
 */
export async function setupFirstVisit(origin: string, dist: string) {
  const runs: number[] = [];
  let js: Bytes | undefined;
  for (let run = 0; run < RUNS; run++) {
    const profile = await mkdtemp(join(tmpdir(), 'on-my-own-bench-setup-'));
    const context = await launch(profile);
    try {
      const page = await probedPage(context, 4);
      const loaded = new Set<string>();
      page.on('response', (response) => {
        const path = new URL(response.url()).pathname;
        if (response.url().startsWith(origin) && path.endsWith('.js')) loaded.add(path.slice(1));
      });
      await page.goto(`${origin}/`, { waitUntil: 'commit' });
      await page.waitForFunction(
        () =>
          ((window as unknown as { __bench: { setupVisibleAt?: number } }).__bench.setupVisibleAt ?? -1) > 0,
        undefined,
        { timeout: 60_000 },
      );
      runs.push((await probes(page)).setupVisibleAt ?? Number.NaN);
      if (!js) {
        await page.waitForLoadState('networkidle');
        js = await bytesOf(dist, [...loaded]);
      }
    } finally {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    }
  }
  return { cpu4x: { medianMs: round(median(runs)), runsMs: runs.map(round) }, js };
}
