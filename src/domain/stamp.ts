import type { AppEvent, EventDraft, Voided } from './events';
import { type DeviceId, monotonicUlids } from './ids';
import { schoolDayOf } from './time';

// One sequence for the whole app, so the events of one tap sort in the order they were made.
const nextEventId = monotonicUlids<'event'>();

/** Gives a draft its identity: a ULID of its moment, the school day, and the device it happened on. */
export function stampEvent(draft: EventDraft, at: number, deviceId: DeviceId): AppEvent {
  return { ...draft, id: nextEventId(at), at, day: schoolDayOf(at), deviceId };
}

/**
 * Gives a record entered from a paper sheet its identity: stamped on the sheet's day at `at`, but
 * its ULID is of the moment it was entered (`enteredAt`), so sync, which offers this device's
 * records by the time in their ids, sends it like any new record.
 */
export function stampPaperEvent(
  draft: Extract<EventDraft, { type: 'step-started' | 'support-noted' }>,
  moments: { at: number; enteredAt: number },
  deviceId: DeviceId,
): AppEvent {
  const day = schoolDayOf(moments.at);
  return { ...draft, fromPaper: day, id: nextEventId(moments.enteredAt), at: moments.at, day, deviceId };
}

/**
 * The correction of a record entered from paper: on the record's own moment and day, so the day's
 * log holds both (and the step is free for its sheet again), with an id of when it was made.
 */
export function stampPaperCorrection(
  draft: Extract<EventDraft, { type: 'voided' }>,
  target: AppEvent,
  madeAt: number,
  deviceId: DeviceId,
): Voided {
  return { ...draft, id: nextEventId(madeAt), at: target.at, day: target.day, deviceId };
}
