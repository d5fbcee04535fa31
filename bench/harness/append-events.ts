// The bench's batch writer: a generated year goes in a day at a time, not an event at a time.

import type { AppDb } from '../../src/db/app-db';
import { dayRollupFromLog } from '../../src/db/repos/events';
import { guardedWrite } from '../../src/db/write-errors';
import { AppError } from '../../src/domain/errors';
import type { AppEvent } from '../../src/domain/events';
import { rollupKey, voidRefusal } from '../../src/domain/rollup';
import { parseEvent } from '../../src/domain/validation';

/**
 * Appends many events in one transaction, with their day rollups: all land or none does. Every
 * event is validated before anything is written, and each correction is checked as recordEvent
 * checks it (against the log and the events before it in the batch). The rollup of each day the
 * batch touches is then computed afresh from the log. For the bench's generated year, where one
 * transaction per event would take minutes.
 */
export async function appendEvents(db: AppDb, inputs: readonly unknown[]): Promise<AppEvent[]> {
  const events = inputs.map(parseEvent);
  const inBatch = new Map(events.map((event) => [event.id, event]));
  const targetIds = [...new Set(events.flatMap((event) => (event.type === 'voided' ? [event.target] : [])))];
  return guardedWrite(() =>
    // A few bulk reads, then bulk writes: awaiting one read per event would be slow, and any
    // await that is not the database's own lets the browser commit the transaction early.
    db.transaction('rw', db.events, db.rollups, db.schedules, async () => {
      const stored = await db.events.bulkGet(targetIds.filter((id) => !inBatch.has(id)));
      const targets = new Map(stored.flatMap((event) => (event ? [[event.id, event] as const] : [])));
      const voidedBefore = new Set(
        (await db.events.where('target').anyOf(targetIds).toArray()).flatMap((event) =>
          event.type === 'voided' ? [event.target] : [],
        ),
      );
      const seen = new Map<string, AppEvent>();
      const days = new Map<string, AppEvent>();
      for (const event of events) {
        if (event.type === 'voided') {
          const target = seen.get(event.target) ?? targets.get(event.target);
          const refusal = voidRefusal(event, target, voidedBefore.has(event.target));
          if (refusal !== undefined || !target) {
            throw new AppError(target ? 'void-target-invalid' : 'void-target-missing', refusal);
          }
          voidedBefore.add(event.target);
          days.set(rollupKey(target.studentId, target.day), target);
        }
        seen.set(event.id, event);
        days.set(rollupKey(event.studentId, event.day), event);
      }
      await db.events.bulkAdd(events);
      for (const { studentId, day } of days.values())
        await db.rollups.put(await dayRollupFromLog(db, studentId, day));
      return events;
    }),
  );
}
