// What the teacher compares: a baseline, a trial of reduced support, the aim, and the school
// year's reporting periods. Dates are school days; a range's end is included.
import { calendarOf, dayAfter, mondayOf, type SchoolDay } from '../time';
import { type DayRange, rangeLength, TRIAL_MAX_DAYS } from './independence';
import type { MasteryCriterion } from './mastery';

export type ReviewPlan = {
  baseline?: DayRange;
  trial?: DayRange;
  /** The share of independent starts the team aims for, in percent. */
  aimPercent?: number;
  /** The day the aim is to be reached: the aimline runs from the baseline to it. */
  goalDay?: SchoolDay;
  /** When the goal counts as mastered; maintenance probes follow. */
  mastery?: MasteryCriterion;
};

export type ReportingPeriod = { name: string; from: SchoolDay; to: SchoolDay };

/** Elementary schools report three times a year, secondary schools four. */
export const REPORTING_PERIOD_COUNTS = [3, 4] as const;

/** A trial longer than six weeks is allowed, but the teacher is told. */
export const trialTooLong = (plan: ReviewPlan): boolean =>
  plan.trial !== undefined && rangeLength(plan.trial) > TRIAL_MAX_DAYS;

/** Monday to today, and the first of the month to today, on the device's calendar. */
export function recentRanges(today: SchoolDay): { week: DayRange; month: DayRange } {
  return {
    week: { from: mondayOf(today), to: today },
    month: { from: `${today.slice(0, 8)}01` as SchoolDay, to: today },
  };
}

/** Last week, Monday to Sunday, and last month, first day to last, on the device's calendar. */
export function previousRanges(today: SchoolDay): { previousWeek: DayRange; previousMonth: DayRange } {
  const lastMonday = dayAfter(mondayOf(today), -7);
  const firstOfMonth = `${today.slice(0, 8)}01` as SchoolDay;
  const lastOfPrevious = dayAfter(firstOfMonth, -1);
  const { year, month } = calendarOf(lastOfPrevious);
  return {
    previousWeek: { from: lastMonday, to: dayAfter(lastMonday, 6) },
    previousMonth: { from: `${year}-${String(month).padStart(2, '0')}-01` as SchoolDay, to: lastOfPrevious },
  };
}
