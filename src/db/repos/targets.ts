// The teacher's self-monitoring targets: what a student is asked about their own behaviour, when,
// and how often an adult checks the answer.
import * as v from 'valibot';
import { AppError } from '../../domain/errors';
import type { StudentId, TargetId } from '../../domain/ids';
import { ulid } from '../../domain/ids';
import { keepRecordings, withRecording } from '../../domain/languages';
import type { AdultSession, Locale } from '../../domain/people';
import { MAX_ITEMS } from '../../domain/schedule';
import {
  ANSWER_KINDS,
  CHECK_FREQUENCIES,
  MAX_INTERVAL_SECONDS,
  MIN_INTERVAL_SECONDS,
  TARGET_QUESTION_MAX_LENGTH,
  type Target,
} from '../../domain/self-monitoring';
import { idSchema, inLanguagesSchema, parseWith } from '../../domain/validation';
import type { AppDb } from '../app-db';
import { mustGet } from '../must-get';
import { recordingToStore } from '../pictures/picture-gate';
import { releasePicture, releaseTables, storePicture } from '../pictures/picture-store';
import { guardedWrite } from '../write-errors';
import { requireRole } from './access';

const questionSchema = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(TARGET_QUESTION_MAX_LENGTH));

const targetInputSchema = v.strictObject({
  question: questionSchema,
  /** The question in the classroom's other languages; their recordings are made apart. */
  inLanguages: v.optional(inLanguagesSchema(v.strictObject({ question: questionSchema }))),
  cardId: v.optional(idSchema<'card'>()),
  answer: v.picklist(ANSWER_KINDS),
  when: v.variant('kind', [
    v.strictObject({
      kind: v.literal('after-steps'),
      stepIds: v.pipe(v.array(idSchema<'step'>()), v.minLength(1), v.maxLength(MAX_ITEMS)),
    }),
    v.strictObject({
      kind: v.literal('interval'),
      seconds: v.pipe(
        v.number(),
        v.integer(),
        v.minValue(MIN_INTERVAL_SECONDS),
        v.maxValue(MAX_INTERVAL_SECONDS),
      ),
      during: v.optional(v.pipe(v.array(idSchema<'card'>()), v.maxLength(MAX_ITEMS))),
    }),
  ]),
  sound: v.optional(v.boolean()),
  countdown: v.optional(v.boolean()),
  checks: v.picklist(CHECK_FREQUENCIES),
  tokenOnMatch: v.optional(v.boolean()),
});

/**
 * Makes a new target for a student (no `targetId`) or saves an edited one. Its picture must be a
 * card, and its steps must be steps of the student's schedules. A new target is asked at once;
 * an edited one keeps whether it is stopped.
 */
export async function saveTarget(
  db: AppDb,
  session: AdultSession | undefined,
  studentId: StudentId,
  targetId: TargetId | undefined,
  input: unknown,
  now: number,
): Promise<Target> {
  const { staffId } = requireRole(session, 'teacher');
  const parsed = parseWith(targetInputSchema, input);
  // No activity named is all day; each activity is named once.
  const during = parsed.when.kind === 'interval' ? [...new Set(parsed.when.during ?? [])] : [];
  const when: Target['when'] =
    parsed.when.kind === 'interval'
      ? { kind: 'interval', seconds: parsed.when.seconds, ...(during.length > 0 ? { during } : {}) }
      : { kind: 'after-steps', stepIds: [...new Set(parsed.when.stepIds)] };
  return guardedWrite(() =>
    db.transaction(
      'rw',
      [db.targets, db.students, db.cards, db.schedules, ...releaseTables(db)],
      async () => {
        await mustGet(db.students, studentId);
        if (parsed.cardId && !(await db.cards.get(parsed.cardId)))
          throw new AppError('invalid-input', 'the picture is not a card');
        if ((await db.cards.bulkGet(during)).some((card) => card === undefined))
          throw new AppError('invalid-input', 'an activity is not a card');
        if (when.kind === 'after-steps') {
          const schedules = await db.schedules.where('studentId').equals(studentId).toArray();
          const steps = new Set(schedules.flatMap((schedule) => schedule.items.map((item) => item.id)));
          if (when.stepIds.some((stepId) => !steps.has(stepId)))
            throw new AppError('invalid-input', "a step is not on the student's schedules");
        }
        const existing = targetId ? await db.targets.get(targetId) : undefined;
        if (targetId && existing?.studentId !== studentId) throw new AppError('not-found', 'no such target');
        const { inLanguages, dropped } = keepRecordings(parsed.inLanguages, existing?.inLanguages);
        const id = existing?.id ?? ulid<'target'>(now);
        const target: Target = {
          id,
          studentId,
          question: parsed.question,
          ...(existing?.recording ? { recording: existing.recording } : {}),
          ...(inLanguages ? { inLanguages } : {}),
          ...(parsed.cardId ? { cardId: parsed.cardId } : {}),
          answer: parsed.answer,
          when,
          // Kept either way: the kiosk plays the cue unless it is turned off, so "off" must be stored.
          sound: parsed.sound !== false,
          countdown: parsed.when.kind === 'interval' && parsed.countdown === true,
          checks: parsed.checks,
          ...(parsed.tokenOnMatch ? { tokenOnMatch: true } : {}),
          active: existing?.active ?? true,
          createdAt: existing?.createdAt ?? now,
          updatedAt: now,
        };
        await db.targets.put(target);
        for (const mediaId of dropped) await releasePicture(db, mediaId, id, { at: now, by: staffId });
        return target;
      },
    ),
  );
}

/**
 * Gives a question a recording in the teacher's voice, played instead of the device's, or takes it
 * away (`undefined`): of its main words, or of its words in another language (`locale`), which the
 * question must have. Stored as the student's media, so it goes with the student.
 */
export async function setTargetRecording(
  db: AppDb,
  session: AdultSession | undefined,
  targetId: TargetId,
  recording: Blob | undefined,
  now: number,
  locale?: Locale,
): Promise<Target> {
  const { staffId } = requireRole(session, 'teacher');
  const prepared = await recordingToStore(recording);
  return guardedWrite(() =>
    db.transaction('rw', releaseTables(db), async () => {
      const target = await mustGet(db.targets, targetId);
      const mediaId = prepared && (await storePicture(db, prepared, target.studentId, now));
      const updated = { ...withRecording(target, locale, mediaId ? { mediaId } : undefined), updatedAt: now };
      await db.targets.put(updated);
      const before = locale ? target.inLanguages?.[locale]?.recording : target.recording;
      if (before && before.mediaId !== mediaId)
        await releasePicture(db, before.mediaId, targetId, { at: now, by: staffId });
      return updated;
    }),
  );
}

/** Stops asking a target's question, or asks it again. A target is never deleted: its answers name it. */
export async function setTargetActive(
  db: AppDb,
  session: AdultSession | undefined,
  targetId: TargetId,
  active: boolean,
  now: number,
): Promise<Target> {
  requireRole(session, 'teacher');
  return guardedWrite(() =>
    db.transaction('rw', db.targets, async () => {
      const target = await mustGet(db.targets, targetId);
      const updated: Target = { ...target, active, updatedAt: now };
      await db.targets.put(updated);
      return updated;
    }),
  );
}
