// Distress seen: a five-point rating at a level the teacher marks (4 and 5 unless they choose
// otherwise) comes to the adult beside the student at once, with that level's staff response,
// and stays until an adult says what they did. What they did is a record like any other.
import { voidedTargets } from './corrections';
import type { AppEvent, ScaleLevel, ScaleRated, StaffResponded } from './events';
import type { ScaleAssignment } from './scales';

/** The levels that bring an alert when the teacher has not chosen: the two most upset. */
export const DEFAULT_ALERT_LEVELS: readonly ScaleLevel[] = [4, 5];

export function alertLevelsOf(assignment: Pick<ScaleAssignment, 'alertLevels'>): readonly ScaleLevel[] {
  return assignment.alertLevels ?? DEFAULT_ALERT_LEVELS;
}

/** At most this many ratings are answered by one record: a day's worth of alerts, and a bound on input. */
export const MAX_RATINGS_ANSWERED = 50;

/**
 * The day's ratings at an alert level that no adult has answered yet, newest first. A voided
 * rating needs no answer; a voided answer leaves its ratings waiting again.
 */
export function ratingsAwaitingResponse(
  events: readonly AppEvent[],
  alertLevels: readonly ScaleLevel[],
): ScaleRated[] {
  const voided = voidedTargets(events);
  const answered = new Set(
    events.flatMap((event) =>
      event.type === 'staff-responded' && !voided.has(event.id) ? event.ratings : [],
    ),
  );
  return events
    .filter(
      (event): event is ScaleRated =>
        event.type === 'scale-rated' &&
        alertLevels.includes(event.level) &&
        !voided.has(event.id) &&
        !answered.has(event.id),
    )
    .sort((a, b) => b.at - a.at || b.id.localeCompare(a.id));
}

/** The adults' answers of the day that still count, in the order they were given. */
export function staffResponses(events: readonly AppEvent[]): StaffResponded[] {
  const voided = voidedTargets(events);
  return events.filter(
    (event): event is StaffResponded => event.type === 'staff-responded' && !voided.has(event.id),
  );
}
