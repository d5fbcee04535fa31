// Fidelity for the teacher's review: was the plan carried out this week, per adult? Reads one
// week of the student's events, the plan log (by the event type index: plan events are few) and
// the week's schedules to know each step's activity.

import { alertLevelsOf } from '../../domain/distress';
import type { AppEvent } from '../../domain/events';
import { type WeekFidelity, weekFidelity } from '../../domain/fidelity';
import type { CardId, StepId, StudentId } from '../../domain/ids';
import type { AdultSession } from '../../domain/people';
import { dayAfter, dayBounds, type SchoolDay } from '../../domain/time';
import type { AppDb } from '../app-db';
import { mustGet } from '../must-get';
import { requireRole } from './access';
import { eventsOfStudent } from './events';
import { currentStages } from './plans';
import { plannedDaySchedule } from './schedule-reads';

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
  return weekFidelity(
    weekEvents,
    planLog,
    (stepId) => cards.get(stepId),
    await currentStages(db, studentId),
    student.scale ? alertLevelsOf(student.scale) : [],
  );
}
