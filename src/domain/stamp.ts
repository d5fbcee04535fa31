import type { AppEvent, EventDraft } from './events';
import { type DeviceId, monotonicUlids } from './ids';
import { schoolDayOf } from './time';

// One sequence for the whole app, so the events of one tap sort in the order they were made.
const nextEventId = monotonicUlids<'event'>();

/** Gives a draft its identity: a ULID of its moment, the school day, and the device it happened on. */
export function stampEvent(draft: EventDraft, at: number, deviceId: DeviceId): AppEvent {
  return { ...draft, id: nextEventId(at), at, day: schoolDayOf(at), deviceId };
}
