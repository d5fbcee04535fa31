import { AppError } from '../../domain/errors';
import type { AppEvent } from '../../domain/events';
import type { StudentId } from '../../domain/ids';
import { type DayRollup, emptyRollup, rollupKey, voidRefusal, withEvent } from '../../domain/rollup';
import { dayBounds, type SchoolDay } from '../../domain/time';
import { parseEvent } from '../../domain/validation';
import type { AppDb } from '../app-db';
import { guardedWrite } from '../write-errors';

async function addToRollup(db: AppDb, event: AppEvent, day: SchoolDay, sign: 1 | -1): Promise<void> {
  const current = (await db.rollups.get([event.studentId, day])) ?? emptyRollup(event.studentId, day);
  await db.rollups.put(withEvent(current, event, sign));
}

/**
 * Appends one event to the log and updates its day rollup in the same transaction: both land or
 * neither does. Input is validated first, so an invalid event writes nothing.
 */
export async function recordEvent(db: AppDb, input: unknown): Promise<AppEvent> {
  const event = parseEvent(input);
  return guardedWrite(() =>
    db.transaction('rw', db.events, db.rollups, async () => {
      if (event.type === 'voided') {
        const target = await db.events.get(event.target);
        const alreadyVoided = (await db.events.where('target').equals(event.target).count()) > 0;
        const refusal = voidRefusal(event, target, alreadyVoided);
        if (refusal !== undefined || !target) {
          throw new AppError(target ? 'void-target-invalid' : 'void-target-missing', refusal);
        }
        await addToRollup(db, target, target.day, -1);
      }
      await db.events.add(event);
      await addToRollup(db, event, event.day, 1);
      return event;
    }),
  );
}

/**
 * Appends many events in one transaction, with their day rollups: all land or none does. Every
 * event is validated before anything is written, and each correction is checked as recordEvent
 * checks it (against the log and the events before it in the batch). For imports and the bench's
 * generated year, where one transaction per event would take minutes.
 */
export async function appendEvents(db: AppDb, inputs: readonly unknown[]): Promise<AppEvent[]> {
  const events = inputs.map(parseEvent);
  const inBatch = new Map(events.map((event) => [event.id, event]));
  const targetIds = [...new Set(events.flatMap((event) => (event.type === 'voided' ? [event.target] : [])))];
  return guardedWrite(() =>
    // A few bulk reads, then bulk writes: awaiting one read per event would be slow, and any
    // await that is not the database's own lets the browser commit the transaction early.
    db.transaction('rw', db.events, db.rollups, async () => {
      const stored = await db.events.bulkGet(targetIds.filter((id) => !inBatch.has(id)));
      const targets = new Map(stored.flatMap((event) => (event ? [[event.id, event] as const] : [])));
      const voidedBefore = new Set(
        (await db.events.where('target').anyOf(targetIds).toArray()).flatMap((event) =>
          event.type === 'voided' ? [event.target] : [],
        ),
      );
      const seen = new Map<string, AppEvent>();
      const changes: { event: AppEvent; sign: 1 | -1 }[] = [];
      for (const event of events) {
        if (event.type === 'voided') {
          const target = seen.get(event.target) ?? targets.get(event.target);
          const refusal = voidRefusal(event, target, voidedBefore.has(event.target));
          if (refusal !== undefined || !target) {
            throw new AppError(target ? 'void-target-invalid' : 'void-target-missing', refusal);
          }
          voidedBefore.add(event.target);
          changes.push({ event: target, sign: -1 });
        }
        seen.set(event.id, event);
        changes.push({ event, sign: 1 });
      }
      const keys = new Map(
        changes.map(({ event }) => [rollupKey(event.studentId, event.day), event] as const),
      );
      const current = await db.rollups.bulkGet(
        [...keys.values()].map((event) => [event.studentId, event.day]),
      );
      const rollups = new Map<string, DayRollup>();
      for (const [index, [key, event]] of [...keys.entries()].entries())
        rollups.set(key, current[index] ?? emptyRollup(event.studentId, event.day));
      for (const { event, sign } of changes) {
        const key = rollupKey(event.studentId, event.day);
        const rollup = rollups.get(key) ?? emptyRollup(event.studentId, event.day);
        rollups.set(key, withEvent(rollup, event, sign));
      }
      await db.events.bulkAdd(events);
      await db.rollups.bulkPut([...rollups.values()]);
      return events;
    }),
  );
}

/** A student's events between two moments (inclusive), oldest first. */
export function eventsOfStudent(
  db: AppDb,
  studentId: StudentId,
  fromMs = 0,
  toMs = 2 ** 48,
): Promise<AppEvent[]> {
  return db.events
    .where('[studentId+at]')
    .between([studentId, fromMs], [studentId, toMs], true, true)
    .toArray();
}

/** A student's events of one school day, oldest first. */
export function eventsOfStudentDay(db: AppDb, studentId: StudentId, day: SchoolDay): Promise<AppEvent[]> {
  const { from, to } = dayBounds(day);
  return eventsOfStudent(db, studentId, from, to);
}
