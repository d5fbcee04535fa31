// A day's support map (the review's "which help in which activity") is counted against that day's
// schedule: a merge that takes a newer day schedule from a file, with no new events, counts it
// again, as editing the schedule here does. And the log is append-only: an event the file holds
// under the id of one here never changes the one here.
import { afterEach, expect, test } from 'vitest';
import type { AppDb } from '../../src/db/app-db';
import { BackupWriter } from '../../src/db/backup/writer';
import { mergeBackup } from '../../src/db/repos/backup';
import { rollupsFromLog } from '../../src/db/repos/rollups';
import { saveSchedule } from '../../src/db/repos/schedules';
import { ulid } from '../../src/domain/ids';
import { schoolDayOf } from '../../src/domain/time';
import { seedClassroom } from '../support/classroom';
import { freshDb } from '../support/fresh-db';

const NOW = Date.UTC(2026, 8, 7, 12);
let db: AppDb;
afterEach(() => db.close());

test('a newer day schedule from a file recounts that day’s support map', async () => {
  db = freshDb();
  const { teacher, schedule, reading, math } = await seedClassroom(db, NOW);
  const day = schoolDayOf(NOW);
  const daySchedule = await saveSchedule(
    db,
    teacher,
    schedule.studentId,
    { kind: 'day', day },
    schedule.items,
    NOW + 1000,
  );
  // The same day on another tablet, its activities' cards swapped, saved later.
  const swapped = schedule.items.map((item) => ({
    ...item,
    cardId: item.cardId === reading.id ? math.id : item.cardId === math.id ? reading.id : item.cardId,
  }));
  const writer = await BackupWriter.start({ createdAt: NOW + 5000 });
  await writer.add({ t: 'schedules', v: { ...daySchedule, items: swapped, updatedAt: NOW + 4000 } });
  const summary = await mergeBackup(db, teacher, await writer.finish());
  expect(summary.added.events).toBe(0);
  expect((await db.schedules.get(daySchedule.id))?.items).toEqual(swapped);

  const rebuilt = await rollupsFromLog(db.events, db.schedules);
  const theDay = (rollup: { studentId: string; day: string }) =>
    rollup.studentId === schedule.studentId && rollup.day === day;
  const stored = (await db.rollups.toArray()).find(theDay);
  expect(stored?.support).toBeDefined();
  expect(stored?.support).toEqual(rebuilt.find(theDay)?.support);
});

test('an event in the file with the id of one here, but other content, leaves the one here as it is', async () => {
  db = freshDb();
  const { teacher } = await seedClassroom(db, NOW);
  const [here] = await db.events.toArray();
  if (!here) throw new Error('the classroom has no event');
  const writer = await BackupWriter.start({ createdAt: NOW + 5000 });
  await writer.add({ t: 'events', v: { ...here, at: here.at + 60_000, deviceId: ulid<'device'>(NOW) } });
  const summary = await mergeBackup(db, teacher, await writer.finish());
  expect(summary.added.events).toBe(0);
  expect(await db.events.get(here.id)).toEqual(here);
});
