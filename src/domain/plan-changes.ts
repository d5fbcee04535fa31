// Plan changes reaching the paras (issue 23): what changed in what an adult must do, composed from
// the plan before and after, kept as data so each reader gets it in their own language; and which
// changes an adult has not acknowledged yet. The words are made at display time, never stored.

import type { CardId, EventId, StaffId, StudentId } from './ids';
import type { PlanStage } from './plan-stage';
import type { ScheduleChange } from './schedule-changes';
import type { SupportChange } from './support-changes';
import type { DelaySchedule } from './time-delay';

/** The most changes one tap acknowledges: far more than a teacher makes for a student between visits. */
export const MAX_CHANGES_SEEN = 500;

/** The parts of a stage an adult acts on, in the order they are read out. */
export const PLAN_CHANGE_FIELDS = ['delaySeconds', 'delay', 'prompt', 'note'] as const;
export type PlanChangeField = (typeof PLAN_CHANGE_FIELDS)[number];

/**
 * One change to what the adults do for an activity: a new plan (no `before`), a removed one (no
 * `after`), or a stage that differs in the `changed` fields.
 */
export type PlanChange = {
  cardId: CardId;
  before?: PlanStage;
  after?: PlanStage;
  changed: PlanChangeField[];
};

/** Two delay schedules (time-delay.ts) the same, none being the same as none. */
export function sameDelaySchedule(a: DelaySchedule | undefined, b: DelaySchedule | undefined): boolean {
  if (!a || !b) return a === b;
  if (a.kind === 'constant' || b.kind === 'constant')
    return a.kind === b.kind && a.zeroDelayDays === b.zeroDelayDays;
  return (
    a.zeroDelayDays === b.zeroDelayDays &&
    a.stepSeconds === b.stepSeconds &&
    a.afterCorrect === b.afterCorrect &&
    a.maxSeconds === b.maxSeconds
  );
}

function differs(before: PlanStage, after: PlanStage, field: PlanChangeField): boolean {
  if (field === 'note') return (before.note ?? '') !== (after.note ?? '');
  if (field === 'delay') return !sameDelaySchedule(before.delay, after.delay);
  return before[field] !== after[field];
}

/** A field a new or removed stage names: its note and its delay schedule only when it has them. */
const named = (stage: PlanStage | undefined, field: PlanChangeField): boolean =>
  (field !== 'note' || Boolean(stage?.note)) && (field !== 'delay' || Boolean(stage?.delay));

/** What changed for the adults, or nothing when the stage they carry out stayed the same. */
export function composePlanChange(
  cardId: CardId,
  before: PlanStage | undefined,
  after: PlanStage | undefined,
): PlanChange | undefined {
  if (!before && !after) return undefined;
  if (!before || !after) {
    const stage = before ?? after;
    const changed = PLAN_CHANGE_FIELDS.filter((field) => named(stage, field));
    return { cardId, ...(before ? { before } : {}), ...(after ? { after } : {}), changed };
  }
  const changed = PLAN_CHANGE_FIELDS.filter((field) => differs(before, after, field));
  return changed.length > 0 ? { cardId, before, after, changed } : undefined;
}

/**
 * A change the paras are told of, as recorded for a student: to a plan, to the steps of a
 * schedule, or to a support; and an adult's acknowledgement of the changes seen.
 */
export type RecordedPlanChange = {
  id: EventId;
  at: number;
  studentId: StudentId;
  change: PlanChange | ScheduleChange | SupportChange;
};

/** The cards a change names, for its words (a support's change names none). */
export function cardsOfChange(change: PlanChange | ScheduleChange | SupportChange): CardId[] {
  if ('support' in change) return [];
  return 'slot' in change ? [...change.added, ...change.removed] : [change.cardId];
}
export type PlanChangesSeen = {
  studentId: StudentId;
  staffId: StaffId;
  /**
   * The changes shown when the adult tapped, by id rather than by time: a change made on another
   * tablet before the tap but synced in after it was never shown, so it is still offered.
   */
  seen: EventId[];
};

const seenBy = (change: RecordedPlanChange, acknowledgement: PlanChangesSeen): boolean =>
  acknowledgement.studentId === change.studentId && acknowledgement.seen.includes(change.id);

/**
 * The changes for a student one adult has not acknowledged, newest first: what the para reads
 * before anything else when opening the para bar for the student.
 */
export function changesNotSeen(
  changes: readonly RecordedPlanChange[],
  acknowledgements: readonly PlanChangesSeen[],
  studentId: StudentId,
  staffId: StaffId,
): RecordedPlanChange[] {
  const own = acknowledgements.filter((a) => a.staffId === staffId);
  return changes
    .filter((c) => c.studentId === studentId && !own.some((a) => seenBy(c, a)))
    .sort((a, b) => b.at - a.at);
}

/** Who has acknowledged a change: the teacher's view of which adult has seen which change. */
export function seenByStaff(
  change: RecordedPlanChange,
  acknowledgements: readonly PlanChangesSeen[],
): StaffId[] {
  const staff = acknowledgements.filter((a) => seenBy(change, a)).map((a) => a.staffId);
  return [...new Set(staff)];
}
