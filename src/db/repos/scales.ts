// The teacher's five-point scales: made from a template or from scratch, edited, and given to
// students. A scale is classroom-wide, like a choice board; which scale a student rates with, and
// whether they check in with it as the day starts, is kept on the student.
import * as v from 'valibot';
import { alertLevelsOf } from '../../domain/distress';
import { AppError } from '../../domain/errors';
import type { ScaleLevel } from '../../domain/events';
import type { CardId, MediaId, ScaleId, StudentId } from '../../domain/ids';
import { ulid } from '../../domain/ids';
import { keepRecordings, withRecording } from '../../domain/languages';
import type { AdultSession, Locale, Student } from '../../domain/people';
import { parseScaleDraft, scaleAssignmentSchema } from '../../domain/scale-validation';
import { type FivePointScale, levelOf, type ScaleAssignment, type ScaleLevelPlan } from '../../domain/scales';
import { composeAlertChange, composeStaffResponseChanges } from '../../domain/support-changes';
import { parseWith } from '../../domain/validation';
import type { AppDb } from '../app-db';
import { mustGet } from '../must-get';
import { recordingToStore } from '../pictures/picture-gate';
import { releasePicture, releaseTables, storePicture } from '../pictures/picture-store';
import { guardedWrite } from '../write-errors';
import { requireRole } from './access';
import { deviceIdOf } from './settings';
import { recordSupportChanges, supportChangeTables } from './support-changes';

/**
 * Makes a new scale (no `scaleId`) or saves an edited one. Every picture and strategy must be a
 * card that exists; a bad scale writes nothing.
 */
export async function saveScale(
  db: AppDb,
  session: AdultSession | undefined,
  scaleId: ScaleId | undefined,
  input: unknown,
  now: number,
): Promise<FivePointScale> {
  const { staffId } = requireRole(session, 'teacher');
  const draft = parseScaleDraft(input);
  const cardIds = draft.levels.flatMap((level): CardId[] => [
    ...(level.cardId ? [level.cardId] : []),
    ...level.strategies,
  ]);
  const deviceId = await deviceIdOf(db, now);
  return guardedWrite(() =>
    db.transaction('rw', [...releaseTables(db), ...supportChangeTables(db)], async () => {
      if ((await db.cards.bulkGet(cardIds)).some((card) => card === undefined))
        throw new AppError('not-found', 'a level uses a card that does not exist');
      const existing = scaleId ? await db.scales.get(scaleId) : undefined;
      if (scaleId && !existing) throw new AppError('not-found', 'no such scale');
      const { levels, dropped } = levelsKeepingRecordings(draft.levels, existing?.levels ?? []);
      const { inLanguages: _oldNames, ...kept } = existing ?? {};
      const scale: FivePointScale = existing
        ? { ...kept, ...draft, id: existing.id, createdAt: existing.createdAt, levels, updatedAt: now }
        : { id: ulid<'scale'>(now), ...draft, levels, createdAt: now, updatedAt: now };
      await db.scales.put(scale);
      for (const mediaId of dropped) await releasePicture(db, mediaId, scale.id, { at: now, by: staffId });
      // A scale is the classroom's: each student who rates with it has adults whose response changed.
      const changes = existing ? composeStaffResponseChanges(existing.levels, scale.levels) : [];
      if (changes.length > 0)
        for (const student of await db.students.toArray())
          if (student.scale?.scaleId === scale.id)
            await recordSupportChanges(db, staffId, student.id, changes, now, deviceId);
      return scale;
    }),
  );
}

/**
 * The levels from the teacher's form with the recordings each level had: a level keeps its main
 * recording, and each language that keeps words keeps its own; the rest are returned to release.
 */
function levelsKeepingRecordings(
  levels: readonly ScaleLevelPlan[],
  before: readonly ScaleLevelPlan[],
): { levels: ScaleLevelPlan[]; dropped: MediaId[] } {
  const dropped: MediaId[] = [];
  const kept = levels.map((plan) => {
    const previous = levelOf({ levels: [...before] }, plan.level);
    const { inLanguages: _words, recording: _recording, ...rest } = plan;
    const { inLanguages, dropped: gone } = keepRecordings(plan.inLanguages, previous?.inLanguages);
    dropped.push(...gone);
    return {
      ...rest,
      ...(previous?.recording ? { recording: previous.recording } : {}),
      ...(inLanguages ? { inLanguages } : {}),
    };
  });
  return { levels: kept, dropped };
}

/**
 * Gives a scale's level a recording in the teacher's voice, played instead of the device's, or
 * takes it away (`undefined`): of its main word, or of its word in another language (`locale`),
 * which the level must have.
 */
export async function setLevelRecording(
  db: AppDb,
  session: AdultSession | undefined,
  scaleId: ScaleId,
  level: ScaleLevel,
  recording: Blob | undefined,
  now: number,
  locale?: Locale,
): Promise<FivePointScale> {
  const { staffId } = requireRole(session, 'teacher');
  const prepared = await recordingToStore(recording);
  return guardedWrite(() =>
    db.transaction('rw', releaseTables(db), async () => {
      const scale = await mustGet(db.scales, scaleId);
      const plan = levelOf(scale, level);
      if (!plan) throw new AppError('not-found', 'no such level');
      const mediaId = prepared && (await storePicture(db, prepared, scaleId, now));
      const recorded = withRecording(plan, locale, mediaId ? { mediaId } : undefined);
      const updated: FivePointScale = {
        ...scale,
        levels: scale.levels.map((each) => (each.level === level ? recorded : each)),
        updatedAt: now,
      };
      await db.scales.put(updated);
      const before = locale ? plan.inLanguages?.[locale]?.recording : plan.recording;
      if (before && before.mediaId !== mediaId)
        await releasePicture(db, before.mediaId, scaleId, { at: now, by: staffId });
      return updated;
    }),
  );
}

/** Gives a student a scale to rate with, changes it, or takes it away (`undefined`); the teacher's decision. */
export async function assignScale(
  db: AppDb,
  session: AdultSession | undefined,
  studentId: StudentId,
  input: unknown,
  now: number,
): Promise<Student> {
  const { staffId } = requireRole(session, 'teacher');
  const assignment: ScaleAssignment | undefined = parseWith(v.optional(scaleAssignmentSchema), input);
  const deviceId = await deviceIdOf(db, now);
  return guardedWrite(() =>
    db.transaction('rw', [db.students, db.scales, ...supportChangeTables(db)], async () => {
      const student = await mustGet(db.students, studentId);
      const scale = assignment && (await db.scales.get(assignment.scaleId));
      if (assignment && !scale) throw new AppError('not-found', 'no such scale');
      const { scale: previous, ...rest } = student;
      const updated: Student = { ...rest, ...(assignment ? { scale: assignment } : {}), updatedAt: now };
      await db.students.put(updated);
      // No scale, no rating to answer: the alert levels and responses are those of the scale in use.
      const previousScale = previous && (await db.scales.get(previous.scaleId));
      const levelsOf = (rated: ScaleAssignment | undefined) => (rated ? alertLevelsOf(rated) : []);
      await recordSupportChanges(
        db,
        staffId,
        studentId,
        [
          composeAlertChange(levelsOf(previous), levelsOf(assignment)),
          ...composeStaffResponseChanges(previousScale?.levels ?? [], scale?.levels ?? []),
        ],
        now,
        deviceId,
      );
      return updated;
    }),
  );
}
