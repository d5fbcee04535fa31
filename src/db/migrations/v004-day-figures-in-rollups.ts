import type Dexie from 'dexie';
import { rollupsAsOfV4 } from './v004-rollups-as-of-v4';

/**
 * Version 4: day rollups carry the five-point ratings, the self-check answers and checks, and the
 * day's support map, so the teacher's review reads rollups only. Those events were recorded
 * before, so every rollup is computed again from the log, by the rules of this version (frozen in
 * ./v004-rollups-as-of-v4); a later version that changes what a rollup holds rebuilds them again.
 * The stores are unchanged.
 */
export function v004DayFiguresInRollups(db: Dexie): void {
  db.version(4)
    .stores({})
    .upgrade(async (tx) => {
      const rollups = await rollupsAsOfV4(tx.table('events'), tx.table('schedules'));
      await tx.table('rollups').clear();
      await tx.table('rollups').bulkPut(rollups);
    });
}
