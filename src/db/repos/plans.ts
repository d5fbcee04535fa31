// Fading plans: the teacher's per-activity plan, the evidence the log holds for it, and the
// teacher's acceptance of a suggestion, which changes the plan and is logged as an event in the
// same transaction. Paras read only the stage the adults follow now.
import * as v from 'valibot';
import { deletionOf } from '../../domain/deletions';
import { AppError } from '../../domain/errors';
import type { AppEvent } from '../../domain/events';
import {
  advancedPlan,
  type CardOfStep,
  cardOfStepIn,
  dailyEvidence,
  type FadingPlan,
  type FadingSuggestion,
  fadingSuggestion,
  isPutOff,
  NOT_YET_DAYS,
} from '../../domain/fading';
import type { CardId, DeviceId, PlanId, StaffId, StudentId } from '../../domain/ids';
import { ulid } from '../../domain/ids';
import type { AdultSession } from '../../domain/people';
import { composePlanChange, type PlanChange, sameDelaySchedule } from '../../domain/plan-changes';
import type { DayEvidence, PlanStage } from '../../domain/plan-stage';
import { stampEvent } from '../../domain/stamp';
import { dayAfter, type SchoolDay, schoolDayOf } from '../../domain/time';
import { activityDayOf, delayOfDay, type StageOfDay } from '../../domain/time-delay';
import { criterionSchema, idSchema, parseWith, planStageSchema } from '../../domain/validation';
import type { AppDb } from '../app-db';
import { mustGet } from '../must-get';
import { guardedWrite } from '../write-errors';
import { requireRole } from './access';
import { eventsOfStudent } from './events';
import { spansOf } from './not-counted';
import { recordEvent } from './record-event';
import { rollupsBetween } from './rollups';
import { deviceIdOf } from './settings';

const planInputSchema = v.object({
  cardId: idSchema<'card'>(),
  current: planStageSchema,
  next: v.optional(planStageSchema),
  criterion: criterionSchema,
});

/** A stage as stored: a blank note is no note. */
const stageOf = (stage: v.InferOutput<typeof planStageSchema>): PlanStage => ({
  prompt: stage.prompt,
  delaySeconds: stage.delaySeconds,
  ...(stage.note ? { note: stage.note } : {}),
  ...(stage.delay ? { delay: stage.delay } : {}),
});

const sameStage = (a: PlanStage, b: PlanStage) =>
  a.prompt === b.prompt &&
  a.delaySeconds === b.delaySeconds &&
  (a.note ?? '') === (b.note ?? '') &&
  sameDelaySchedule(a.delay, b.delay);

export function plansOfStudent(db: AppDb, studentId: StudentId): Promise<FadingPlan[]> {
  return db.plans.where('studentId').equals(studentId).toArray();
}

/** What the adults beside the student follow now, per activity; nothing of the criterion or what comes next. */
export async function currentStages(db: AppDb, studentId: StudentId): Promise<Map<CardId, PlanStage>> {
  const plans = await plansOfStudent(db, studentId);
  return new Map(plans.map((plan) => [plan.cardId, plan.current]));
}

/**
 * What the adults beside the student follow today, per activity, with the delay of the day. The
 * correct waits behind a growing delay are read from the rollups of the days before today.
 */
export async function stagesOfDay(
  db: AppDb,
  studentId: StudentId,
  today: SchoolDay,
): Promise<Map<CardId, StageOfDay>> {
  const plans = await plansOfStudent(db, studentId);
  const scheduled = plans.filter((plan) => plan.current.delay);
  const starts = scheduled.map((plan) => schoolDayOf(plan.since)).sort();
  const first = starts[0];
  const rollups = first ? await rollupsBetween(db, studentId, { from: first, to: dayAfter(today, -1) }) : [];
  const spans = first ? await spansOf(db, studentId) : [];
  return new Map(
    plans.map((plan) => {
      const days = plan.current.delay
        ? rollups.map((rollup) => activityDayOf(rollup, plan.cardId, spans))
        : [];
      const secondsToday = delayOfDay(plan.current, schoolDayOf(plan.since), days);
      return [plan.cardId, { ...plan.current, secondsToday }];
    }),
  );
}

/**
 * Makes or changes the plan for one activity of a student. Changing what the adults do now starts
 * a new stage, whose data start now; changing only the criterion or the next step keeps the data.
 */
export async function savePlan(
  db: AppDb,
  session: AdultSession | undefined,
  studentId: StudentId,
  input: unknown,
  now: number,
): Promise<FadingPlan> {
  const teacher = requireRole(session, 'teacher');
  const parsed = parseWith(planInputSchema, input);
  const current = stageOf(parsed.current);
  const deviceId = await deviceIdOf(db, now);
  return guardedWrite(() =>
    db.transaction('rw', [db.students, db.cards, db.plans, db.schedules, db.events, db.rollups], async () => {
      await mustGet(db.students, studentId);
      await mustGet(db.cards, parsed.cardId);
      const existing = await db.plans.where('[studentId+cardId]').equals([studentId, parsed.cardId]).first();
      const plan: FadingPlan = {
        id: existing?.id ?? ulid<'plan'>(now),
        studentId,
        cardId: parsed.cardId,
        current,
        ...(parsed.next ? { next: stageOf(parsed.next) } : {}),
        criterion: parsed.criterion,
        since: existing && sameStage(existing.current, current) ? existing.since : now,
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
      };
      await db.plans.put(plan);
      // What the paras must now do differently reaches them as an event, shown until acknowledged.
      const change = composePlanChange(plan.cardId, existing?.current, current);
      if (change) await recordPlanChange(db, teacher.staffId, plan, change, now, deviceId);
      return plan;
    }),
  );
}

/** The teacher ends a plan; what it led to stays in the log, and the deletion is recorded. */
export async function removePlan(
  db: AppDb,
  session: AdultSession | undefined,
  planId: PlanId,
  now: number,
): Promise<void> {
  const { staffId } = requireRole(session, 'teacher');
  const deviceId = await deviceIdOf(db, now);
  await guardedWrite(() =>
    db.transaction('rw', [db.plans, db.deletions, db.schedules, db.events, db.rollups], async () => {
      const plan = await db.plans.get(planId);
      await db.plans.delete(planId);
      await db.deletions.put(deletionOf('plans', planId, now, staffId));
      // The paras stop following it: they are told, as of any other change.
      const change = plan && composePlanChange(plan.cardId, plan.current, undefined);
      if (plan && change) await recordPlanChange(db, staffId, plan, change, now, deviceId);
    }),
  );
}

/** Logs a change of what the adults do for a plan's activity, under the teacher who made it. */
async function recordPlanChange(
  db: AppDb,
  teacherId: StaffId,
  plan: FadingPlan,
  change: PlanChange,
  now: number,
  deviceId: DeviceId,
): Promise<void> {
  await recordEvent(
    db,
    stampEvent(
      {
        type: 'plan-changed',
        studentId: plan.studentId,
        actor: { kind: 'staff', staffId: teacherId },
        planId: plan.id,
        change,
      },
      now,
      deviceId,
    ),
  );
}

/** The log since the oldest stage began, and which card each step stood for. */
async function logFor(
  db: AppDb,
  studentId: StudentId,
  plans: readonly FadingPlan[],
): Promise<{ events: AppEvent[]; cardOf: CardOfStep }> {
  const since = Math.min(...plans.map((plan) => plan.since));
  const [events, schedules] = await Promise.all([
    eventsOfStudent(db, studentId, since),
    db.schedules.where('studentId').equals(studentId).toArray(),
  ]);
  return { events, cardOf: cardOfStepIn(schedules) };
}

export type PlanReview = { plan: FadingPlan; evidence: DayEvidence[]; suggestion?: FadingSuggestion };

/** Each plan of a student with its evidence so far, and its suggestion when the criterion is met. */
export async function reviewPlans(
  db: AppDb,
  session: AdultSession | undefined,
  studentId: StudentId,
): Promise<PlanReview[]> {
  requireRole(session, 'teacher');
  const plans = await plansOfStudent(db, studentId);
  if (plans.length === 0) return [];
  const { events, cardOf } = await logFor(db, studentId, plans);
  return plans.map((plan) => {
    const suggestion = fadingSuggestion(plan, events, cardOf);
    return { plan, evidence: dailyEvidence(events, plan, cardOf), ...(suggestion ? { suggestion } : {}) };
  });
}

/** Every suggestion due across the class, but those the teacher put off: for the teacher's eyes only. */
export async function fadingSuggestions(
  db: AppDb,
  session: AdultSession | undefined,
  today: SchoolDay,
): Promise<FadingSuggestion[]> {
  requireRole(session, 'teacher');
  const studentIds = new Set((await db.plans.toArray()).map((plan) => plan.studentId));
  const reviews = await Promise.all([...studentIds].map((studentId) => reviewPlans(db, session, studentId)));
  return reviews
    .flat()
    .flatMap((review) => (review.suggestion && !isPutOff(review.plan, today) ? [review.suggestion] : []));
}

/** The teacher answers a suggestion "not yet": the plan stays, and the suggestion comes back in a week. */
export async function putOffFadingStep(
  db: AppDb,
  session: AdultSession | undefined,
  planId: PlanId,
  today: SchoolDay,
  now: number,
): Promise<FadingPlan> {
  requireRole(session, 'teacher');
  return guardedWrite(() =>
    db.transaction('rw', db.plans, async () => {
      const plan = await mustGet(db.plans, planId);
      const putOff = { ...plan, notYetUntil: dayAfter(today, NOT_YET_DAYS), updatedAt: now };
      await db.plans.put(putOff);
      return putOff;
    }),
  );
}

/**
 * The teacher accepts a suggestion: the plan moves to its next stage and a `plan-advanced` event
 * records the step and its evidence, together. The criterion is checked again here, on the log
 * as it is now.
 */
export async function acceptFadingStep(
  db: AppDb,
  session: AdultSession | undefined,
  planId: PlanId,
  now: number,
): Promise<FadingPlan> {
  const teacher = requireRole(session, 'teacher');
  const deviceId = await deviceIdOf(db, now);
  return guardedWrite(() =>
    db.transaction('rw', [db.plans, db.schedules, db.events, db.rollups], async () => {
      const plan = await mustGet(db.plans, planId);
      const { events, cardOf } = await logFor(db, plan.studentId, [plan]);
      const suggestion = fadingSuggestion(plan, events, cardOf);
      if (!suggestion) throw new AppError('fading-not-due');
      const advanced = advancedPlan(plan, now);
      await db.plans.put(advanced);
      await recordEvent(
        db,
        stampEvent(
          {
            type: 'plan-advanced',
            studentId: plan.studentId,
            actor: { kind: 'staff', staffId: teacher.staffId },
            planId: plan.id,
            cardId: plan.cardId,
            from: plan.current,
            to: suggestion.next,
            evidence: suggestion.evidence,
          },
          now,
          deviceId,
        ),
      );
      return advanced;
    }),
  );
}
