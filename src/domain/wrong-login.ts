import type { AppEvent } from './events';
import type { DeviceId, StudentId } from './ids';

/**
 * How long after a picture login "not me" still takes back what was recorded. A wrong picture is
 * noticed in the first moments; a student who has worked for longer is most likely the right one,
 * so "not me" can never erase a real day: after this, it only returns to the picture login.
 */
export const NOT_ME_WINDOW_MS = 5 * 60_000;

export const NOT_ME_REASON = 'not me: wrong student chosen at the login';

/** A student chosen at the picture login, on this device, at a moment. */
export type PictureLogin = { studentId: StudentId; deviceId: DeviceId; at: number };

/**
 * The records "not me" voids: those the student screen made for the chosen student on this device
 * since the login, while the login is recent. An adult's records, other devices' and earlier ones
 * stay, as do corrections and records already voided.
 */
export function wrongLoginRecords(events: readonly AppEvent[], login: PictureLogin, now: number): AppEvent[] {
  if (now - login.at > NOT_ME_WINDOW_MS || now < login.at) return [];
  const voided = new Set(events.flatMap((event) => (event.type === 'voided' ? [event.target] : [])));
  return events.filter(
    (event) =>
      event.studentId === login.studentId &&
      event.deviceId === login.deviceId &&
      event.actor.kind === 'student' &&
      event.type !== 'voided' &&
      event.at >= login.at &&
      event.at <= now &&
      !voided.has(event.id),
  );
}
