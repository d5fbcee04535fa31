import type { CDPSession, Page } from 'playwright-core';
import { harness, round } from './browser';

/** How often the page's JS heap is read while a backup step runs. */
const HEAP_SAMPLE_MS = 100;

/**
 * The page's JS heap in use (CDP Performance.getMetrics JSHeapUsedSize), read every 100 ms while
 * `work` runs: the highest reading and how many were taken. The file itself is a Blob, kept by
 * the browser outside the JS heap, so it is not counted.
 */
async function withPeakHeap<T>(
  cdp: CDPSession,
  work: () => Promise<T>,
): Promise<{ result: T; peakHeapBytes: number; heapSamples: number }> {
  const read = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0;
  };
  let peak = await read();
  let samples = 1;
  let running = true;
  const sampling = (async () => {
    while (running) {
      await new Promise((resolve) => setTimeout(resolve, HEAP_SAMPLE_MS));
      peak = Math.max(peak, await read());
      samples++;
    }
  })();
  try {
    const result = await work();
    return { result, peakHeapBytes: peak, heapSamples: samples };
  } finally {
    running = false;
    await sampling;
  }
}

/**
 * Backup of the whole year through the repositories in the harness page, with a teacher's
 * session: an export, a sealed export (passphrase: key derivation and AES-GCM), a merge of the
 * export into the tablet that holds it (nothing to add), then a restore of it, which replaces
 * everything (the run works on a copy of the profile), and last IndexedDB's cost per row of the
 * restored events (see harness/row-costs.ts).
 */
export async function backupTimings(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  try {
    const exported = await withPeakHeap(cdp, () => harness(page, 'exportYear', false));
    const sealed = await withPeakHeap(cdp, () => harness(page, 'exportYear', true));
    const merged = await withPeakHeap(cdp, () => harness(page, 'mergeYear'));
    const restored = await withPeakHeap(cdp, () => harness(page, 'restoreYear'));
    // Where the restore's time goes: IndexedDB's cost per row, measured apart from the app. After
    // the restore, whose figure the scratch database's writes and deletion would otherwise slow.
    const rowCosts = await harness(page, 'eventRowCosts');
    const step = <Extra extends object>(
      timed: { result: { ms: number }; peakHeapBytes: number; heapSamples: number },
      extra: Extra,
    ) => ({
      seconds: round(timed.result.ms / 1000),
      peakHeapBytes: timed.peakHeapBytes,
      heapSamples: timed.heapSamples,
      ...extra,
    });
    return {
      export: step(exported, { fileBytes: exported.result.bytes }),
      sealedExport: step(sealed, { fileBytes: sealed.result.bytes }),
      merge: step(merged, {
        addedEvents: merged.result.addedEvents,
        resolutions: merged.result.resolutions,
      }),
      restore: step(restored, { events: restored.result.events }),
      rowCosts,
      exportAndRestoreMs: Math.round(exported.result.ms + restored.result.ms),
    };
  } finally {
    await cdp.detach();
  }
}
