// Changes to a student's supports, told to the paras like plan changes: written by the teacher's
// repositories (tokens, scales, student settings) inside their own transaction, which includes the
// tables recordEvent writes (events, rollups, schedules).
import type { DeviceId, StaffId, StudentId } from '../../domain/ids';
import { stampEvent } from '../../domain/stamp';
import type { SupportChange } from '../../domain/support-changes';
import type { AppDb } from '../app-db';
import { recordEvent } from './record-event';

/** The tables a write that records support changes must hold, besides its own. */
export const supportChangeTables = (db: AppDb) => [db.events, db.rollups, db.schedules];

/** Logs each change under the teacher who made it; none to log, nothing written. */
export async function recordSupportChanges(
  db: AppDb,
  teacherId: StaffId,
  studentId: StudentId,
  changes: readonly (SupportChange | undefined)[],
  now: number,
  deviceId: DeviceId,
): Promise<void> {
  for (const change of changes)
    if (change)
      await recordEvent(
        db,
        stampEvent(
          { type: 'support-changed', studentId, actor: { kind: 'staff', staffId: teacherId }, change },
          now,
          deviceId,
        ),
      );
}
