import { AppError } from '../../domain/errors';
import type { AppEvent } from '../../domain/events';
import type { StudentId, TargetId } from '../../domain/ids';
import {
  type DayRollup,
  dayMaps,
  emptyRollup,
  rollupsFromEvents,
  SUPPORT_SOURCES,
  withEvent,
} from '../../domain/rollup';
import type { Schedule } from '../../domain/schedule';
import { stepRecordRefusal } from '../../domain/step-records';
import { dayBounds, dayMatchesMoment, type SchoolDay } from '../../domain/time';
import type { AppDb } from '../app-db';
import { scheduleFor } from './schedule-reads';

/** The question a match's answer was to: a match is counted for it. */
async function answerTargetOf(db: AppDb, event: AppEvent): Promise<TargetId | undefined> {
  if (event.type !== 'check-matched') return undefined;
  const answer = await db.events.get(event.answerEvent);
  return answer?.type === 'self-check-answered' ? answer.targetId : undefined;
}

/**
 * The day's support map and starts per activity, from its schedule and the events in the log with
 * the corrections of them (a correction made on a later day is in that day's log).
 */
async function dayMapsOf(db: AppDb, studentId: StudentId, day: SchoolDay) {
  const schedule = await scheduleFor(db, studentId, { kind: 'day', day });
  return mapsOfDay(db, schedule, await eventsOfStudentDay(db, studentId, day));
}

/** The day's maps from its schedule and log as already read, with the corrections of its events. */
async function mapsOfDay(db: AppDb, schedule: Schedule | undefined, events: readonly AppEvent[]) {
  if (!schedule) return { support: {} };
  const corrections = await db.events
    .where('target')
    .anyOf(events.map((event) => event.id))
    .toArray();
  return dayMaps(schedule.items, [...events, ...corrections]);
}

/** The rollup with its day's maps set again: an old starts count is dropped when the day has none now. */
const withMaps = (rollup: DayRollup, maps: Awaited<ReturnType<typeof dayMapsOf>>): DayRollup => {
  const { activityStarts: _before, ...rest } = rollup;
  return { ...rest, ...maps };
};

/** Adds or takes back an event's figures; with `recountSupport`, the day's map is counted again in the same write. */
export async function addToRollup(
  db: AppDb,
  event: AppEvent,
  sign: 1 | -1,
  recountSupport = false,
): Promise<void> {
  const key: [StudentId, SchoolDay] = [event.studentId, event.day];
  const current = (await db.rollups.get(key)) ?? emptyRollup(event.studentId, event.day);
  const next = withEvent(current, event, sign, await answerTargetOf(db, event));
  await db.rollups.put(
    recountSupport ? withMaps(next, await dayMapsOf(db, event.studentId, event.day)) : next,
  );
}

/**
 * Sets the day's support map again from its schedule and events, after one of them changed.
 * Runs inside the caller's transaction, which includes the events, rollups and schedules.
 */
export async function refreshDaySupport(db: AppDb, studentId: StudentId, day: SchoolDay): Promise<void> {
  const rollup = await db.rollups.get([studentId, day]);
  if (rollup) await db.rollups.put(withMaps(rollup, await dayMapsOf(db, studentId, day)));
}

/**
 * Records events of one student's school day inside the caller's transaction (events, rollups and
 * schedules), as recordEvent does one at a time, but with the day's log and rollup read once and
 * the rollup written once: a student's tap records two or three events, and each read is a wait
 * before the tap is on disk. Corrections and checks, which read other days' events, go through
 * recordEvent.
 */
export class DayRecorder {
  #log: AppEvent[];
  #rollup: DayRollup;
  #recorded = false;
  #supportChanged = false;

  private constructor(
    private readonly db: AppDb,
    readonly studentId: StudentId,
    readonly day: SchoolDay,
    /** The day's own schedule, read with its log. */
    readonly schedule: Schedule | undefined,
    log: AppEvent[],
    rollup: DayRollup | undefined,
  ) {
    this.#log = log;
    this.#rollup = rollup ?? emptyRollup(studentId, day);
  }

  static async open(db: AppDb, studentId: StudentId, day: SchoolDay): Promise<DayRecorder> {
    const [schedule, log, rollup] = await Promise.all([
      scheduleFor(db, studentId, { kind: 'day', day }),
      eventsOfStudentDay(db, studentId, day),
      db.rollups.get([studentId, day]),
    ]);
    return new DayRecorder(db, studentId, day, schedule, log, rollup);
  }

  /** The day's events, with those recorded here. */
  get events(): readonly AppEvent[] {
    return this.#log;
  }

  /**
   * Checks and appends one event of this day, as recordEvent would, but made by the app's own code
   * (typed, not read from outside, so not parsed again); its figures wait for `finish`.
   */
  async record(event: AppEvent): Promise<AppEvent> {
    if (event.studentId !== this.studentId || event.day !== this.day)
      throw new AppError('event-day-mismatch', `not ${this.studentId}'s day ${this.day}`);
    if (!dayMatchesMoment(event)) {
      throw new AppError('event-day-mismatch', `day ${event.day} is not the day of ${event.at}`);
    }
    if (event.type === 'voided' || event.type === 'check-matched')
      throw new AppError('write-failed', `${event.type} is recorded by recordEvent`);
    const stepRefusal =
      event.type === 'step-shown' || event.type === 'step-started' || event.type === 'step-finished'
        ? stepRecordRefusal(event, this.#log)
        : undefined;
    if (stepRefusal !== undefined) throw new AppError('step-recorded-already', stepRefusal);
    await this.db.events.add(event);
    this.#log = [...this.#log, event];
    this.#rollup = withEvent(this.#rollup, event, 1);
    this.#recorded = true;
    if (SUPPORT_SOURCES.has(event.type)) this.#supportChanged = true;
    return event;
  }

  /** Writes the day's rollup with what was recorded, its maps counted again if a start was. */
  async finish(): Promise<void> {
    if (!this.#recorded) return;
    const rollup = this.#supportChanged
      ? withMaps(this.#rollup, await mapsOfDay(this.db, this.schedule, this.#log))
      : this.#rollup;
    await this.db.rollups.put(rollup);
  }
}

/** A day's rollup computed afresh from its events, the corrections of them and its schedule. */
export async function dayRollupFromLog(db: AppDb, studentId: StudentId, day: SchoolDay) {
  const events = await eventsOfStudentDay(db, studentId, day);
  const corrections = await db.events
    .where('target')
    .anyOf(events.map((event) => event.id))
    .toArray();
  const schedule = await scheduleFor(db, studentId, { kind: 'day', day });
  const rollups = rollupsFromEvents([...events, ...corrections], () => schedule?.items);
  return (
    rollups.find((rollup) => rollup.studentId === studentId && rollup.day === day) ??
    emptyRollup(studentId, day)
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

/** How many events a student has on one school day, read from the index alone. */
export function countOfStudentDay(db: AppDb, studentId: StudentId, day: SchoolDay): Promise<number> {
  const { from, to } = dayBounds(day);
  return db.events.where('[studentId+at]').between([studentId, from], [studentId, to], true, true).count();
}

/** A student's events of one school day, oldest first. */
export function eventsOfStudentDay(db: AppDb, studentId: StudentId, day: SchoolDay): Promise<AppEvent[]> {
  const { from, to } = dayBounds(day);
  return eventsOfStudent(db, studentId, from, to);
}
