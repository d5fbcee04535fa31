import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { expect, test } from 'vitest';
import { AppDb } from '../../src/db/app-db';
import { v001Initial } from '../../src/db/migrations/v001-initial';
import { v002ChoicesAndTokens } from '../../src/db/migrations/v002-choices-and-tokens';

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

  expect(current.verno).toBe(3);
  expect(await current.students.toArray()).toEqual([STUDENT]);
  expect(await current.events.toArray()).toEqual([EVENT]);
  // Version 2 counts choices, tokens and rewards, version 3 starts after a peer's cue: none could exist before.
  expect(await current.rollups.toArray()).toEqual([
    {
      ...V1_ROLLUP,
      startsByPrompt: { ...V1_ROLLUP.startsByPrompt, peer: 0 },
      choices: 0,
      tokens: 0,
      rewards: 0,
    },
  ]);
  expect(await current.plans.count()).toBe(0);
  current.close();
});

test('a version-2 database gains the peer level in its rollups and an empty table of fading plans', async () => {
  const indexedDB = new IDBFactory();
  const name = 'upgrade-from-2';
  const v2 = new Dexie(name, { indexedDB, IDBKeyRange });
  v001Initial(v2);
  v002ChoicesAndTokens(v2);
  await v2.open();
  const v2Rollup = { ...V1_ROLLUP, choices: 2, tokens: 5, rewards: 1 };
  await v2.table('students').add(STUDENT);
  await v2.table('events').add(EVENT);
  await v2.table('rollups').add(v2Rollup);
  v2.close();

  const current = new AppDb(name, { indexedDB, IDBKeyRange });
  await current.open();

  expect(await current.students.toArray()).toEqual([STUDENT]);
  expect(await current.events.toArray()).toEqual([EVENT]);
  expect(await current.rollups.toArray()).toEqual([
    { ...v2Rollup, startsByPrompt: { ...V1_ROLLUP.startsByPrompt, peer: 0 } },
  ]);
  expect(await current.plans.toArray()).toEqual([]);
  current.close();
});
