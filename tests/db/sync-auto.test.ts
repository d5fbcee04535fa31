// Sync with nobody pressing a button, against a real CouchDB-protocol server (express-pouchdb in
// memory, on loopback): what changes on one device reaches another by itself, a failure is noted
// in the status and tried again, and two edits of one row are listed where the earlier one lost.
import { afterAll, afterEach, beforeAll, beforeEach, expect, test } from 'vitest';
import { appendEvents } from '../../bench/harness/append-events';
import { startSyncServer } from '../../scripts/sync-server.mjs';
import { updateStudentSettings } from '../../src/db/repos/students';
import { readSyncStatus, saveSyncAccount, syncWithSavedAccount } from '../../src/db/repos/sync';
import { startAutoSync } from '../../src/db/sync/auto-sync';
import type { Fetch } from '../../src/db/sync/couch-client';
import { seedClassroom } from '../support/classroom';
import { aShown } from '../support/events';
import { freshDb } from '../support/fresh-db';

const NOW = Date.UTC(2026, 8, 7, 12);

let server: { url: string; stop(): Promise<void> };
beforeAll(async () => {
  server = await startSyncServer();
});
afterAll(async () => {
  await server.stop();
});

let database: string;
const cleanups: (() => void)[] = [];
beforeEach(async () => {
  database = `classroom-${crypto.randomUUID()}`;
  expect((await fetch(`${server.url}/${database}`, { method: 'PUT' })).status).toBe(201);
});
afterEach(() => {
  // Sync stops before its database closes.
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

/** A device of the classroom: its own database, the server saved by its teacher. */
async function aDevice(prefix: string) {
  const db = freshDb();
  cleanups.push(() => db.close());
  const { teacher, ana } = await seedClassroom(db, NOW, prefix);
  await saveSyncAccount(db, teacher, { server: server.url, database, username: '', password: '' });
  return { db, teacher, ana };
}

test('a record made on the tablet reaches the laptop with nobody pressing Sync now', async () => {
  const tablet = await aDevice('');
  const laptop = await aDevice('Laptop ');
  cleanups.push(startAutoSync(tablet.db, { now: Date.now }), startAutoSync(laptop.db, { now: Date.now }));
  // Both have synced what they were set up with.
  await expect
    .poll(async () => (await readSyncStatus(laptop.db))?.lastSyncedAt, { timeout: 10_000 })
    .toBeDefined();
  await expect
    .poll(async () => (await readSyncStatus(tablet.db))?.lastSyncedAt, { timeout: 10_000 })
    .toBeDefined();

  // Recorded now, as a tap is: after the rounds above, so the next push offers it.
  const [record] = await appendEvents(tablet.db, [aShown(tablet.ana.id, Date.now())]);
  if (!record) throw new Error('one record was written');
  // Pushed a moment after the write; the laptop's long poll hears of it and pulls it.
  await expect.poll(() => laptop.db.events.get(record.id), { timeout: 15_000 }).toEqual(record);
  expect((await readSyncStatus(laptop.db))?.lastError).toBeUndefined();
});

test('a server that cannot be reached is noted in words, and the records stay here', async () => {
  const tablet = await aDevice('');
  const down: Fetch = () => Promise.reject(new TypeError('Failed to fetch'));
  cleanups.push(startAutoSync(tablet.db, { now: Date.now, fetch: down }));
  await expect
    .poll(async () => (await readSyncStatus(tablet.db))?.lastError, { timeout: 10_000 })
    .toBe('sync-offline');
  expect(await tablet.db.events.count()).toBeGreaterThan(0);
});

test('two edits of one student made offline: the device whose edit lost lists it, and both keep the later', async () => {
  const tablet = await aDevice('');
  const laptop = freshDb();
  cleanups.push(() => laptop.close());
  // The laptop joins the tablet's classroom: the same teacher, through the server.
  await syncWithSavedAccount(tablet.db, NOW);
  await saveSyncAccount(laptop, tablet.teacher, { server: server.url, database, username: '', password: '' });
  await syncWithSavedAccount(laptop, NOW);

  await updateStudentSettings(laptop, tablet.teacher, tablet.ana.id, { locale: 'en' }, NOW + 1000);
  await updateStudentSettings(tablet.db, tablet.teacher, tablet.ana.id, { locale: 'es' }, NOW + 2000);
  await syncWithSavedAccount(tablet.db, NOW + 3000);
  await syncWithSavedAccount(laptop, NOW + 4000);

  expect(await laptop.students.get(tablet.ana.id)).toMatchObject({ locale: 'es' });
  expect((await readSyncStatus(laptop))?.conflicts).toEqual([
    { table: 'students', name: 'Ana', kept: 'server', at: NOW + 4000 },
  ]);
  expect((await readSyncStatus(tablet.db))?.conflicts).toBeUndefined();
});
