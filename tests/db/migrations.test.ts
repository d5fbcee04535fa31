import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { expect, test } from 'vitest';
import { AppDb } from '../../src/db/app-db';
import { v001Initial } from '../../src/db/migrations/v001-initial';

// Each version of the schema, opened on a database an older version of the app left behind.
// This test grows with every new version: every record must come through intact.

const STUDENT = { id: '01K0000000000000000000000S', name: 'Ana', locale: 'en', createdAt: 1, updatedAt: 1 };
const EVENT = {
  id: '01K0000000000000000000000E',
  type: 'note',
  text: 'Good morning',
  at: Date.UTC(2026, 8, 7, 8),
  day: '2026-09-07',
  studentId: STUDENT.id,
  deviceId: '01K0000000000000000000000D',
  actor: { kind: 'student' },
};
const V1_ROLLUP = {
  studentId: STUDENT.id,
  day: '2026-09-07',
  stepsShown: 3,
  stepsStarted: 2,
  stepsFinished: 1,
  startsByPrompt: {
    independent: 1,
    gestural: 1,
    verbal: 0,
    model: 0,
    'partial-physical': 0,
    'full-physical': 0,
  },
  latencyMsTotal: 4000,
  durationMsTotal: 60000,
  notes: 1,
  changes: 0,
};

test('a version-1 database upgrades to the current version with every record intact', async () => {
  const indexedDB = new IDBFactory();
  const name = 'upgrade-test';
  const v1 = new Dexie(name, { indexedDB, IDBKeyRange });
  v001Initial(v1);
  await v1.open();
  await v1.table('students').add(STUDENT);
  await v1.table('events').add(EVENT);
  await v1.table('rollups').add(V1_ROLLUP);
  v1.close();

  const current = new AppDb(name, { indexedDB, IDBKeyRange });
  await current.open();

  expect(current.verno).toBe(2);
  expect(await current.students.toArray()).toEqual([STUDENT]);
  expect(await current.events.toArray()).toEqual([EVENT]);
  // Version 2 counts choices, tokens and rewards: none could exist before it.
  expect(await current.rollups.toArray()).toEqual([{ ...V1_ROLLUP, choices: 0, tokens: 0, rewards: 0 }]);
  current.close();
});
