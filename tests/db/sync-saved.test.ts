import { expect, test } from 'vitest';
import { saveSyncAccount } from '../../src/db/repos/sync';
import { whenSyncAccountSaved } from '../../src/db/sync/sync-saved';
import { seedClassroom } from '../support/classroom';
import { freshDb } from '../support/fresh-db';

const NOW = Date.UTC(2026, 8, 7, 12);
const ACCOUNT = { server: 'https://couch.school.example', database: 'class-4b', username: '', password: '' };

test('the sync code is started only once a classroom server is saved on this device, and only once', async () => {
  const db = freshDb();
  const { teacher } = await seedClassroom(db, NOW);
  let starts = 0;
  const started = new Promise<void>((resolve) => {
    whenSyncAccountSaved(db, () => {
      starts++;
      resolve();
    });
  });
  // Other settings change: nothing starts.
  await db.settings.put({ key: 'adultLocale', value: 'es' });
  await db.settings.get('adultLocale');
  expect(starts).toBe(0);

  await saveSyncAccount(db, teacher, ACCOUNT);
  await started;
  await db.settings.put({ key: 'adultLocale', value: 'en' });
  await db.settings.get('adultLocale');
  expect(starts).toBe(1);
});

test('a device with a server saved starts syncing at once', async () => {
  const db = freshDb();
  const { teacher } = await seedClassroom(db, NOW);
  await saveSyncAccount(db, teacher, ACCOUNT);
  await new Promise<void>((resolve) => whenSyncAccountSaved(db, resolve));
});
