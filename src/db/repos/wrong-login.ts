import type { StudentId } from '../../domain/ids';
import { stampEvent } from '../../domain/stamp';
import { NOT_ME_REASON, wrongLoginRecords } from '../../domain/wrong-login';
import type { AppDb } from '../app-db';
import { guardedWrite } from '../write-errors';
import { eventsOfStudent } from './events';
import { recordEvent } from './record-event';
import { deviceIdOf } from './settings';

/**
 * "Not me" on a shared tablet: voids, with a reason, what the student screen recorded for the
 * student chosen at the picture login since `loginAt` (see wrongLoginRecords for the bounds), all
 * in one write. Returns how many records were voided.
 */
export async function voidWrongLogin(
  db: AppDb,
  studentId: StudentId,
  loginAt: number,
  now: number,
): Promise<number> {
  const deviceId = await deviceIdOf(db, now);
  return guardedWrite(() =>
    db.transaction('rw', [db.events, db.rollups, db.schedules], async () => {
      const since = await eventsOfStudent(db, studentId, loginAt, now);
      const wrong = wrongLoginRecords(since, { studentId, deviceId, at: loginAt }, now);
      for (const target of wrong) {
        await recordEvent(
          db,
          stampEvent(
            {
              type: 'voided',
              studentId,
              actor: { kind: 'student' },
              target: target.id,
              reason: NOT_ME_REASON,
            },
            now,
            deviceId,
          ),
        );
      }
      return wrong.length;
    }),
  );
}
