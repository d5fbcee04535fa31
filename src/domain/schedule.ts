import type { BoardId, CardId, ScheduleId, StepId, StudentId } from './ids';
import { localDateOf, type SchoolDay } from './time';

/** Monday (1) to Friday (5): the school week a template is made for. */
export const WEEKDAYS = [1, 2, 3, 4, 5] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export type MiniStep = { id: StepId; cardId: CardId };

export type ScheduleItem = {
  id: StepId;
  cardId: CardId;
  /** Minutes for the visual timer; the timer never ends the step by itself. */
  durationMinutes?: number;
  /** The steps of the activity (a task analysis), followed inside this step. */
  miniSteps: MiniStep[];
  /** "Something different", put in by an adult today. */
  isChange?: boolean;
  /** A choice board offered on this step ("choose your break"). */
  boardId?: BoardId;
  /** The student puts this many of the following steps in the order they want, when this step comes. */
  chooseOrderOf?: number;
  /** The student checks in with their five-point scale when this step comes. */
  checkIn?: true;
};

/** How many following steps a student may put in order: a real choice, and not too many at once. */
export const CHOOSE_ORDER_MIN = 2;
export const CHOOSE_ORDER_MAX = 5;

export type ScheduleSlot = { kind: 'template'; weekday: Weekday } | { kind: 'day'; day: SchoolDay };

export type Schedule = {
  id: ScheduleId;
  studentId: StudentId;
  slot: ScheduleSlot;
  items: ScheduleItem[];
  createdAt: number;
  updatedAt: number;
};

export const MAX_DURATION_MINUTES = 240;
export const MAX_ITEMS = 30;

/** The weekday of a school day, or undefined on a weekend. */
export function weekdayOf(day: SchoolDay): Weekday | undefined {
  const weekday = localDateOf(day).getDay();
  return WEEKDAYS.find((candidate) => candidate === weekday);
}

export function sameSlot(a: ScheduleSlot, b: ScheduleSlot): boolean {
  return a.kind === 'template'
    ? b.kind === 'template' && a.weekday === b.weekday
    : b.kind === 'day' && a.day === b.day;
}

/** Moves one item to a new position; the others keep their order. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= items.length || to < 0 || to >= items.length) return [...items];
  const moved = [...items];
  const [item] = moved.splice(from, 1);
  if (item !== undefined) moved.splice(to, 0, item);
  return moved;
}

/** A copy of items for another student or day: the same cards and timings, new step ids. */
export function copyItems(items: readonly ScheduleItem[], newStepId: () => StepId): ScheduleItem[] {
  return items.map((item) => ({
    ...item,
    id: newStepId(),
    miniSteps: item.miniSteps.map((mini) => ({ ...mini, id: newStepId() })),
  }));
}

/**
 * Puts a change card in right after the current step, so the student sees it coming as "next"
 * before it becomes current. With every step finished it goes at the end.
 */
export function insertChange(
  items: readonly ScheduleItem[],
  currentIndex: number | undefined,
  change: { id: StepId; cardId: CardId },
): ScheduleItem[] {
  const at = currentIndex === undefined ? items.length : currentIndex + 1;
  const inserted: ScheduleItem = { id: change.id, cardId: change.cardId, miniSteps: [], isChange: true };
  return [...items.slice(0, at), inserted, ...items.slice(at)];
}
