import type { AppEvent, EventDraft } from '../../domain/events';
import type { StudentId } from '../../domain/ids';
import { progressOf } from '../../domain/schedule-progress';
import { stampEvent } from '../../domain/stamp';
import { type StudentTap, studentTapDrafts } from '../../domain/step-records';
import { schoolDayOf } from '../../domain/time';
import type { AppDb } from '../app-db';
import { guardedWrite } from '../write-errors';
import { DayRecorder } from './events';
import { deviceIdOf } from './settings';

/**
 * Records the student's tap from the kiosk, with the token a finished step earns. What the tap
 * records is decided inside the write, from the day's schedule and events read there: a tap
 * another tab, a para or the same finger has already answered records nothing. Returns the day's
 * events as the write left them when it recorded something (the kiosk shows them at once, without
 * waiting for its live read of the log), else undefined.
 */
export async function recordStudentSteps(
  db: AppDb,
  studentId: StudentId,
  tap: StudentTap,
  now: number,
): Promise<readonly AppEvent[] | undefined> {
  const deviceId = await deviceIdOf(db, now);
  const day = schoolDayOf(now);
  // A Done may earn a token. The token board's code is fetched only then, so the kiosk's first
  // load does not carry it, and before the transaction, which an import would end.
  const tokens = tap.kind === 'done' ? await import('./tokens') : undefined;
  return guardedWrite(() =>
    db.transaction('rw', [db.students, db.events, db.rollups, db.schedules], async () => {
      const log = await DayRecorder.open(db, studentId, day);
      const schedule = log.schedule;
      if (!schedule) return undefined;
      const drafts = studentTapDrafts(progressOf(schedule.items, log.events), log.events, tap, now);
      for (const draft of drafts) {
        const base = { studentId, actor: { kind: 'student' } as const };
        const event: EventDraft =
          draft.type === 'step-shown'
            ? { ...draft, ...base, scheduleId: schedule.id }
            : { ...draft, ...base };
        await log.record(stampEvent(event, now, deviceId));
      }
      const finished = drafts.find((draft) => draft.type === 'step-finished' && !draft.parentStepId);
      if (finished && tokens) await tokens.tokenForFinishedStep(db, log, finished.stepId, now, deviceId);
      await log.finish();
      return drafts.length > 0 ? log.events : undefined;
    }),
  );
}
