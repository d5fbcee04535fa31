import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { expect, test } from 'vitest';
import { AppDb } from '../../src/db/app-db';
import { v001Initial } from '../../src/db/migrations/v001-initial';
import { v002ChoicesAndTokens } from '../../src/db/migrations/v002-choices-and-tokens';
import { v003PeerPromptsAndFadingPlans } from '../../src/db/migrations/v003-peer-prompts-and-fading-plans';
import { v004DayFiguresInRollups } from '../../src/db/migrations/v004-day-figures-in-rollups';
import { v005ScheduleSlotIndexes } from '../../src/db/migrations/v005-schedule-slot-indexes';
import { v006MediaContentHash } from '../../src/db/migrations/v006-media-content-hash';
import { v007Deletions } from '../../src/db/migrations/v007-deletions';
import { storePicture } from '../../src/db/pictures/picture-store';
import { scheduleFor } from '../../src/db/repos/schedule-reads';
import type { CardId, StaffId, StudentId, TargetId } from '../../src/domain/ids';
import { emptyRollup } from '../../src/domain/rollup';
import type { SchoolDay } from '../../src/domain/time';

// Each version of the schema, opened on a database an older version of the app left behind.
// This test grows with every new version: every record must come through intact, and the day
// rollups, which are figures of the log, must come out as the log's figures.

const ANA = '01K0000000000000000000000S' as StudentId;
const DAY = '2026-09-07' as SchoolDay;
const STUDENT = { id: ANA, name: 'Ana', locale: 'en', createdAt: 1, updatedAt: 1 };
const STAFF = {
  id: '01K000000000000000000000T1',
  name: 'Ms Lee',
  role: 'teacher',
  createdAt: 1,
  updatedAt: 1,
};
const CARD = { id: '01K000000000000000000000C1' as CardId, label: 'Art', createdAt: 1, updatedAt: 1 };
const STEP = '01K000000000000000000000P1';
const DAY_SCHEDULE = {
  id: '01K000000000000000000000H1',
  studentId: ANA,
  slot: { kind: 'day', day: DAY },
  items: [{ id: STEP, cardId: CARD.id, miniSteps: [] }],
  createdAt: 1,
  updatedAt: 1,
};
const SETTING = { key: 'deviceId', value: '01K0000000000000000000000D' };

const at = (minutes: number) => new Date(2026, 8, 7, 8, minutes).getTime();
const base = (id: string, minutes: number) => ({
  id,
  at: at(minutes),
  day: DAY,
  studentId: ANA,
  deviceId: SETTING.value,
  actor: { kind: 'student' },
});
/** A morning of version 1: Art shown, started after a gesture, finished, and a note. */
const V1_EVENTS = [
  { ...base('01K00000000000000000000E01', 0), type: 'step-shown', scheduleId: DAY_SCHEDULE.id, stepId: STEP },
  {
    ...base('01K00000000000000000000E02', 1),
    type: 'step-started',
    stepId: STEP,
    prompt: 'gestural',
    latencyMs: 4000,
  },
  { ...base('01K00000000000000000000E03', 2), type: 'step-finished', stepId: STEP, durationMs: 60000 },
  { ...base('01K00000000000000000000E04', 3), type: 'note', text: 'Good morning' },
];
const V1_ROLLUP = {
  studentId: ANA,
  day: DAY,
  stepsShown: 1,
  stepsStarted: 1,
  stepsFinished: 1,
  startsByPrompt: {
    independent: 0,
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
/** The same morning's figures today: Art started after an adult's gesture, so the teacher helped start it. */
const CURRENT_ROLLUP = {
  ...emptyRollup(ANA, DAY),
  stepsShown: 1,
  stepsStarted: 1,
  stepsFinished: 1,
  startsByPrompt: { ...emptyRollup(ANA, DAY).startsByPrompt, gestural: 1 },
  latencyMsTotal: 4000,
  durationMsTotal: 60000,
  notes: 1,
  support: { [CARD.id]: { 'teacher-helps-start': 1 } },
};

async function fill(old: Dexie, events: object[], rollup: object) {
  await old.open();
  await old.table('students').add(STUDENT);
  await old.table('staff').add(STAFF);
  await old.table('cards').add(CARD);
  await old.table('schedules').add(DAY_SCHEDULE);
  await old.table('settings').add(SETTING);
  await old.table('events').bulkAdd(events);
  await old.table('rollups').add(rollup);
  old.close();
}

async function expectIntact(current: AppDb, events: { id: string }[]) {
  expect(await current.students.toArray()).toEqual([STUDENT]);
  expect(await current.staff.toArray()).toEqual([STAFF]);
  expect(await current.cards.toArray()).toEqual([CARD]);
  expect(await current.schedules.toArray()).toEqual([DAY_SCHEDULE]);
  expect(await current.settings.toArray()).toEqual([SETTING]);
  // Read back in order of id, as stored.
  expect(await current.events.toArray()).toEqual([...events].sort((a, b) => (a.id < b.id ? -1 : 1)));
}

test('a version-1 database upgrades to the current version with every record intact', async () => {
  const indexedDB = new IDBFactory();
  const v1 = new Dexie('from-1', { indexedDB, IDBKeyRange });
  v001Initial(v1);
  await fill(v1, V1_EVENTS, V1_ROLLUP);

  const current = new AppDb('from-1', { indexedDB, IDBKeyRange });
  await current.open();

  expect(current.verno).toBe(8);
  await expectIntact(current, V1_EVENTS);
  expect(await current.rollups.toArray()).toEqual([CURRENT_ROLLUP]);
  expect(await current.plans.count()).toBe(0);
  current.close();
});

test('a version-2 database keeps its choices, tokens and rewards and gains an empty table of fading plans', async () => {
  const indexedDB = new IDBFactory();
  const v2 = new Dexie('from-2', { indexedDB, IDBKeyRange });
  v001Initial(v2);
  v002ChoicesAndTokens(v2);
  const token = { ...base('01K00000000000000000000E05', 4), type: 'token-given', stepId: STEP };
  const events = [...V1_EVENTS, token];
  await fill(v2, events, { ...V1_ROLLUP, choices: 0, tokens: 1, rewards: 0 });

  const current = new AppDb('from-2', { indexedDB, IDBKeyRange });
  await current.open();

  await expectIntact(current, events);
  expect(await current.rollups.toArray()).toEqual([{ ...CURRENT_ROLLUP, tokens: 1 }]);
  expect(await current.plans.toArray()).toEqual([]);
  current.close();
});

test('a version-3 database gains the day figures of its ratings, self-checks and support in its rollups', async () => {
  const indexedDB = new IDBFactory();
  const v3 = new Dexie('from-3', { indexedDB, IDBKeyRange });
  v001Initial(v3);
  v002ChoicesAndTokens(v3);
  v003PeerPromptsAndFadingPlans(v3);
  const target = '01K000000000000000000000G1' as TargetId;
  const adult = { kind: 'staff', staffId: STAFF.id };
  const answer = {
    ...base('01K00000000000000000000E05', 5),
    type: 'self-check-answered',
    targetId: target,
    answer: 'yes',
    prompt: { kind: 'interval', dueAt: at(5) },
    checkRequested: true,
  };
  const check = {
    ...base('01K00000000000000000000E06', 6),
    actor: adult,
    type: 'adult-check',
    targetId: target,
    answerEvent: answer.id,
    answer: 'no',
  };
  const events = [
    ...V1_EVENTS,
    // A rating of 4 at 8:04 and of 2 at 12:00, in the morning and at midday.
    {
      ...base('01K00000000000000000000E07', 4),
      type: 'scale-rated',
      scaleId: 'S',
      level: 4,
      context: { kind: 'check-in' },
    },
    {
      ...base('01K00000000000000000000E08', 240),
      type: 'scale-rated',
      scaleId: 'S',
      level: 2,
      context: { kind: 'check-in' },
    },
    answer,
    check,
    {
      ...base('01K00000000000000000000E09', 6),
      actor: adult,
      type: 'check-matched',
      answerEvent: answer.id,
      adultCheck: check.id,
      matched: false,
    },
    // A para's word on Art: it took an adult throughout.
    {
      ...base('01K00000000000000000000E10', 7),
      actor: adult,
      type: 'support-noted',
      stepId: STEP,
      level: 'adult-throughout',
    },
  ];
  const v3Rollup = {
    ...V1_ROLLUP,
    startsByPrompt: { ...V1_ROLLUP.startsByPrompt, peer: 0 },
    choices: 0,
    tokens: 0,
    rewards: 0,
  };
  await fill(v3, events, v3Rollup);

  const current = new AppDb('from-3', { indexedDB, IDBKeyRange });
  await current.open();

  await expectIntact(current, events);
  expect(await current.rollups.toArray()).toEqual([
    {
      ...CURRENT_ROLLUP,
      ratings: { 1: 0, 2: 1, 3: 0, 4: 1, 5: 0 },
      ratingsByPart: {
        morning: { count: 1, levelTotal: 4 },
        midday: { count: 1, levelTotal: 2 },
        afternoon: { count: 0, levelTotal: 0 },
      },
      selfChecks: { [target]: { answers: 1, yes: 1, yesNo: 1, checks: 1, matches: 0 } },
      support: { [CARD.id]: { 'adult-throughout': 1 } },
    },
  ]);
  current.close();
});

test('a version-4 database finds a day’s schedule and a weekday’s template through their new indexes', async () => {
  const indexedDB = new IDBFactory();
  const v4 = new Dexie('from-4', { indexedDB, IDBKeyRange });
  v001Initial(v4);
  v002ChoicesAndTokens(v4);
  v003PeerPromptsAndFadingPlans(v4);
  v004DayFiguresInRollups(v4);
  await fill(v4, V1_EVENTS, CURRENT_ROLLUP);
  const monday = {
    ...DAY_SCHEDULE,
    id: '01K000000000000000000000H2',
    slot: { kind: 'template', weekday: 1 },
  };
  await v4.open();
  await v4.table('schedules').add(monday);
  v4.close();

  const current = new AppDb('from-4', { indexedDB, IDBKeyRange });
  await current.open();

  expect(await current.students.toArray()).toEqual([STUDENT]);
  expect(await current.events.count()).toBe(V1_EVENTS.length);
  expect(await current.rollups.toArray()).toEqual([CURRENT_ROLLUP]);
  expect(await current.schedules.where('[studentId+slot.day]').equals([ANA, DAY]).toArray()).toEqual([
    DAY_SCHEDULE,
  ]);
  expect(await scheduleFor(current, ANA, { kind: 'day', day: DAY })).toEqual(DAY_SCHEDULE);
  expect(await scheduleFor(current, ANA, { kind: 'template', weekday: 1 })).toEqual(monday);
  expect(await scheduleFor(current, ANA, { kind: 'template', weekday: 2 })).toBeUndefined();
  current.close();
});

test('a version-5 database keeps its pictures, which have no content hash, and stores a new picture once by its hash', async () => {
  const indexedDB = new IDBFactory();
  const v5 = new Dexie('from-5', { indexedDB, IDBKeyRange });
  v001Initial(v5);
  v002ChoicesAndTokens(v5);
  v003PeerPromptsAndFadingPlans(v5);
  v004DayFiguresInRollups(v5);
  v005ScheduleSlotIndexes(v5);
  await fill(v5, V1_EVENTS, CURRENT_ROLLUP);
  const old = { id: '01K000000000000000000000M1', ownerId: CARD.id, blob: new Blob(['old']), updatedAt: 1 };
  await v5.open();
  await v5.table('media').add(old);
  v5.close();

  const current = new AppDb('from-5', { indexedDB, IDBKeyRange });
  await current.open();

  expect(current.verno).toBe(8);
  expect(await current.students.toArray()).toEqual([STUDENT]);
  expect(await current.events.count()).toBe(V1_EVENTS.length);
  const [kept] = await current.media.toArray();
  expect({ ...kept, blob: await kept?.blob.text() }).toEqual({ ...old, blob: 'old' });
  const picture = { blob: new Blob(['new']), hash: 'a'.repeat(64) };
  const first = await current.transaction('rw', current.media, () =>
    storePicture(current, picture, 'one', 2),
  );
  const again = await current.transaction('rw', current.media, () =>
    storePicture(current, picture, 'two', 3),
  );
  expect(again).toBe(first);
  expect(await current.media.where('hash').equals(picture.hash).count()).toBe(1);
  current.close();
});

test('a version-6 database keeps every record and gains an empty table of deletions', async () => {
  const indexedDB = new IDBFactory();
  const v6 = new Dexie('from-6', { indexedDB, IDBKeyRange });
  v001Initial(v6);
  v002ChoicesAndTokens(v6);
  v003PeerPromptsAndFadingPlans(v6);
  v004DayFiguresInRollups(v6);
  v005ScheduleSlotIndexes(v6);
  v006MediaContentHash(v6);
  await fill(v6, V1_EVENTS, CURRENT_ROLLUP);

  const current = new AppDb('from-6', { indexedDB, IDBKeyRange });
  await current.open();

  expect(current.verno).toBe(8);
  await expectIntact(current, V1_EVENTS);
  expect(await current.rollups.toArray()).toEqual([CURRENT_ROLLUP]);
  expect(await current.deletions.count()).toBe(0);
  await current.deletions.add({ id: ANA, kind: 'students', at: 1, by: STAFF.id as StaffId });
  expect(await current.deletions.get(ANA)).toMatchObject({ kind: 'students' });
  current.close();
});

test('a version-7 database keeps every record, and its boards read as before without a grid or language', async () => {
  const indexedDB = new IDBFactory();
  const v7 = new Dexie('from-7', { indexedDB, IDBKeyRange });
  v001Initial(v7);
  v002ChoicesAndTokens(v7);
  v003PeerPromptsAndFadingPlans(v7);
  v004DayFiguresInRollups(v7);
  v005ScheduleSlotIndexes(v7);
  v006MediaContentHash(v7);
  v007Deletions(v7);
  const board = {
    id: '01K000000000000000000000B1',
    name: 'Snacks',
    options: [{ id: '01K000000000000000000000O1', cardId: CARD.id }],
    shown: {},
    createdAt: 1,
    updatedAt: 1,
  };
  await fill(v7, V1_EVENTS, CURRENT_ROLLUP);
  await v7.open();
  await v7.table('boards').add(board);
  v7.close();

  const current = new AppDb('from-7', { indexedDB, IDBKeyRange });
  await current.open();

  expect(current.verno).toBe(8);
  await expectIntact(current, V1_EVENTS);
  expect(await current.boards.toArray()).toEqual([board]);
  current.close();
});
