// The teacher's edits to a schedule as pure functions: each returns new items and leaves the old
// ones untouched, so the editor can compare its draft with what is saved.
import type { BoardId, CardId, StepId } from './ids';
import { MAX_DURATION_MINUTES, MAX_ITEMS, moveItem, type ScheduleItem } from './schedule';

export function addItem(items: readonly ScheduleItem[], id: StepId, cardId: CardId): ScheduleItem[] {
  if (items.length >= MAX_ITEMS) return [...items];
  return [...items, { id, cardId, miniSteps: [] }];
}

export function removeItem(items: readonly ScheduleItem[], stepId: StepId): ScheduleItem[] {
  return items.filter((item) => item.id !== stepId);
}

type OptionalSetting = 'durationMinutes' | 'boardId' | 'chooseOrderOf' | 'checkIn' | 'isChange';

/** Sets one optional setting of a step, or clears it (undefined) so the key is gone, not undefined. */
function setSetting<Key extends OptionalSetting>(
  items: readonly ScheduleItem[],
  stepId: StepId,
  key: Key,
  value: ScheduleItem[Key],
): ScheduleItem[] {
  return items.map((item): ScheduleItem => {
    if (item.id !== stepId) return item;
    const changed: ScheduleItem = { ...item, [key]: value };
    if (value === undefined) delete changed[key];
    return changed;
  });
}

/** Sets or clears the minutes of a step's visual timer. */
export function setDuration(items: readonly ScheduleItem[], stepId: StepId, minutes: number | undefined) {
  return setSetting(items, stepId, 'durationMinutes', minutes);
}

/** Offers a choice board on a step, or stops offering one. */
export function setStepBoard(items: readonly ScheduleItem[], stepId: StepId, boardId: BoardId | undefined) {
  return setSetting(items, stepId, 'boardId', boardId);
}

/** Lets the student order the steps after this one when it comes, or not (undefined). */
export function setChooseOrder(items: readonly ScheduleItem[], stepId: StepId, count: number | undefined) {
  return setSetting(items, stepId, 'chooseOrderOf', count);
}

/** Asks the student to check in with their scale when this step comes, or stops asking. */
export function setStepCheckIn(items: readonly ScheduleItem[], stepId: StepId, on: boolean) {
  return setSetting(items, stepId, 'checkIn', on ? true : undefined);
}

/**
 * Marks a step of one day as a change ("something different"), planned ahead by the teacher: the
 * student sees it with the calm change badge, as a change card put in live.
 */
export function setStepIsChange(items: readonly ScheduleItem[], stepId: StepId, on: boolean) {
  return setSetting(items, stepId, 'isChange', on ? true : undefined);
}

function updateMiniSteps(
  items: readonly ScheduleItem[],
  stepId: StepId,
  change: (miniSteps: ScheduleItem['miniSteps']) => ScheduleItem['miniSteps'],
): ScheduleItem[] {
  return items.map((item) => (item.id === stepId ? { ...item, miniSteps: change(item.miniSteps) } : item));
}

export function addMiniStep(
  items: readonly ScheduleItem[],
  stepId: StepId,
  mini: { id: StepId; cardId: CardId },
): ScheduleItem[] {
  return updateMiniSteps(items, stepId, (miniSteps) =>
    miniSteps.length >= MAX_ITEMS ? miniSteps : [...miniSteps, mini],
  );
}

export function removeMiniStep(
  items: readonly ScheduleItem[],
  stepId: StepId,
  miniId: StepId,
): ScheduleItem[] {
  return updateMiniSteps(items, stepId, (miniSteps) => miniSteps.filter((mini) => mini.id !== miniId));
}

export function moveMiniStep(
  items: readonly ScheduleItem[],
  stepId: StepId,
  from: number,
  to: number,
): ScheduleItem[] {
  return updateMiniSteps(items, stepId, (miniSteps) => moveItem(miniSteps, from, to));
}

/** Whether two lists of steps are the same plan: same steps, cards, settings and mini-steps, in order. */
export function sameItems(a: readonly ScheduleItem[], b: readonly ScheduleItem[]): boolean {
  return (
    a.length === b.length &&
    a.every((item, index) => {
      const other = b[index];
      return (
        other !== undefined &&
        item.id === other.id &&
        item.cardId === other.cardId &&
        item.durationMinutes === other.durationMinutes &&
        Boolean(item.isChange) === Boolean(other.isChange) &&
        item.boardId === other.boardId &&
        item.chooseOrderOf === other.chooseOrderOf &&
        Boolean(item.checkIn) === Boolean(other.checkIn) &&
        item.miniSteps.length === other.miniSteps.length &&
        item.miniSteps.every(
          (mini, at) => mini.id === other.miniSteps[at]?.id && mini.cardId === other.miniSteps[at]?.cardId,
        )
      );
    })
  );
}

/**
 * Minutes typed by the teacher: empty means no timer; anything but a whole number from 1 to the
 * maximum is refused, so the draft never holds a value the database would reject.
 */
export function parseMinutes(text: string): { ok: true; minutes: number | undefined } | { ok: false } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, minutes: undefined };
  if (!/^\d+$/.test(trimmed)) return { ok: false };
  const minutes = Number(trimmed);
  return minutes >= 1 && minutes <= MAX_DURATION_MINUTES ? { ok: true, minutes } : { ok: false };
}
