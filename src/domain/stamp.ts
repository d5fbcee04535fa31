import type { AppEvent, EventDraft } from './events';
import { type DeviceId, ulid } from './ids';
import { schoolDayOf } from './time';

/** Gives a draft its identity: a ULID of its moment, the school day, and the device it happened on. */
export function stampEvent(draft: EventDraft, at: number, deviceId: DeviceId): AppEvent {
  return { ...draft, id: ulid<'event'>(at), at, day: schoolDayOf(at), deviceId };
}
