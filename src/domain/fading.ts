// The teacher's fading plan for an activity of the student's day (seeds 000, 001, 004): the help
// the adults give now, the criterion the data must meet, and the next, lighter step. Whether the
// criterion is met is worked out from the events alone; the teacher decides, never the para.

import { voidedTargets } from './corrections';
import type { AppEvent, StepStarted } from './events';
import type { CardId, PlanId, StepId, StudentId } from './ids';
import type { DayEvidence, PlanStage } from './plan-stage';
import type { Schedule } from './schedule';
import type { SchoolDay } from './time';

/** Independent on at least `percent` % of the starts of each of `days` school days in a row. */
export type FadingCriterion = { percent: number; days: number };

export type FadingPlan = {
  id: PlanId;
  studentId: StudentId;
  /** The activity the plan is for: every step of the student's day with this card. */
  cardId: CardId;
  current: PlanStage;
  /** The next step of fading, offered to the teacher when the criterion is met. */
  next?: PlanStage;
  criterion: FadingCriterion;
  /** When the current stage began: only what happened since counts toward the criterion. */
  since: number;
  /** The teacher answered the suggestion "not yet": it is offered again from this school day. */
  notYetUntil?: SchoolDay;
  createdAt: number;
  updatedAt: number;
};

export type CardOfStep = (day: SchoolDay, stepId: StepId) => CardId | undefined;

/**
 * Which card each step stood for on a day: the day's own schedule says, and a weekday template
 * (whose step ids the day copies keep) answers for a step no longer in the day's copy.
 */
export function cardOfStepIn(schedules: readonly Schedule[]): CardOfStep {
  const byDay = new Map<string, CardId>();
  const anyDay = new Map<StepId, CardId>();
  for (const schedule of schedules) {
    for (const item of schedule.items) {
      for (const step of [item, ...item.miniSteps]) {
        if (schedule.slot.kind === 'day') byDay.set(`${schedule.slot.day}|${step.id}`, step.cardId);
        else if (!anyDay.has(step.id)) anyDay.set(step.id, step.cardId);
      }
    }
  }
  return (day, stepId) => byDay.get(`${day}|${stepId}`) ?? anyDay.get(stepId);
}

/**
 * Per school day since the stage began, the starts of the activity and how many were the
 * student's own, oldest day first. Voided starts count for nothing. A day without a start of the
 * activity (the student was absent, left early, or it was not on that day's schedule) is not in
 * the list: it neither counts toward the criterion nor breaks a run of days.
 */
export function dailyEvidence(
  events: readonly AppEvent[],
  plan: Pick<FadingPlan, 'studentId' | 'cardId' | 'since'>,
  cardOf: CardOfStep,
): DayEvidence[] {
  const voided = voidedTargets(events);
  const byDay = new Map<SchoolDay, DayEvidence>();
  for (const event of events) {
    if (!isOpportunity(event, plan, cardOf) || voided.has(event.id)) continue;
    const entry = byDay.get(event.day) ?? { day: event.day, independent: 0, opportunities: 0 };
    entry.opportunities++;
    if (event.prompt === 'independent') entry.independent++;
    byDay.set(event.day, entry);
  }
  return [...byDay.values()].sort((a, b) => a.day.localeCompare(b.day));
}

function isOpportunity(
  event: AppEvent,
  plan: Pick<FadingPlan, 'studentId' | 'cardId' | 'since'>,
  cardOf: CardOfStep,
): event is StepStarted {
  return (
    event.type === 'step-started' &&
    event.studentId === plan.studentId &&
    event.at >= plan.since &&
    cardOf(event.day, event.stepId) === plan.cardId
  );
}

/** Whether a day's share of independent starts reaches the percent (exactly, in whole numbers). */
export function dayMeets(day: DayEvidence, criterion: FadingCriterion): boolean {
  return day.opportunities > 0 && day.independent * 100 >= criterion.percent * day.opportunities;
}

/**
 * The criterion over days: the latest days in a row that meet the percent, newest last, and
 * whether there are enough of them. A day below the percent breaks the run.
 */
export function criterionCheck(
  evidence: readonly DayEvidence[],
  criterion: FadingCriterion,
): { met: boolean; run: DayEvidence[] } {
  const run: DayEvidence[] = [];
  for (let index = evidence.length - 1; index >= 0 && run.length < criterion.days; index--) {
    const day = evidence[index];
    if (!day || !dayMeets(day, criterion)) break;
    run.unshift(day);
  }
  return { met: run.length >= criterion.days, run };
}

export type FadingSuggestion = { plan: FadingPlan; next: PlanStage; evidence: DayEvidence[] };

/** A suggestion for the teacher when the plan has a next step and the data meet its criterion. */
export function fadingSuggestion(
  plan: FadingPlan,
  events: readonly AppEvent[],
  cardOf: CardOfStep,
): FadingSuggestion | undefined {
  if (!plan.next) return undefined;
  const { met, run } = criterionCheck(dailyEvidence(events, plan, cardOf), plan.criterion);
  return met ? { plan, next: plan.next, evidence: run } : undefined;
}

/** The plan after the teacher accepts its next step: a new stage, whose data start now. */
export function advancedPlan(plan: FadingPlan, now: number): FadingPlan {
  const { next, notYetUntil: _answered, ...rest } = plan;
  return next ? { ...rest, current: next, since: now, updatedAt: now } : plan;
}

/** Days (a week) a suggestion answered "not yet" waits before it is offered again. */
export const NOT_YET_DAYS = 7;

/** Whether the teacher said "not yet" to the plan's suggestion and it is not time to ask again. */
export const isPutOff = (plan: FadingPlan, today: SchoolDay): boolean =>
  plan.notYetUntil !== undefined && today < plan.notYetUntil;
