import { countedBeforeNow } from '../../domain/activity-starts';
import { voidedTargets } from '../../domain/corrections';
import type { AppEvent } from '../../domain/events';
import type { StudentId } from '../../domain/ids';
import type { AdultSession } from '../../domain/people';
import type { DayRange } from '../../domain/review/independence';
import { answerTargetsOf, type DayRollup, RollupAccumulator, rollupKey } from '../../domain/rollup';
import type { Schedule, ScheduleItem } from '../../domain/schedule';
import { dayAfter, type SchoolDay } from '../../domain/time';
import type { AppDb } from '../app-db';
import { guardedWrite } from '../write-errors';
import { requireRole } from './access';
import { refreshDaySupport } from './events';

export function dayRollup(db: AppDb, studentId: StudentId, day: SchoolDay): Promise<DayRollup | undefined> {
  return db.rollups.get([studentId, day]);
}

/** A student's rollups from one day to another, both included. */
export function rollupsBetween(db: AppDb, studentId: StudentId, range: DayRange): Promise<DayRollup[]> {
  return db.rollups
    .where('[studentId+day]')
    .between([studentId, range.from], [studentId, range.to], true, true)
    .toArray();
}

/**
 * A student's rollups of the days before `day`: a live read of them is not run again for the
 * writes of `day` itself, as each tap's write of today's rollup would make it. Up to the day
 * before, included: Dexie's live reads watch a range with its bounds, open or not.
 */
export function rollupsBefore(db: AppDb, studentId: StudentId, day: SchoolDay): Promise<DayRollup[]> {
  return db.rollups
    .where('[studentId+day]')
    .between([studentId, ''], [studentId, dayAfter(day, -1)], true, true)
    .toArray();
}

export function rollupsOfStudent(db: AppDb, studentId: StudentId): Promise<DayRollup[]> {
  return db.rollups.where('[studentId+day]').between([studentId, ''], [studentId, '\uffff']).toArray();
}

/**
 * A student's latest `days` rollups with steps started, newest first: read backwards along the
 * index and stopped there, so a year of rollups is not read for its last two weeks. Days not
 * counted (`counted` says no) are passed over.
 */
export function latestRollupsWithStarts(
  db: AppDb,
  studentId: StudentId,
  days: number,
  counted: (day: SchoolDay) => boolean = () => true,
): Promise<DayRollup[]> {
  return db.rollups
    .where('[studentId+day]')
    .between([studentId, ''], [studentId, '\uffff'])
    .reverse()
    .filter((rollup) => rollup.stepsStarted > 0 && counted(rollup.day))
    .limit(days)
    .toArray();
}

/**
 * Counts by activity the days recorded before rollups kept what they keep now (no counts per
 * activity, or no most help per activity for the time delay), from each day's schedule and log;
 * returns how many days have their counts now. Upkeep the review asks for once per student shown.
 */
export async function countDaysByActivity(
  db: AppDb,
  session: AdultSession | undefined,
  studentId: StudentId,
): Promise<number> {
  requireRole(session, 'teacher');
  return guardedWrite(() =>
    db.transaction('rw', db.events, db.rollups, db.schedules, async () => {
      const earlier = await db.rollups
        .where('[studentId+day]')
        .between([studentId, ''], [studentId, '\uffff'])
        .filter(countedBeforeNow)
        .toArray();
      for (const { day } of earlier) await refreshDaySupport(db, studentId, day);
      const counted = await db.rollups.bulkGet(
        earlier.map(({ day }): [StudentId, SchoolDay] => [studentId, day]),
      );
      return counted.filter((rollup) => rollup !== undefined && !countedBeforeNow(rollup)).length;
    }),
  );
}

/** What of a table is read: the app's own and a schema upgrade's are typed differently. */
type Rows<T> = { each(callback: (row: T) => void): PromiseLike<unknown> };
type EventLog = Rows<AppEvent> & {
  where(index: 'type'): { equals(type: AppEvent['type']): { toArray(): PromiseLike<AppEvent[]> } };
};

/**
 * Every rollup computed from the event log, streaming the events, with each day's own schedule
 * for its support map. Reads the tables it is given, so a schema upgrade can use it too.
 */
export async function rollupsFromLog(events: EventLog, schedules: Rows<Schedule>): Promise<DayRollup[]> {
  const accumulator = new RollupAccumulator(
    voidedTargets(await events.where('type').equals('voided').toArray()),
    answerTargetsOf(await events.where('type').equals('self-check-answered').toArray()),
  );
  await events.each((event) => accumulator.add(event));
  const daySchedules = new Map<string, ScheduleItem[]>();
  await schedules.each((schedule) => {
    if (schedule.slot.kind === 'day')
      daySchedules.set(rollupKey(schedule.studentId, schedule.slot.day), schedule.items);
  });
  return accumulator.rollups((studentId, day) => daySchedules.get(rollupKey(studentId, day)));
}

/**
 * Recomputes every rollup from the event log and replaces the stored ones in one transaction.
 * Used after a merge or a migration, and to prove the incremental rollups right.
 */
export function rebuildRollups(db: AppDb): Promise<void> {
  return guardedWrite(() =>
    db.transaction('rw', db.events, db.rollups, db.schedules, async () => {
      const rollups = await rollupsFromLog(db.events, db.schedules);
      await db.rollups.clear();
      await db.rollups.bulkPut(rollups);
    }),
  );
}
