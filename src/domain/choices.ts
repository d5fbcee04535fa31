// The student's choices during the day, read from the event log and applied to the schedule.

import { voidedTargets } from './corrections';
import type { AppEvent, BoardOpened, ChoiceMade } from './events';
import type { StepId } from './ids';
import type { ScheduleItem } from './schedule';
import type { DayProgress, ItemProgress } from './schedule-progress';

/** The choice the student made on a step's board today, if any (a voided one no longer counts). */
export function choiceOnStep(events: readonly AppEvent[], stepId: StepId): ChoiceMade | undefined {
  const voided = voidedTargets(events);
  let latest: ChoiceMade | undefined;
  for (const event of events)
    if (event.type === 'choice-made' && event.stepId === stepId && !voided.has(event.id)) latest = event;
  return latest;
}

/**
 * The board an adult opened on the student's screen and still open: not yet chosen from, not
 * closed, and not voided. Only the latest opening counts; opening another replaces it.
 */
export function openedBoard(events: readonly AppEvent[]): BoardOpened | undefined {
  const voided = voidedTargets(events);
  let open: BoardOpened | undefined;
  for (const event of events) {
    if (voided.has(event.id)) continue;
    if (event.type === 'board-opened') open = event;
    else if (open && event.type === 'board-closed' && event.opening === open.id) open = undefined;
    else if (open && event.type === 'choice-made' && event.opening === open.id) open = undefined;
  }
  return open;
}

/** The latest choice the student made today, on any board (a voided one no longer counts). */
export function latestChoice(events: readonly AppEvent[]): ChoiceMade | undefined {
  const voided = voidedTargets(events);
  return events.findLast(
    (event): event is ChoiceMade => event.type === 'choice-made' && !voided.has(event.id),
  );
}

/**
 * The steps the student may put in order now: when the current step offers it, the next ones
 * not yet begun (at most the number the teacher set, and at least two, or there is no choice).
 * Undefined once that order has been chosen.
 */
export function orderToChoose(
  progress: DayProgress,
  events: readonly AppEvent[],
): ItemProgress[] | undefined {
  const current = progress.current;
  const count = current?.item.chooseOrderOf;
  if (!current || !count) return undefined;
  const following = progress.items
    .slice(current.index + 1)
    .filter((entry) => entry.status === 'upcoming' && entry.startedAt === undefined)
    .slice(0, count);
  if (following.length < 2) return undefined;
  const offered = new Set(following.map((entry) => entry.item.id));
  const voided = voidedTargets(events);
  const chosen = events.some(
    (event) =>
      event.type === 'order-chosen' &&
      !voided.has(event.id) &&
      event.stepIds.length === offered.size &&
      event.stepIds.every((id) => offered.has(id)),
  );
  return chosen ? undefined : following;
}

/**
 * The schedule with some steps in the order the student chose: they take the places they had
 * between them, and every other step stays where it was.
 */
export function reorderSteps(items: readonly ScheduleItem[], chosen: readonly StepId[]): ScheduleItem[] {
  const wanted = new Set(chosen);
  const byId = new Map(items.map((item) => [item.id, item]));
  const inOrder = chosen.flatMap((id) => byId.get(id) ?? []);
  let next = 0;
  return items.map((item) => (wanted.has(item.id) ? (inOrder[next++] ?? item) : item));
}
