// The teacher's review: rollups over a range, the review plan of each student and the year's
// reporting periods. Plans live in the settings table under keys of their own, read through
// their schemas here so the kiosk never loads them.
import * as v from 'valibot';
import { REPORTING_PERIODS_KEY, REVIEW_PLAN_KEY_PREFIX } from '../../domain/classroom-settings';
import type { StudentId } from '../../domain/ids';
import { countedOnly, isCounted } from '../../domain/not-counted';
import { type AdultSession, PROGRESS_VIEWS, type Student } from '../../domain/people';
import { OVERVIEW_DAYS } from '../../domain/review/independence';
import type { ReportingPeriod, ReviewPlan } from '../../domain/review/plan';
import { reportingPeriodsSchema, reviewPlanSchema } from '../../domain/review/plan-schemas';
import type { DayRollup } from '../../domain/rollup';
import { parseWith } from '../../domain/validation';
import type { AppDb } from '../app-db';
import { mustGet } from '../must-get';
import { guardedWrite } from '../write-errors';
import { requireRole } from './access';
import { spansOf } from './not-counted';
import { latestRollupsWithStarts, rollupsOfStudent } from './rollups';
import { settingRow } from './settings';

/** The settings key of a student's review plan; deleted with the student. */
export const reviewPlanKey = (studentId: StudentId) => `${REVIEW_PLAN_KEY_PREFIX}${studentId}`;

/**
 * A stored plan that no longer fits its schema reads as no plan, rather than breaking the screen.
 * The review and the printed report are the teacher's, so their reads ask for the teacher's session.
 */
export async function reviewPlanOf(
  db: AppDb,
  session: AdultSession | undefined,
  studentId: StudentId,
): Promise<ReviewPlan> {
  requireRole(session, 'teacher');
  const result = v.safeParse(reviewPlanSchema, (await db.settings.get(reviewPlanKey(studentId)))?.value);
  return result.success ? result.output : {};
}

export async function saveReviewPlan(
  db: AppDb,
  session: AdultSession | undefined,
  studentId: StudentId,
  input: unknown,
  now = Date.now(),
): Promise<ReviewPlan> {
  requireRole(session, 'teacher');
  const plan = parseWith(reviewPlanSchema, input);
  await guardedWrite(async () => {
    await db.settings.put(settingRow(reviewPlanKey(studentId), plan, now));
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
  now = Date.now(),
): Promise<ReportingPeriod[]> {
  requireRole(session, 'teacher');
  const periods = parseWith(reportingPeriodsSchema, input);
  await guardedWrite(async () => {
    await db.settings.put(settingRow(REPORTING_PERIODS_KEY, periods, now));
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
      const student = await mustGet(db.students, studentId);
      const { progressView: _previous, ...rest } = student;
      const updated: Student = { ...rest, ...(view ? { progressView: view } : {}), updatedAt: now };
      await db.students.put(updated);
      return updated;
    }),
  );
}

/** Every counted day's rollup of a student, for the teacher's review and report. */
export async function reviewRollups(
  db: AppDb,
  session: AdultSession | undefined,
  studentId: StudentId,
): Promise<DayRollup[]> {
  requireRole(session, 'teacher');
  const [rollups, spans] = await Promise.all([rollupsOfStudent(db, studentId), spansOf(db, studentId)]);
  return countedOnly(rollups, spans);
}

/** The few latest counted rollups of a student the class overview's figures are worked out from. */
export async function overviewRollups(
  db: AppDb,
  session: AdultSession | undefined,
  studentId: StudentId,
): Promise<DayRollup[]> {
  requireRole(session, 'teacher');
  const spans = await spansOf(db, studentId);
  return latestRollupsWithStarts(db, studentId, OVERVIEW_DAYS, (day) => isCounted(day, spans));
}
