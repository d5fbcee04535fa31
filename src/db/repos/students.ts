import * as v from 'valibot';
import { accessSettingsSchema } from '../../domain/access-schema';
import { PICTURE_MAX_BYTES } from '../../domain/cards';
import { AppError } from '../../domain/errors';
import type { StudentId } from '../../domain/ids';
import { ulid } from '../../domain/ids';
import type { AdultSession, Student } from '../../domain/people';
import { LAYOUTS, PICTURE_STYLES } from '../../domain/presentation';
import { composeNeedsChange } from '../../domain/support-changes';
import { localeSchema, nameSchema, needsItemsSchema, parseWith } from '../../domain/validation';
import type { AppDb } from '../app-db';
import { mustGet } from '../must-get';
import { releasePicture, storePicture } from '../pictures/picture-store';
import { guardedWrite } from '../write-errors';
import { requireRole } from './access';
import { deviceIdOf } from './settings';
import { recordSupportChanges, supportChangeTables } from './support-changes';

const newStudentSchema = v.object({ name: nameSchema, locale: v.optional(localeSchema, 'en') });

/** A new student record from form input; throws before anything is written when the input is invalid. */
export function newStudent(input: unknown, now: number): Student {
  const { name, locale } = parseWith(newStudentSchema, input);
  return { id: ulid<'student'>(now), name, locale, createdAt: now, updatedAt: now };
}

export async function addStudent(
  db: AppDb,
  session: AdultSession | undefined,
  input: unknown,
  now: number,
): Promise<Student> {
  requireRole(session, 'teacher');
  const student = newStudent(input, now);
  await guardedWrite(() => db.students.add(student));
  return student;
}

const studentSettingsSchema = v.object({
  presentation: v.optional(
    v.object({ pictureStyle: v.picklist(PICTURE_STYLES), layout: v.picklist(LAYOUTS) }),
  ),
  locale: v.optional(localeSchema),
  familyLocale: v.optional(localeSchema),
  access: v.optional(accessSettingsSchema),
  needsCheckIn: v.optional(needsItemsSchema),
});

/**
 * How a student's cards look, which language their kiosk speaks and their family reads, how they
 * work the screen (touch, switches, dwell), and what the start-of-day check-in asks; the teacher's
 * choice.
 */
export async function updateStudentSettings(
  db: AppDb,
  session: AdultSession | undefined,
  studentId: StudentId,
  input: unknown,
  now: number,
): Promise<Student> {
  const { staffId } = requireRole(session, 'teacher');
  const changes = parseWith(studentSettingsSchema, input);
  const deviceId = await deviceIdOf(db, now);
  return guardedWrite(() =>
    db.transaction('rw', [db.students, ...supportChangeTables(db)], async () => {
      const student = await mustGet(db.students, studentId);
      const needsChange =
        changes.needsCheckIn && composeNeedsChange(student.needsCheckIn ?? [], changes.needsCheckIn);
      await recordSupportChanges(db, staffId, studentId, [needsChange], now, deviceId);
      const updated: Student = {
        ...student,
        ...(changes.presentation ? { presentation: changes.presentation } : {}),
        ...(changes.locale ? { locale: changes.locale } : {}),
        ...(changes.familyLocale ? { familyLocale: changes.familyLocale } : {}),
        ...(changes.access ? { access: changes.access } : {}),
        ...(changes.needsCheckIn ? { needsCheckIn: changes.needsCheckIn } : {}),
        updatedAt: now,
      };
      await db.students.put(updated);
      return updated;
    }),
  );
}

/**
 * A stored photo must be an image the browser can show, and no bigger than a scaled photo. Plain
 * checks rather than a schema: this module loads with the kiosk, which must stay small.
 */
function checkPhoto(blob: unknown): Blob {
  if (!(blob instanceof Blob)) throw new AppError('invalid-input', 'a photo must be a Blob');
  if (!/^image\/[\w.+-]+$/.test(blob.type)) throw new AppError('invalid-input', `not an image: ${blob.type}`);
  if (blob.size === 0 || blob.size > PICTURE_MAX_BYTES) {
    throw new AppError('invalid-input', `photo of ${blob.size} bytes`);
  }
  return blob;
}

/**
 * Sets the photo a student finds themselves by on a shared tablet, or removes it (`undefined`).
 * The new picture, the student and the removal of the old picture are one transaction, so a
 * failure leaves the previous photo in place and no picture without an owner.
 */
export async function setStudentPhoto(
  db: AppDb,
  session: AdultSession | undefined,
  studentId: StudentId,
  blob: Blob | undefined,
  now: number,
): Promise<Student> {
  const { staffId } = requireRole(session, 'teacher');
  const photo = blob === undefined ? undefined : checkPhoto(blob);
  // Loaded when a photo is set: the gate's sanitizer stays out of the kiosk's bundle.
  const prepared = photo && (await (await import('../pictures/picture-gate')).preparePicture(photo));
  return guardedWrite(() =>
    db.transaction('rw', [db.students, db.media, db.cards, db.scales, db.targets, db.deletions], async () => {
      const student = await mustGet(db.students, studentId);
      const { photo: previous, ...rest } = student;
      let updated: Student = { ...rest, updatedAt: now };
      if (prepared)
        updated = { ...updated, photo: { mediaId: await storePicture(db, prepared, studentId, now) } };
      if (previous && previous.mediaId !== updated.photo?.mediaId) {
        await releasePicture(db, previous.mediaId, studentId, { at: now, by: staffId });
      }
      await db.students.put(updated);
      return updated;
    }),
  );
}
