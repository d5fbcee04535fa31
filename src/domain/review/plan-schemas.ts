// The schemas of the review plans and reporting periods kept in the settings table: a value read
// from storage or from a backup file is checked against them before the app relies on it.
import * as v from 'valibot';
import { NAME_MAX_LENGTH } from '../people';
import { criterionSchema, schoolDaySchema } from '../validation';
import { REPORTING_PERIOD_COUNTS } from './plan';

const rangeSchema = v.pipe(
  v.strictObject({ from: schoolDaySchema, to: schoolDaySchema }),
  v.check((range) => range.from <= range.to, 'a range ends on or after the day it starts'),
);

/** A student's review plan: baseline, trial, and the aim to reach by the goal day. */
export const reviewPlanSchema = v.pipe(
  v.strictObject({
    baseline: v.optional(rangeSchema),
    trial: v.optional(rangeSchema),
    aimPercent: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100))),
    goalDay: v.optional(schoolDaySchema),
    mastery: v.optional(criterionSchema),
  }),
  v.check(
    (plan) => !plan.goalDay || !plan.baseline || plan.goalDay > plan.baseline.to,
    'the goal day comes after the baseline',
  ),
);

/** The school year's reporting periods. */
export const reportingPeriodsSchema = v.pipe(
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
