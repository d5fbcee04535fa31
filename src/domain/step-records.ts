// One start and one finish per step, whoever taps, and time counted from what the student can see.
// Decided from the day's events alone, inside the write that records the tap, so two tabs, a para
// and a student, or a fast double tap all meet the same log and the same answer.

import { voidedTargets } from './corrections';
import type { AppEvent, StepShown } from './events';
import type { StepId } from './ids';
import {
  activityToStart,
  type DayProgress,
  doneShownAt,
  doneTap,
  elapsedMs,
  type StepDraft,
  stepToStart,
} from './schedule-progress';

/**
 * A control that appears where a finger just was (now/next puts the next Start where Done was)
 * takes no tap for this long: a double tap meant for the control before must not land on it.
 */
export const SETTLE_MS = 500;

/**
 * No one starts a step this soon after it became visible: a faster "start" is a tap that was on
 * its way before the step was seen. It is not taken at all (the student simply taps again),
 * because asking an adult to confirm would interrupt the student and the para for a tap that
 * carries no information about independence.
 */
export const START_REACTION_MIN_MS = 300;

type StepEvent = Extract<AppEvent, { type: 'step-shown' | 'step-started' | 'step-finished' }>;
const isStepEvent = (event: AppEvent): event is StepEvent =>
  event.type === 'step-shown' || event.type === 'step-started' || event.type === 'step-finished';

/** The uncancelled step events of a day. */
const liveStepEvents = (events: readonly AppEvent[]): StepEvent[] => {
  const voided = voidedTargets(events);
  return events.filter((event): event is StepEvent => isStepEvent(event) && !voided.has(event.id));
};

/** The moment a step became visible last, up to a moment: time to start counts from there. */
export function lastShownAt(events: readonly AppEvent[], stepId: StepId, upTo: number): number | undefined {
  let last: number | undefined;
  for (const event of liveStepEvents(events))
    if (event.type === 'step-shown' && event.stepId === stepId && event.at <= upTo)
      last = Math.max(last ?? event.at, event.at);
  return last;
}

/**
 * Why a step event may not join the day's log, or undefined when it counts: a step has at most
 * one start and one finish, and a first showing is recorded once however many tabs show it (a
 * showing again, after the step was covered or hidden, restarts the time to start).
 */
export function stepRecordRefusal(event: AppEvent, dayEvents: readonly AppEvent[]): string | undefined {
  if (!isStepEvent(event)) return undefined;
  const same = liveStepEvents(dayEvents).filter(
    (other) => other.studentId === event.studentId && other.stepId === event.stepId,
  );
  if (event.type === 'step-started' && same.some((other) => other.type === 'step-started'))
    return 'the step has its start already';
  if (event.type === 'step-finished' && same.some((other) => other.type === 'step-finished'))
    return 'the step is finished already';
  if (event.type === 'step-shown' && !event.again && same.some((other) => other.type === 'step-shown'))
    return 'the step is shown already';
  return undefined;
}

/** What the student tapped, naming the step the screen showed the tap for. */
export type StudentTap =
  | { kind: 'start'; stepId: StepId }
  | { kind: 'done'; stepId: StepId }
  /** The steps became visible: for the first time in this tab, or `again` after being covered or hidden. */
  | { kind: 'shown'; stepIds: readonly StepId[]; again: boolean };

type ShownDraft = Extract<StepDraft, { type: 'step-shown' }> & Pick<StepShown, 'uncovered' | 'again'>;

/** The step the Done tap finishes on screen now: the current mini-step, or else the current step. */
export const stepToFinish = (progress: DayProgress): StepId | undefined =>
  progress.currentMini?.step.id ?? progress.current?.item.id;

/**
 * What a student's tap records, decided against the day as it is in the log now, not as the
 * screen last showed it: a tap for a step that is no longer waiting for it records nothing, and
 * so does a start faster than a reaction or a Done within the settle time of its coming on screen.
 */
export function studentTapDrafts(
  progress: DayProgress,
  events: readonly AppEvent[],
  tap: StudentTap,
  now: number,
): (StepDraft | ShownDraft)[] {
  if (tap.kind === 'shown') {
    const waiting = stepToStart(progress);
    const current = progress.current?.item.id;
    const onScreen = [current, waiting?.stepId].filter((id): id is StepId => id !== undefined);
    const drafts: ShownDraft[] = [];
    for (const stepId of new Set(tap.stepIds)) {
      if (!onScreen.includes(stepId)) continue;
      const shownBefore = lastShownAt(events, stepId, now) !== undefined;
      // A step already started needs no new moment; a first showing is recorded once.
      if (waiting?.stepId !== stepId && shownBefore) continue;
      if (shownBefore && !tap.again) continue;
      const parentStepId = waiting?.stepId === stepId ? waiting.parentStepId : undefined;
      drafts.push({
        type: 'step-shown',
        stepId,
        ...(parentStepId ? { parentStepId } : {}),
        uncovered: true,
        ...(shownBefore ? { again: true } : {}),
      });
    }
    return drafts;
  }
  if (tap.kind === 'start') {
    const waiting = activityToStart(progress);
    if (!waiting || waiting.stepId !== tap.stepId) return [];
    const shownAt = lastShownAt(events, waiting.stepId, now);
    if (shownAt === undefined || now - shownAt < START_REACTION_MIN_MS) return [];
    return [
      {
        type: 'step-started',
        stepId: waiting.stepId,
        prompt: 'independent',
        latencyMs: elapsedMs(shownAt, now),
      },
    ];
  }
  if (stepToFinish(progress) !== tap.stepId) return [];
  // Counted from when this Done came on screen, so a fast second tap on the Done of the activity
  // or of the previous mini-step never finishes the next mini-step too.
  const doneSince = doneShownAt(progress);
  if (doneSince === undefined || now - doneSince < SETTLE_MS) return [];
  return doneTap(progress, now);
}
