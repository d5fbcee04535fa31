import { AppError } from '../../domain/errors';
import type { AppEvent } from '../../domain/events';
import type { StudentId, TargetId } from '../../domain/ids';
import { emptyRollup, SUPPORT_SOURCES, voidRefusal, withEvent } from '../../domain/rollup';
import { daySupport } from '../../domain/support';
import { dayBounds, type SchoolDay } from '../../domain/time';
import { parseEvent } from '../../domain/validation';
import type { AppDb } from '../app-db';
import { guardedWrite } from '../write-errors';
import { scheduleFor } from './schedule-reads';

const isVoided = async (db: AppDb, id: AppEvent['id']) =>
  (await db.events.where('target').equals(id).count()) > 0;

/** The question a match's answer was to: a match is counted for it. */
async function answerTargetOf(db: AppDb, event: AppEvent): Promise<TargetId | undefined> {
  if (event.type !== 'check-matched') return undefined;
  const answer = await db.events.get(event.answerEvent);
  return answer?.type === 'self-check-answered' ? answer.targetId : undefined;
}

async function addToRollup(db: AppDb, event: AppEvent, sign: 1 | -1): Promise<void> {
  const key: [StudentId, SchoolDay] = [event.studentId, event.day];
  const current = (await db.rollups.get(key)) ?? emptyRollup(event.studentId, event.day);
  await db.rollups.put(withEvent(current, event, sign, await answerTargetOf(db, event)));
}

/** Sets the day's support map again from its schedule and events, after one of them changed. */
async function refreshDaySupport(db: AppDb, studentId: StudentId, day: SchoolDay): Promise<void> {
  const rollup = await db.rollups.get([studentId, day]);
  if (!rollup) return;
  const schedule = await scheduleFor(db, studentId, { kind: 'day', day });
  const support = schedule ? daySupport(schedule.items, await eventsOfStudentDay(db, studentId, day)) : {};
  await db.rollups.put({ ...rollup, support });
}

/** Takes back a voided event's figures; voiding an adult check takes back the match made with it. */
async function takeBack(db: AppDb, target: AppEvent): Promise<void> {
  const adultCheckVoided = target.type === 'check-matched' && (await isVoided(db, target.adultCheck));
  if (!adultCheckVoided) await addToRollup(db, target, -1);
  if (target.type !== 'adult-check') return;
  const { from, to } = dayBounds(target.day);
  const matches = await db.events
    .where('[studentId+at]')
    .between([target.studentId, from], [target.studentId, to], true, true)
    .filter((event) => event.type === 'check-matched' && event.adultCheck === target.id)
    .toArray();
  for (const match of matches) if (!(await isVoided(db, match.id))) await addToRollup(db, match, -1);
}

/**
 * Appends one event to the log and updates its day rollup in the same transaction: both land or
 * neither does. Input is validated first, so an invalid event writes nothing. A caller that
 * records inside its own transaction includes the events, rollups and schedules tables in it.
 */
export async function recordEvent(db: AppDb, input: unknown): Promise<AppEvent> {
  const event = parseEvent(input);
  return guardedWrite(() =>
    db.transaction('rw', db.events, db.rollups, db.schedules, async () => {
      let changed = event;
      if (event.type === 'voided') {
        const target = await db.events.get(event.target);
        const refusal = voidRefusal(event, target, await isVoided(db, event.target));
        if (refusal !== undefined || !target) {
          throw new AppError(target ? 'void-target-invalid' : 'void-target-missing', refusal);
        }
        await takeBack(db, target);
        changed = target;
      }
      await db.events.add(event);
      await addToRollup(db, event, 1);
      if (SUPPORT_SOURCES.has(changed.type)) await refreshDaySupport(db, changed.studentId, changed.day);
      return event;
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
