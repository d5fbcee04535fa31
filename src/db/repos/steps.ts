import type { EventDraft } from '../../domain/events';
import type { ScheduleId, StudentId } from '../../domain/ids';
import type { StepDraft } from '../../domain/schedule-progress';
import { stampEvent } from '../../domain/stamp';
import type { AppDb } from '../app-db';
import { guardedWrite } from '../write-errors';
import { recordEvent } from './events';
import { deviceIdOf } from './settings';

/** Records the student's own step events from the kiosk, all of one tap together, with the token it earns. */
export async function recordStudentSteps(
  db: AppDb,
  studentId: StudentId,
  scheduleId: ScheduleId,
  drafts: readonly StepDraft[],
  now: number,
): Promise<void> {
  if (drafts.length === 0) return;
  const deviceId = await deviceIdOf(db, now);
  // A finished step of the day may earn a token. The token board's code is fetched only then, so
  // the kiosk's first load does not carry it, and before the transaction, which an import would end.
  const finished = drafts.find((draft) => draft.type === 'step-finished' && !draft.parentStepId);
  const tokens = finished && (await import('./tokens'));
  await guardedWrite(() =>
    db.transaction('rw', [db.students, db.events, db.rollups, db.schedules], async () => {
      for (const draft of drafts) {
        const base = { studentId, actor: { kind: 'student' } as const };
        const event: EventDraft =
          draft.type === 'step-shown' ? { ...draft, ...base, scheduleId } : { ...draft, ...base };
        await recordEvent(db, stampEvent(event, now, deviceId));
      }
      if (finished && tokens)
        await tokens.tokenForFinishedStep(db, studentId, finished.stepId, now, deviceId);
    }),
  );
}
