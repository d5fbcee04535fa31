import type { AppEvent, EventType } from './events';
import type { EventId } from './ids';

/** The longest reason a correction keeps: a sentence, as on a paper record. */
export const CORRECTION_REASON_MAX_LENGTH = 200;

/** The ids that corrections in a log have cancelled. */
export function voidedTargets(events: Iterable<AppEvent>): Set<EventId> {
  const voided = new Set<EventId>();
  for (const event of events) if (event.type === 'voided') voided.add(event.target);
  return voided;
}

/**
 * What the teacher may take back after the para's short undo has passed: the records the figures
 * are made of. A step's showing is the app's own, and a correction or a plan event is not a record
 * of the student's day.
 */
export const CORRECTABLE_TYPES: ReadonlySet<EventType> = new Set([
  'step-started',
  'step-finished',
  'note',
  'support-noted',
  'token-given',
  'reward-used',
  'scale-rated',
  'choice-made',
  'self-check-answered',
  'staff-responded',
]);

/** A record of a day as the teacher reviews it: taken back already (and why), or not. */
export type DayRecord = { event: AppEvent; takenBack?: { reason: string; at: number } };

/**
 * The day's records a teacher may correct, in the order they happened, each with its correction:
 * `corrections` are the voids of them, made that day or any day after.
 */
export function dayRecords(events: readonly AppEvent[], corrections: readonly AppEvent[]): DayRecord[] {
  const takenBack = new Map<EventId, { reason: string; at: number }>();
  for (const event of corrections)
    if (event.type === 'voided') takenBack.set(event.target, { reason: event.reason, at: event.at });
  return events
    .filter((event) => CORRECTABLE_TYPES.has(event.type))
    .sort((a, b) => a.at - b.at)
    .map((event) => {
      const correction = takenBack.get(event.id);
      return correction ? { event, takenBack: correction } : { event };
    });
}
