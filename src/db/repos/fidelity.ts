// Fidelity for the teacher's review: was the plan carried out this week, per adult? Reads one
// week of the student's events, the plan log (by the event type index: plan events are few) and
// the week's schedules to know each step's activity.

import { alertLevelsOf } from '../../domain/distress';
import type { AppEvent } from '../../domain/events';
import { type WeekFidelity, weekFidelity } from '../../domain/fidelity';
import type { CardId, StepId, StudentId } from '../../domain/ids';
import type { AdultSession } from '../../domain/people';
import type { PlanStage } from '../../domain/plan-stage';
import { dayAfter, dayBounds, type SchoolDay, schoolDayOf } from '../../domain/time';
import { activityDayOf, delayOfDay } from '../../domain/time-delay';
import type { AppDb } from '../app-db';
import { mustGet } from '../must-get';
import { requireRole } from './access';
import { eventsOfStudent } from './events';
import { spansOf } from './not-counted';
import { plansOfStudent } from './plans';
import { rollupsBetween } from './rollups';
import { plannedDaySchedule } from './schedule-reads';

/** The activity a plan event is about. */
const planEventCard = (event: AppEvent): CardId | undefined =>
  event.type === 'plan-changed'
    ? event.change.cardId
    : event.type === 'plan-advanced'
      ? event.cardId
      : undefined;

/** Monday to Sunday: a record made on a weekend day (a make-up day) belongs to its week too. */
const WEEK_DAYS = 7;

/** The week from `monday`: each adult's prompts against the plan, alerts answered, checks answered. */
export async function fidelityOfWeek(
  db: AppDb,
  session: AdultSession | undefined,
  studentId: StudentId,
  monday: SchoolDay,
): Promise<WeekFidelity> {
  requireRole(session, 'teacher');
  const student = await mustGet(db.students, studentId);
  const days = Array.from({ length: WEEK_DAYS }, (_, index) => dayAfter(monday, index));
  const weekEvents = await eventsOfStudent(
    db,
    studentId,
    dayBounds(monday).from,
    dayBounds(days[days.length - 1] ?? monday).to,
  );
  const planLog = (await db.events.where('type').anyOf(['plan-changed', 'plan-advanced']).toArray()).filter(
    (event: AppEvent) => event.studentId === studentId,
  );
  const cards = new Map<StepId, CardId>();
  for (const day of days)
    for (const item of (await plannedDaySchedule(db, studentId, day))?.items ?? []) {
      cards.set(item.id, item.cardId);
      for (const mini of item.miniSteps) cards.set(mini.id, mini.cardId);
    }
  const plans = new Map((await plansOfStudent(db, studentId)).map((plan) => [plan.cardId, plan]));
  // A delay schedule's wait on a day comes from the rollups of the days before it, since its stage began.
  const stageStart = (cardId: CardId, day: SchoolDay): SchoolDay | undefined => {
    const changes = planLog
      .filter((event) => event.day <= day && planEventCard(event) === cardId)
      .map((event) => event.day)
      .sort();
    const since = plans.get(cardId)?.since;
    return changes[changes.length - 1] ?? (since === undefined ? undefined : schoolDayOf(since));
  };
  const logStages = planLog.flatMap((event) =>
    event.type === 'plan-changed' ? [event.change.after] : event.type === 'plan-advanced' ? [event.to] : [],
  );
  const scheduled = [...[...plans.values()].map((plan) => plan.current), ...logStages].some(
    (stage) => stage?.delay,
  );
  const firstStart = [...plans.values()]
    .map((plan) => schoolDayOf(plan.since))
    .concat(planLog.map((e) => e.day))
    .sort()[0];
  const rollups =
    scheduled && firstStart
      ? await rollupsBetween(db, studentId, { from: firstStart, to: days[days.length - 1] ?? monday })
      : [];
  const spans = rollups.length > 0 ? await spansOf(db, studentId) : [];
  const delayOn = (cardId: CardId, stage: PlanStage, day: SchoolDay): number => {
    const start = stage.delay ? stageStart(cardId, day) : undefined;
    if (!start) return stage.delaySeconds;
    const before = rollups
      .filter((rollup) => rollup.day < day)
      .map((rollup) => activityDayOf(rollup, cardId, spans));
    return delayOfDay(stage, start, before);
  };
  return weekFidelity(
    weekEvents,
    planLog,
    (stepId) => cards.get(stepId),
    new Map([...plans].map(([cardId, plan]) => [cardId, plan.current])),
    student.scale ? alertLevelsOf(student.scale) : [],
    delayOn,
  );
}
