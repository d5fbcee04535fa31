// Waiting support: a student who must wait (for a turn, for the bus) sees a "wait" card with its
// own timer in front of their day, put there by the adult beside them, and the day resumes when
// the time is over or the adult ends it. Its moments are events, so a reload resumes the wait.
import { voidedTargets } from './corrections';
import type { AppEvent, WaitStarted } from './events';
import type { EventId } from './ids';

/** The waits an adult offers with one tap, in seconds. */
export const WAIT_CHOICES = [30, 60, 120, 300] as const;
export const MIN_WAIT_SECONDS = 10;
export const MAX_WAIT_SECONDS = 30 * 60;
/** "Time is up" stays this long before the card gives the day back, so it is seen and heard. */
export const WAIT_OVER_SHOWN_MS = 3000;

export type Wait = { id: EventId; startedAt: number; endsAt: number; seconds: number };

/**
 * The wait on the student's screen at a moment: the latest one started, unless an adult ended it
 * or it is over (and its "time is up" has been shown). Voided events count for nothing.
 */
export function currentWait(events: readonly AppEvent[], now: number): Wait | undefined {
  const voided = voidedTargets(events);
  const ended = new Set(
    events.flatMap((event) => (event.type === 'wait-ended' && !voided.has(event.id) ? [event.wait] : [])),
  );
  const latest = events
    .filter((event): event is WaitStarted => event.type === 'wait-started' && !voided.has(event.id))
    .reduce<WaitStarted | undefined>(
      (last, event) => (!last || event.at >= last.at ? event : last),
      undefined,
    );
  if (!latest || ended.has(latest.id)) return undefined;
  const endsAt = latest.at + latest.seconds * 1000;
  if (now < latest.at || now >= endsAt + WAIT_OVER_SHOWN_MS) return undefined;
  return { id: latest.id, startedAt: latest.at, endsAt, seconds: latest.seconds };
}
