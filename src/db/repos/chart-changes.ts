// The dated changes a review chart draws as lines: the plan log (fading steps accepted, plans edited),
// schedule and support changes, read by the event type index (a handful a month, never the log), and
// the adults who joined the classroom, from the staff table (a few rows). The words are the screen's.
import type { AppEvent } from '../../domain/events';
import type { StudentId } from '../../domain/ids';
import type { AdultSession } from '../../domain/people';
import type { DayRange } from '../../domain/review/independence';
import { type SchoolDay, schoolDayOf } from '../../domain/time';
import type { AppDb } from '../app-db';
import { requireRole } from './access';

/**
 * A change on a day: a fading step accepted (`step` counts them from the student's first, so it reads
 * the same whatever the dates shown), a plan edited, a schedule or a support changed, or an adult
 * added to the classroom, who records from then on.
 */
export type ChartChange =
  | { day: SchoolDay; kind: 'plan-advanced'; step: number }
  | { day: SchoolDay; kind: 'plan-edited' | 'schedule-changed' | 'support-changed' }
  | { day: SchoolDay; kind: 'new-adult'; name: string };

const CHANGE_TYPES = ['plan-advanced', 'plan-changed', 'schedule-changed', 'support-changed'] as const;

/**
 * The student's changes up to the end of `range`, oldest first. Plan changes before the range are
 * kept, as the chart opens in the phase the latest of them began; the others start with the range.
 */
export async function chartChanges(
  db: AppDb,
  session: AdultSession | undefined,
  studentId: StudentId,
  range: DayRange,
): Promise<ChartChange[]> {
  requireRole(session, 'teacher');
  const [logged, staff] = await Promise.all([
    db.events
      .where('type')
      .anyOf([...CHANGE_TYPES])
      .filter((event: AppEvent) => event.studentId === studentId && event.day <= range.to)
      .toArray(),
    db.staff.toArray(),
  ]);
  logged.sort((a, b) => a.at - b.at);
  const changes: ChartChange[] = [];
  let step = 0;
  for (const event of logged) {
    if (event.type === 'plan-advanced') changes.push({ day: event.day, kind: 'plan-advanced', step: ++step });
    else if (event.type === 'plan-changed') changes.push({ day: event.day, kind: 'plan-edited' });
    else if (
      event.day >= range.from &&
      (event.type === 'schedule-changed' || event.type === 'support-changed')
    )
      changes.push({ day: event.day, kind: event.type });
  }
  for (const adult of staff) {
    const day = schoolDayOf(adult.createdAt);
    if (day >= range.from && day <= range.to) changes.push({ day, kind: 'new-adult', name: adult.name });
  }
  return changes.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}
