import Dexie, { liveQuery } from 'dexie';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, expect, test } from 'vitest';
import type { AppDb } from '../../src/db/app-db';
import { createCard } from '../../src/db/repos/cards';
import { eventsOfStudentDay } from '../../src/db/repos/events';
import { planChangesToAcknowledge } from '../../src/db/repos/plan-changes';
import { rollupsBefore } from '../../src/db/repos/rollups';
import { saveSchedule } from '../../src/db/repos/schedules';
import { completeSetup } from '../../src/db/repos/setup';
import { recordStudentSteps } from '../../src/db/repos/steps';
import { setTokenPlan } from '../../src/db/repos/tokens';
import type { StaffId, StepId, StudentId } from '../../src/domain/ids';
import { ulid } from '../../src/domain/ids';
import type { AdultSession } from '../../src/domain/people';
import { emptyRollup } from '../../src/domain/rollup';
import { dayAfter, schoolDayOf } from '../../src/domain/time';
import { freshDb } from '../support/fresh-db';

// The para bar reads these live beside the kiosk. Each is read again only when what it reads
// changes: a student's tap, which writes today's events and rollup, made each of them read again
// (the plan changes in the student's whole log, a year of it in a classroom), and each tap waited
// behind them, about half a second with a year of records.

const NOW = new Date(2026, 8, 7, 9, 0).getTime();
const seconds = (count: number) => NOW + count * 1000;
const DAY = schoolDayOf(NOW);
const reading = ulid<'step'>(NOW) as StepId;
const para: AdultSession = { staffId: ulid<'staff'>(NOW) as StaffId, role: 'para', name: 'Mr. Lee' };

// Dexie runs live reads only where it found a browser's IndexedDB when it loaded (the databases
// here each have one of their own).
Dexie.dependencies.indexedDB ??= new IDBFactory();

let db: AppDb;
let teacher: AdultSession;
let ana: StudentId;

beforeEach(async () => {
  db = freshDb();
  const setup = await completeSetup(db, { teacherName: 'Ms. Rivera', pin: '2468', studentName: 'Ana' }, NOW);
  teacher = setup.session;
  ana = setup.student.id;
  const cardId = (await createCard(db, teacher, { label: 'Reading' }, NOW)).id;
  await saveSchedule(
    db,
    teacher,
    ana,
    { kind: 'day', day: DAY },
    [{ id: reading, cardId, miniSteps: [] }],
    NOW,
  );
  await recordStudentSteps(db, ana, { kind: 'shown', stepIds: [reading], again: false }, seconds(0));
});

/** A live read, with how many times it has run and each result it has given. */
function watched<T>(query: () => Promise<T>) {
  let runs = 0;
  const results: T[] = [];
  const subscription = liveQuery(() => {
    runs++;
    return query();
  }).subscribe({ next: (result) => results.push(result) });
  return { runs: () => runs, results, stop: () => subscription.unsubscribe() };
}

test("a student's tap makes neither the plan changes nor the days before today read again; their own changes do", async () => {
  const dayLog = watched(() => eventsOfStudentDay(db, ana, DAY));
  const planChanges = watched(() => planChangesToAcknowledge(db, para, ana));
  const daysBefore = watched(() => rollupsBefore(db, ana, DAY));
  await expect
    .poll(() => [dayLog, planChanges, daysBefore].map((read) => read.results.length))
    .toEqual([1, 1, 1]);

  await recordStudentSteps(db, ana, { kind: 'start', stepId: reading }, seconds(3));
  // The day's own read is told of the tap: by then the others would have been too.
  await expect.poll(() => dayLog.results.at(-1)?.some((event) => event.type === 'step-started')).toBe(true);
  expect(planChanges.runs()).toBe(1);
  expect(daysBefore.runs()).toBe(1);

  await setTokenPlan(db, teacher, ana, { spots: 5, fromSteps: true, rewardMinutes: 3 }, seconds(10));
  await expect.poll(() => planChanges.results.at(-1)?.length).toBe(1);
  const yesterday = dayAfter(DAY, -1);
  await db.rollups.put(emptyRollup(ana, yesterday));
  await expect.poll(() => daysBefore.results.at(-1)?.map((rollup) => rollup.day)).toEqual([yesterday]);
  for (const read of [dayLog, planChanges, daysBefore]) read.stop();
});
