// Plan changes as the adults read them (to a plan, a schedule's steps, or a support): a para's changes not
// yet acknowledged, first on the para bar, and for the teacher each change with who has
// acknowledged it. Both read the event log, so
// they hold across synced tablets.
import type { AppEvent } from '../../domain/events';
import type { StaffId, StudentId } from '../../domain/ids';
import type { AdultSession } from '../../domain/people';
import {
  changesNotSeen,
  composePlanChange,
  type PlanChangesSeen,
  type RecordedPlanChange,
  seenByStaff,
} from '../../domain/plan-changes';
import type { AppDb } from '../app-db';
import { requireAdult, requireRole } from './access';

/** The events that change what the adults do, and those saying an adult has read such changes. */
const PLAN_CHANGE_LOG_TYPES = [
  'plan-changed',
  'schedule-changed',
  'support-changed',
  'plan-advanced',
  'plan-changes-seen',
] as const satisfies readonly AppEvent['type'][];

async function planChangeLog(
  db: AppDb,
  studentId: StudentId,
): Promise<{ changes: RecordedPlanChange[]; acknowledgements: PlanChangesSeen[] }> {
  // By type, not the student's whole log: the para bar reads this live, and a year's log (some
  // 17,000 events) read again at each tap kept every tap waiting. One type at a time, so a live
  // read watches those types alone (`anyOf` would watch every type between the first and the
  // last, a tap's among them) and is not run again for a tap's events.
  const byType = await Promise.all(
    PLAN_CHANGE_LOG_TYPES.map((type) =>
      db.events
        .where('type')
        .equals(type)
        .filter((event) => event.studentId === studentId)
        .toArray(),
    ),
  );
  // In the log's order, as read by student and moment before: changes made at one moment keep it.
  const events: AppEvent[] = byType
    .flat()
    .sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const changes: RecordedPlanChange[] = [];
  const acknowledgements: PlanChangesSeen[] = [];
  for (const event of events) {
    if (
      event.type === 'plan-changed' ||
      event.type === 'schedule-changed' ||
      event.type === 'support-changed'
    )
      changes.push({ id: event.id, at: event.at, studentId, change: event.change });
    else if (event.type === 'plan-advanced') {
      // A fading step the teacher accepted changes what the adults do, as an edit does.
      const change = composePlanChange(event.cardId, event.from, event.to);
      if (change) changes.push({ id: event.id, at: event.at, studentId, change });
    } else if (event.type === 'plan-changes-seen' && event.actor.kind === 'staff')
      acknowledgements.push({ studentId, staffId: event.actor.staffId, seen: event.seen });
  }
  return { changes, acknowledgements };
}

/** The changes the signed-in adult has not acknowledged for a student, newest first. */
export async function planChangesToAcknowledge(
  db: AppDb,
  session: AdultSession | undefined,
  studentId: StudentId,
): Promise<RecordedPlanChange[]> {
  requireAdult(session);
  const { changes, acknowledgements } = await planChangeLog(db, studentId);
  return changesNotSeen(changes, acknowledgements, studentId, session.staffId);
}

/** For the teacher: each change to the student's plans, newest first, with who has acknowledged it. */
export async function planChangesWithReaders(
  db: AppDb,
  session: AdultSession | undefined,
  studentId: StudentId,
): Promise<{ change: RecordedPlanChange; seenBy: StaffId[] }[]> {
  requireRole(session, 'teacher');
  const { changes, acknowledgements } = await planChangeLog(db, studentId);
  return changes
    .sort((a, b) => b.at - a.at)
    .map((change) => ({ change, seenBy: seenByStaff(change, acknowledgements) }));
}
