import { type BrowserContext, chromium, type Page } from 'playwright-core';
import type { BenchHarness } from '../harness/main';
import { installProbes, KIOSK_LOADED, type Probes } from './in-page';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Chromium with a profile of its own (where the year's IndexedDB lives), as the e2e tests run it. */
export function launch(profile: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    viewport: { width: 1180, height: 820 },
    hasTouch: true,
    serviceWorkers: 'allow',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      // A page is timed in its own tab: background tabs must not be slowed down to save power.
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
    ],
  });
}

/** The harness page, bypassing the app's service worker (which would answer with the app). */
export async function openHarness(context: BrowserContext, origin: string, path: string): Promise<Page> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setBypassServiceWorker', { bypass: true });
  await page.goto(`${origin}${path}index.html`);
  await page.waitForFunction(() => document.body.dataset.ready === 'true');
  return page;
}

export function harness<Name extends keyof BenchHarness>(
  page: Page,
  name: Name,
  ...args: Parameters<BenchHarness[Name]>
): Promise<Awaited<ReturnType<BenchHarness[Name]>>> {
  return page.evaluate(
    ([name, args]) => {
      const bench = (window as unknown as { bench: Record<string, (...a: unknown[]) => unknown> }).bench;
      return bench[name]?.(...args);
    },
    [name, args] as const,
  ) as Promise<Awaited<ReturnType<BenchHarness[Name]>>>;
}

/** An app page with the bench's probes, CPU slowed down `cpu` times. */
export async function probedPage(context: BrowserContext, cpu = 1): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript(installProbes, KIOSK_LOADED);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  return page;
}

export const probes = (page: Page): Promise<Probes> =>
  page.evaluate(() => (window as unknown as { __bench: Probes }).__bench);

/** The JS heap in use after a full garbage collection, in bytes. */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
}

export const median = (values: readonly number[]): number => percentile(values, 50);

/** Nearest-rank percentile. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}

export const round = (ms: number) => Math.round(ms * 10) / 10;
