// Classroom sync against a loopback CouchDB-protocol server (the tests' express-pouchdb in memory):
// the year pushed from the tablet that holds it, pulled whole by a new device, then one school day
// of the class's records sent and pulled. Issue 22's goals: the year in under 2 minutes on the new
// device, a day in under 5 s.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startSyncServer } from '../../scripts/sync-server.mjs';
import { harness, launch, openHarness, round } from './browser';

export const SYNC_GOALS = { yearPullMs: 120_000, dayPullMs: 5_000 };

export async function syncTimings(
  yearPage: Page,
  origin: string,
  harnessPath: string,
  today: string,
  log: (line: string) => void,
) {
  const server = await startSyncServer();
  const database = 'bench-classroom';
  await fetch(`${server.url}/${database}`, { method: 'PUT' });
  const profile = await mkdtemp(join(tmpdir(), 'on-my-own-bench-sync-'));
  const newDevice = await launch(profile);
  try {
    log('sync: the year pushed from its tablet…');
    const yearPush = await harness(yearPage, 'syncWith', server.url, database);
    log(`sync: pushed in ${round(yearPush.ms)} ms; a new device pulls it…`);
    const newPage = await openHarness(newDevice, origin, harnessPath);
    const yearPull = await harness(newPage, 'syncWith', server.url, database);
    log(`sync: pulled in ${round(yearPull.ms)} ms; one school day of the class…`);
    const from = await harness(yearPage, 'lastRecordedDay', today as never);
    if (!from) throw new Error('no recorded day to copy');
    const dayRecords = await harness(yearPage, 'copyClassDay', from, today as never);
    const dayPush = await harness(yearPage, 'syncWith', server.url, database);
    const dayPull = await harness(newPage, 'syncWith', server.url, database);
    return {
      server: 'express-pouchdb, memory adapter, loopback',
      yearPush: { ...yearPush, ms: round(yearPush.ms) },
      yearPull: { ...yearPull, ms: round(yearPull.ms) },
      dayRecords,
      dayPush: { ...dayPush, ms: round(dayPush.ms) },
      dayPull: { ...dayPull, ms: round(dayPull.ms) },
      goals: {
        yearPull: {
          goalMs: SYNC_GOALS.yearPullMs,
          actualMs: round(yearPull.ms),
          met: yearPull.ms < SYNC_GOALS.yearPullMs,
        },
        dayPull: {
          goalMs: SYNC_GOALS.dayPullMs,
          actualMs: round(dayPull.ms),
          met: dayPull.ms < SYNC_GOALS.dayPullMs,
        },
      },
    };
  } finally {
    await newDevice.close();
    await rm(profile, { recursive: true, force: true });
    await server.stop();
  }
}
