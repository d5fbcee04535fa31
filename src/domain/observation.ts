// The teacher's observation of an adult carrying out a student's plan (model → practice →
// feedback): each point of the plan done, not done or not seen, and the feedback given. Kept as
// an event, so the review reads it beside the student's progress and the week's fidelity.
import { voidedTargets } from './corrections';
import type { AppEvent, ObservationMade } from './events';

/** The points a teacher watches for, in the order the checklist shows them. */
export const OBSERVATION_POINTS = [
  'waited',
  'planned-prompt',
  'recorded',
  'tokens',
  'staff-response',
] as const;
export type ObservationPoint = (typeof OBSERVATION_POINTS)[number];

export const OBSERVATION_MARKS = ['done', 'not-done', 'not-seen'] as const;
export type ObservationMark = (typeof OBSERVATION_MARKS)[number];

export const FEEDBACK_MAX_LENGTH = 500;

/** The observations that still count, newest first. */
export function liveObservations(events: readonly AppEvent[]): ObservationMade[] {
  const voided = voidedTargets(events);
  return events
    .filter((event): event is ObservationMade => event.type === 'observation-made' && !voided.has(event.id))
    .sort((a, b) => b.at - a.at);
}

/** How many points were done and not done (points not seen are left out). */
export function observationTally(observation: Pick<ObservationMade, 'marks'>): {
  done: number;
  notDone: number;
} {
  const marks = Object.values(observation.marks);
  return {
    done: marks.filter((mark) => mark === 'done').length,
    notDone: marks.filter((mark) => mark === 'not-done').length,
  };
}
