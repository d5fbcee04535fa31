// When the student is asked to rate on their five-point scale, worked out from the day's schedule
// and events alone, like the schedule's progress: a reload asks again only what is still unasked.

import { voidedTargets } from './corrections';
import type { AppEvent, RatingContext, ScaleRated } from './events';
import type { ScaleAssignment } from './scales';
import type { DayProgress } from './schedule-progress';

/** A check-in the teacher planned: as the day starts, or when a step with a check-in comes. */
export type PlannedCheckIn = Exclude<RatingContext, { kind: 'on-demand' }>;

/** The day's ratings that stand (not voided), oldest first. */
export function ratingsOf(events: readonly AppEvent[]): ScaleRated[] {
  const voided = voidedTargets(events);
  return events
    .filter((event): event is ScaleRated => event.type === 'scale-rated' && !voided.has(event.id))
    .sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
}

/** The student's latest rating of the day: what the adults respond to now. */
export function lastRating(events: readonly AppEvent[]): ScaleRated | undefined {
  return ratingsOf(events).at(-1);
}

/**
 * The check-in the student is asked for now, if any. The day's check-in comes before the first
 * step is started, unless the student has rated already. A step's check-in comes while it is the
 * step to do, unless the student rated since it came (when the step before it was finished): a
 * rating at the start of the day or on demand a moment ago already tells how the student is.
 */
export function dueCheckIn(
  assignment: Pick<ScaleAssignment, 'checkInAtStart'>,
  progress: DayProgress,
  events: readonly AppEvent[],
): PlannedCheckIn | undefined {
  const ratings = ratingsOf(events);
  const dayStarted = progress.items.some((entry) => entry.startedAt !== undefined);
  if (assignment.checkInAtStart && !dayStarted && ratings.length === 0) return { kind: 'check-in' };
  const current = progress.current;
  if (!current?.item.checkIn) return undefined;
  const cameAt = Math.max(0, ...progress.items.slice(0, current.index).map((entry) => entry.finishedAt ?? 0));
  return ratings.some((rating) => rating.at >= cameAt)
    ? undefined
    : { kind: 'step', stepId: current.item.id };
}

/** Names a planned check-in, so one the student put off is not asked again at once. */
export function checkInKey(checkIn: PlannedCheckIn): string {
  return checkIn.kind === 'step' ? `step:${checkIn.stepId}` : checkIn.kind;
}
