// The day rollups of a restored file, worked out while the file is written, instead of reading a
// year of events back from the database afterwards (rollupsFromLog). The figures are the same:
// the file holds the whole log, and a restore reads it twice. The first reading learns what must
// be known before any event is added up (which events are voided, which question each
// self-check answer was to); the second adds up every event, and keeps each day's schedule for
// the day's support map.
import { voidedTargets } from '../corrections';
import type { EventId, TargetId } from '../ids';
import { answerTargetsOf, type DayRollup, RollupAccumulator, rollupKey } from '../rollup';
import type { ScheduleItem } from '../schedule';
import type { BackupRow } from './reader';

const eventsOf = (rows: readonly BackupRow[]) => rows.flatMap((row) => (row.t === 'events' ? [row.v] : []));

export class RestoredRollups {
  readonly #voided = new Set<EventId>();
  readonly #answerTargets = new Map<EventId, TargetId>();
  readonly #daySchedules = new Map<string, ScheduleItem[]>();
  readonly #accumulator = new RollupAccumulator(this.#voided, this.#answerTargets);
  #adding = false;

  /** The first reading, chunk by chunk. */
  learn(rows: readonly BackupRow[]): void {
    if (this.#adding) throw new Error('every row is learnt before any is added');
    const events = eventsOf(rows);
    for (const target of voidedTargets(events)) this.#voided.add(target);
    for (const [answer, target] of answerTargetsOf(events)) this.#answerTargets.set(answer, target);
  }

  /** The second reading, chunk by chunk. */
  add(rows: readonly BackupRow[]): void {
    this.#adding = true;
    for (const event of eventsOf(rows)) this.#accumulator.add(event);
    for (const row of rows) {
      if (row.t === 'schedules' && row.v.slot.kind === 'day')
        this.#daySchedules.set(rollupKey(row.v.studentId, row.v.slot.day), row.v.items);
    }
  }

  rollups(): DayRollup[] {
    return this.#accumulator.rollups((studentId, day) => this.#daySchedules.get(rollupKey(studentId, day)));
  }
}
