import type { StudentId } from '../../domain/ids';
import type { DayRange } from '../../domain/review/independence';
import { type DayRollup, RollupAccumulator } from '../../domain/rollup';
import type { SchoolDay } from '../../domain/time';
import type { AppDb } from '../app-db';
import { guardedWrite } from '../write-errors';

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

export function rollupsOfStudent(db: AppDb, studentId: StudentId): Promise<DayRollup[]> {
  return db.rollups.where('[studentId+day]').between([studentId, ''], [studentId, '\uffff']).toArray();
}

/**
 * Recomputes every rollup from the event log, streaming the events, and replaces the stored ones
 * in one transaction. Used after a merge or a migration, and to prove the incremental rollups right.
 */
export function rebuildRollups(db: AppDb): Promise<void> {
  return guardedWrite(() =>
    db.transaction('rw', db.events, db.rollups, async () => {
      const voided = new Set(
        (await db.events.where('type').equals('voided').toArray()).flatMap((event) =>
          event.type === 'voided' ? [event.target] : [],
        ),
      );
      const accumulator = new RollupAccumulator(voided);
      await db.events.each((event) => accumulator.add(event));
      await db.rollups.clear();
      await db.rollups.bulkPut(accumulator.rollups());
    }),
  );
}
