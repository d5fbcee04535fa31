// One event recorded on its own, from input that may come from outside (a form, a file, another
// screen's state): it is validated here, apart from the log's reads and DayRecorder (./events),
// so the kiosk's taps, which record through DayRecorder, load no schema library.
import { AppError } from '../../domain/errors';
import type { AppEvent } from '../../domain/events';
import { SUPPORT_SOURCES, voidRefusal } from '../../domain/rollup';
import { stepRecordRefusal } from '../../domain/step-records';
import { dayMatchesMoment } from '../../domain/time';
import { parseEvent } from '../../domain/validation';
import type { AppDb } from '../app-db';
import { guardedWrite } from '../write-errors';
import { addToRollup, eventsOfStudentDay, refreshDaySupport } from './events';

const isVoided = async (db: AppDb, id: AppEvent['id']) =>
  (await db.events.where('target').equals(id).count()) > 0;

/** Takes back a voided event's figures; voiding an adult check takes back the match made with it. */
async function takeBack(db: AppDb, target: AppEvent): Promise<void> {
  const adultCheckVoided = target.type === 'check-matched' && (await isVoided(db, target.adultCheck));
  if (!adultCheckVoided) await addToRollup(db, target, -1);
  if (target.type !== 'adult-check') return;
  const matches = (await eventsOfStudentDay(db, target.studentId, target.day)).filter(
    (event) => event.type === 'check-matched' && event.adultCheck === target.id,
  );
  for (const match of matches) if (!(await isVoided(db, match.id))) await addToRollup(db, match, -1);
}

/**
 * Appends one event to the log and updates its day rollup in the same transaction: both land or
 * neither does. Input is validated first, so an invalid event writes nothing. A caller that
 * records inside its own transaction includes the events, rollups and schedules tables in it.
 */
export async function recordEvent(db: AppDb, input: unknown): Promise<AppEvent> {
  const event = parseEvent(input);
  // This device records an event on the school day its own clock is in; a day that does not match
  // is a stale screen's, refused. Other devices' events (another timezone may have stamped them)
  // come by backup or sync, which keep the day they were recorded with.
  if (!dayMatchesMoment(event)) {
    throw new AppError('event-day-mismatch', `day ${event.day} is not the day of ${event.at}`);
  }
  return guardedWrite(() =>
    db.transaction('rw', db.events, db.rollups, db.schedules, async () => {
      if (event.type === 'voided') {
        const target = await db.events.get(event.target);
        const refusal = voidRefusal(event, target, await isVoided(db, event.target));
        if (refusal !== undefined || !target) {
          throw new AppError(target ? 'void-target-invalid' : 'void-target-missing', refusal);
        }
        await takeBack(db, target);
        await db.events.add(event);
        await addToRollup(db, event, 1);
        if (SUPPORT_SOURCES.has(target.type)) await refreshDaySupport(db, target.studentId, target.day);
        return event;
      }
      // One start and one finish per step, decided against the log inside this write.
      const stepRefusal =
        event.type === 'step-shown' || event.type === 'step-started' || event.type === 'step-finished'
          ? stepRecordRefusal(event, await eventsOfStudentDay(db, event.studentId, event.day))
          : undefined;
      if (stepRefusal !== undefined) throw new AppError('step-recorded-already', stepRefusal);
      await db.events.add(event);
      // A start or a word on support changes the day's map: counted in the same write as the event.
      await addToRollup(db, event, 1, SUPPORT_SOURCES.has(event.type));
      return event;
    }),
  );
}
