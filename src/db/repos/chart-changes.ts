// What changed for a student, by day, for the lines on the review's charts: read through the
// events' type index (a handful a term), never the log of the student's records.
import type { AppEvent } from '../../domain/events';
import type { StudentId } from '../../domain/ids';
import type { AdultSession } from '../../domain/people';
import type { SchoolDay } from '../../domain/time';
import type { AppDb } from '../app-db';
import { requireRole } from './access';

export const CHART_CHANGE_TYPES = [
  'plan-advanced',
  'plan-changed',
  'schedule-changed',
  'support-changed',
] as const satisfies readonly AppEvent['type'][];

export type ChartChangeType = (typeof CHART_CHANGE_TYPES)[number];

/** The student's changes to plans, schedules and supports, each with the day it was made, oldest first. */
export async function chartChangesOf(
  db: AppDb,
  session: AdultSession | undefined,
  studentId: StudentId,
): Promise<{ type: ChartChangeType; day: SchoolDay }[]> {
  requireRole(session, 'teacher');
  // These records are never taken back: a change is changed again, by a record of its own.
  const changes = (await db.events
    .where('type')
    .anyOf([...CHART_CHANGE_TYPES])
    .filter((event) => event.studentId === studentId)
    .toArray()) as Extract<AppEvent, { type: ChartChangeType }>[];
  return changes.sort((a, b) => a.at - b.at).map((event) => ({ type: event.type, day: event.day }));
}
