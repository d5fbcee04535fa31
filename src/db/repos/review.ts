// The teacher's review: rollups over a range, the review plan of each student and the year's
// reporting periods. Plans live in the settings table under keys of their own, read through
// their schemas here so the kiosk never loads them.
import * as v from 'valibot';
import { AppError } from '../../domain/errors';
import type { AppEvent } from '../../domain/events';
import type { StudentId } from '../../domain/ids';
import { type AdultSession, PROGRESS_VIEWS, type Student } from '../../domain/people';
import { type DayRange, inRange } from '../../domain/review/independence';
import type { ReportingPeriod, ReviewPlan } from '../../domain/review/plan';
import {
  REPORTING_PERIODS_KEY,
  REVIEW_PLAN_KEY_PREFIX,
  reportingPeriodsSchema,
  reviewPlanSchema,
} from '../../domain/review/plan-schemas';
import type { ScheduleItem } from '../../domain/schedule';
import { dayBounds, type SchoolDay } from '../../domain/time';
import { parseWith } from '../../domain/validation';
import type { AppDb } from '../app-db';
import { guardedWrite } from '../write-errors';
import { requireRole } from './access';
import { eventsOfStudent } from './events';

const planKey = (studentId: StudentId) => `${REVIEW_PLAN_KEY_PREFIX}${studentId}`;

/** A stored plan that no longer fits its schema reads as no plan, rather than breaking the screen. */
export async function reviewPlanOf(db: AppDb, studentId: StudentId): Promise<ReviewPlan> {
  const result = v.safeParse(reviewPlanSchema, (await db.settings.get(planKey(studentId)))?.value);
  return result.success ? result.output : {};
}

export async function saveReviewPlan(
  db: AppDb,
  session: AdultSession | undefined,
  studentId: StudentId,
  input: unknown,
): Promise<ReviewPlan> {
  requireRole(session, 'teacher');
  const plan = parseWith(reviewPlanSchema, input);
  await guardedWrite(async () => {
    await db.settings.put({ key: planKey(studentId), value: plan });
  });
  return plan;
}

export async function reportingPeriods(db: AppDb): Promise<ReportingPeriod[]> {
  const result = v.safeParse(reportingPeriodsSchema, (await db.settings.get(REPORTING_PERIODS_KEY))?.value);
  return result.success ? result.output : [];
}

export async function saveReportingPeriods(
  db: AppDb,
  session: AdultSession | undefined,
  input: unknown,
): Promise<ReportingPeriod[]> {
  requireRole(session, 'teacher');
  const periods = parseWith(reportingPeriodsSchema, input);
  await guardedWrite(async () => {
    await db.settings.put({ key: REPORTING_PERIODS_KEY, value: periods });
  });
  return periods;
}

/** Whether, and how, the student sees their own progress on the kiosk (`undefined`: not at all). */
export async function setProgressView(
  db: AppDb,
  session: AdultSession | undefined,
  studentId: StudentId,
  input: unknown,
  now: number,
): Promise<Student> {
  requireRole(session, 'teacher');
  const view = parseWith(v.optional(v.picklist(PROGRESS_VIEWS)), input);
  return guardedWrite(() =>
    db.transaction('rw', db.students, async () => {
      const student = await db.students.get(studentId);
      if (!student) throw new AppError('invalid-input', 'no such student');
      const { progressView: _previous, ...rest } = student;
      const updated: Student = { ...rest, ...(view ? { progressView: view } : {}), updatedAt: now };
      await db.students.put(updated);
      return updated;
    }),
  );
}

/** The kinds of events the student's own reports are read from. */
const SELF_REPORT_TYPES: ReadonlySet<AppEvent['type']> = new Set([
  'scale-rated',
  'self-check-answered',
  'check-matched',
]);

/**
 * A student's ratings, self-check answers and accuracy checks of a range, oldest first, with the
 * corrections that void any of them, whenever those were made. Reads that student's range only.
 */
export async function selfReportEvents(
  db: AppDb,
  studentId: StudentId,
  range: DayRange,
): Promise<AppEvent[]> {
  const reports = (
    await eventsOfStudent(db, studentId, dayBounds(range.from).from, dayBounds(range.to).to)
  ).filter((event) => SELF_REPORT_TYPES.has(event.type) && inRange(event.day, range));
  const corrections = await db.events
    .where('target')
    .anyOf(reports.map((event) => event.id))
    .toArray();
  return [...reports, ...corrections].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
}

/** The kinds of events a day's support is read from. */
const SUPPORT_TYPES: ReadonlySet<AppEvent['type']> = new Set(['step-started', 'support-noted', 'voided']);

/**
 * Each school day of a range with its own schedule and the events its support map is made of:
 * one read of the student's range, and the day schedules, which are few.
 */
export async function supportDays(
  db: AppDb,
  studentId: StudentId,
  range: DayRange,
): Promise<{ items: ScheduleItem[]; events: AppEvent[] }[]> {
  const events = (
    await eventsOfStudent(db, studentId, dayBounds(range.from).from, dayBounds(range.to).to)
  ).filter((event) => SUPPORT_TYPES.has(event.type));
  const schedules = await db.schedules.where('studentId').equals(studentId).toArray();
  const byDay = new Map<SchoolDay, ScheduleItem[]>();
  for (const schedule of schedules)
    if (schedule.slot.kind === 'day' && inRange(schedule.slot.day, range))
      byDay.set(schedule.slot.day, schedule.items);
  return [...byDay.entries()].map(([day, items]) => ({
    items,
    events: events.filter((event) => event.day === day),
  }));
}
