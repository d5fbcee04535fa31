// Settings → Classroom sync through its repository: only a teacher sets the account or syncs,
// and the status says when it last worked, what is waiting, and the last error by its code.
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { startSyncServer } from '../../scripts/sync-server.mjs';
import type { AppDb } from '../../src/db/app-db';
import { readSyncStatus, recordsWaiting, saveSyncAccount, syncNow } from '../../src/db/repos/sync';
import { seedClassroom } from '../support/classroom';
import { freshDb } from '../support/fresh-db';

const NOW = Date.UTC(2026, 8, 7, 12);
// Sync runs after the seeded day's edits and records: what is older is no longer waiting.
const DAY = 86_400_000;
let server: { url: string; stop(): Promise<void> };
beforeAll(async () => {
  server = await startSyncServer();
  await fetch(`${server.url}/classroom`, { method: 'PUT' });
});
afterAll(async () => {
  await server.stop();
});
let db: AppDb;
afterEach(() => db.close());

test('a teacher saves the account and syncs; the status and the records waiting follow', async () => {
  db = freshDb();
  const { teacher } = await seedClassroom(db, NOW);
  const para = { ...teacher, role: 'para' as const };
  const account = { server: server.url, database: 'classroom', username: '', password: '' };
  await expect(saveSyncAccount(db, para, account)).rejects.toMatchObject({ code: 'not-allowed' });
  await expect(
    saveSyncAccount(db, teacher, { ...account, server: 'javascript:alert(1)' }),
  ).rejects.toMatchObject({
    code: 'invalid-input',
  });
  await expect(saveSyncAccount(db, teacher, { ...account, database: 'Not A Name' })).rejects.toMatchObject({
    code: 'invalid-input',
  });
  await saveSyncAccount(db, teacher, account);
  expect(await recordsWaiting(db)).toBeGreaterThan(0);
  await expect(syncNow(db, para, NOW)).rejects.toMatchObject({ code: 'not-allowed' });

  await syncNow(db, teacher, NOW + DAY);
  expect(await readSyncStatus(db)).toEqual({ lastSyncedAt: NOW + DAY, setAside: 0 });
  expect(await recordsWaiting(db)).toBe(0);

  await saveSyncAccount(db, teacher, { ...account, database: 'no-such-classroom' });
  await expect(syncNow(db, teacher, NOW + DAY + 1000)).rejects.toMatchObject({ code: 'sync-no-database' });
  expect(await readSyncStatus(db)).toEqual({
    lastSyncedAt: NOW + DAY,
    lastError: 'sync-no-database',
    setAside: 0,
  });
});
