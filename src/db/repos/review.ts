// The teacher's review: rollups over a range, the review plan of each student and the year's
// reporting periods. Plans live in the settings table under keys of their own, read through
// their schemas here so the kiosk never loads them.
import * as v from 'valibot';
import { AppError } from '../../domain/errors';
import type { StudentId } from '../../domain/ids';
import { type AdultSession, NAME_MAX_LENGTH, PROGRESS_VIEWS, type Student } from '../../domain/people';
import { REPORTING_PERIOD_COUNTS, type ReportingPeriod, type ReviewPlan } from '../../domain/review/plan';
import type { DayRollup } from '../../domain/rollup';
import { parseWith, schoolDaySchema } from '../../domain/validation';
import type { AppDb } from '../app-db';
import { guardedWrite } from '../write-errors';
import { requireRole } from './access';
import { rollupsOfStudent } from './rollups';

const rangeSchema = v.pipe(
  v.strictObject({ from: schoolDaySchema, to: schoolDaySchema }),
  v.check((range) => range.from <= range.to, 'a range ends on or after the day it starts'),
);

const planSchema = v.strictObject({
  baseline: v.optional(rangeSchema),
  trial: v.optional(rangeSchema),
  aimPercent: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100))),
});

const periodsSchema = v.pipe(
  v.array(
    v.pipe(
      v.strictObject({
        name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(NAME_MAX_LENGTH)),
        from: schoolDaySchema,
        to: schoolDaySchema,
      }),
      v.check((period) => period.from <= period.to, 'a period ends on or after the day it starts'),
    ),
  ),
  v.check(
    (periods) => (REPORTING_PERIOD_COUNTS as readonly number[]).includes(periods.length),
    'a school year has 3 or 4 reporting periods',
  ),
  v.check(
    (periods) =>
      periods.every((period, index) => index === 0 || (periods[index - 1]?.to ?? '') < period.from),
    'periods follow one another without overlapping',
  ),
);

/** The settings key of a student's review plan; deleted with the student. */
export const reviewPlanKey = (studentId: StudentId) => `reviewPlan:${studentId}`;
const PERIODS_KEY = 'reportingPeriods';

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
  const result = v.safeParse(planSchema, (await db.settings.get(reviewPlanKey(studentId)))?.value);
  return result.success ? result.output : {};
}

export async function saveReviewPlan(
  db: AppDb,
  session: AdultSession | undefined,
  studentId: StudentId,
  input: unknown,
): Promise<ReviewPlan> {
  requireRole(session, 'teacher');
  const plan = parseWith(planSchema, input);
  await guardedWrite(async () => {
    await db.settings.put({ key: reviewPlanKey(studentId), value: plan });
  });
  return plan;
}

export async function reportingPeriods(db: AppDb): Promise<ReportingPeriod[]> {
  const result = v.safeParse(periodsSchema, (await db.settings.get(PERIODS_KEY))?.value);
  return result.success ? result.output : [];
}

export async function saveReportingPeriods(
  db: AppDb,
  session: AdultSession | undefined,
  input: unknown,
): Promise<ReportingPeriod[]> {
  requireRole(session, 'teacher');
  const periods = parseWith(periodsSchema, input);
  await guardedWrite(async () => {
    await db.settings.put({ key: PERIODS_KEY, value: periods });
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

/** Every day's rollup of a student, for the teacher's review and report. */
export async function reviewRollups(
  db: AppDb,
  session: AdultSession | undefined,
  studentId: StudentId,
): Promise<DayRollup[]> {
  requireRole(session, 'teacher');
  return rollupsOfStudent(db, studentId);
}
