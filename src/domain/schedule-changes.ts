// A change to a schedule the adults follow (a weekday's or one day's) is a change the paras are
// told of, like a change to a plan: which steps came in, which went, whether the order changed.
// Kept as data; the words are made at display time in the reader's language.
import type { CardId } from './ids';
import type { ScheduleItem, ScheduleSlot } from './schedule';

export type ScheduleChange = {
  slot: ScheduleSlot;
  /** The cards of the steps that came in, in the schedule's order. */
  added: CardId[];
  /** The cards of the steps that went, in the old order. */
  removed: CardId[];
  /** Whether the steps kept from before are in another order now. */
  reordered: boolean;
};

/**
 * What changed in a schedule for the adults, step by step id, or nothing when its steps and their
 * order stayed the same (a timer or a mini-step changed: the student's screen shows those).
 */
export function composeScheduleChange(
  slot: ScheduleSlot,
  before: readonly ScheduleItem[],
  after: readonly ScheduleItem[],
): ScheduleChange | undefined {
  const beforeIds = new Set(before.map((item) => item.id));
  const afterIds = new Set(after.map((item) => item.id));
  const added = after.filter((item) => !beforeIds.has(item.id)).map((item) => item.cardId);
  const removed = before.filter((item) => !afterIds.has(item.id)).map((item) => item.cardId);
  const keptBefore = before.filter((item) => afterIds.has(item.id)).map((item) => item.id);
  const keptAfter = after.filter((item) => beforeIds.has(item.id)).map((item) => item.id);
  const reordered = keptBefore.some((id, index) => keptAfter[index] !== id);
  return added.length > 0 || removed.length > 0 || reordered
    ? { slot, added, removed, reordered }
    : undefined;
}
