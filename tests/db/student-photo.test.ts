import { beforeEach, describe, expect, test } from 'vitest';
import type { AppDb } from '../../src/db/app-db';
import { createCard } from '../../src/db/repos/cards';
import { pictureBlob } from '../../src/db/repos/media-reads';
import { completeSetup } from '../../src/db/repos/setup';
import { addStaff, signIn } from '../../src/db/repos/staff';
import { getStudent } from '../../src/db/repos/student-reads';
import { deleteStudent } from '../../src/db/repos/student-removal';
import { setStudentPhoto } from '../../src/db/repos/students';
import { PICTURE_MAX_BYTES } from '../../src/domain/cards';
import type { StudentId } from '../../src/domain/ids';
import type { AdultSession, Student } from '../../src/domain/people';
import { freshDb } from '../support/fresh-db';

const NOW = Date.UTC(2026, 8, 1, 7, 30);
const LATER = NOW + 60_000;
// A JPEG's first bytes, then the content that tells photos apart: the picture gate reads the type from them.
const jpeg = (content: string) =>
  new Blob([new Uint8Array([0xff, 0xd8, 0xff]), content], { type: 'image/jpeg' });
/** The content a stored photo was made from, after its JPEG bytes. */
const contentOf = async (blob: Blob | undefined) =>
  blob && new TextDecoder().decode(new Uint8Array(await blob.arrayBuffer()).subarray(3));

let db: AppDb;
let teacher: AdultSession;
let ana: Student;
beforeEach(async () => {
  db = freshDb();
  ({ session: teacher, student: ana } = await completeSetup(
    db,
    { teacherName: 'Ms. Rivera', pin: '2468', studentName: 'Ana' },
    NOW,
  ));
});

/** The student as stored and every media row, to compare before and after a refused write. */
const snapshot = async () => ({ student: await getStudent(db, ana.id), media: await db.media.toArray() });

describe("a student's photo", () => {
  test('is stored as a media row the student owns, and read back by its id', async () => {
    const updated = await setStudentPhoto(db, teacher, ana.id, jpeg('ana'), LATER);

    expect(updated).toMatchObject({ id: ana.id, name: 'Ana', updatedAt: LATER });
    expect(await getStudent(db, ana.id)).toEqual(updated);
    const media = await db.media.toArray();
    expect(media).toHaveLength(1);
    expect(media[0]).toMatchObject({ id: updated.photo?.mediaId, ownerId: ana.id, updatedAt: LATER });
    const stored = updated.photo ? await pictureBlob(db, updated.photo.mediaId) : undefined;
    expect(await contentOf(stored)).toBe('ana');
  });

  test('a new photo replaces the old one, which is deleted', async () => {
    const first = await setStudentPhoto(db, teacher, ana.id, jpeg('first'), NOW);
    const second = await setStudentPhoto(db, teacher, ana.id, jpeg('second'), LATER);

    expect(second.photo?.mediaId).not.toBe(first.photo?.mediaId);
    const media = await db.media.toArray();
    expect(media.map((row) => row.id)).toEqual([second.photo?.mediaId]);
    expect(await contentOf(media[0]?.blob)).toBe('second');
  });

  test('removing the photo leaves no media row and no photo on the student', async () => {
    await setStudentPhoto(db, teacher, ana.id, jpeg('ana'), NOW);

    const updated = await setStudentPhoto(db, teacher, ana.id, undefined, LATER);

    expect(updated).not.toHaveProperty('photo');
    expect(await getStudent(db, ana.id)).toEqual(updated);
    expect(await db.media.count()).toBe(0);
  });

  test('a para cannot set or remove it, nor can anyone signed out, and nothing is written', async () => {
    await setStudentPhoto(db, teacher, ana.id, jpeg('ana'), NOW);
    const before = await snapshot();
    const para = await addStaff(db, teacher, { name: 'Mr. Lee', role: 'para', pin: '1357' }, NOW);
    const paraSession = await signIn(db, para.id, '1357', NOW);

    for (const session of [paraSession, undefined]) {
      await expect(setStudentPhoto(db, session, ana.id, jpeg('other'), LATER)).rejects.toMatchObject({
        code: 'not-allowed',
      });
      await expect(setStudentPhoto(db, session, ana.id, undefined, LATER)).rejects.toMatchObject({
        code: 'not-allowed',
      });
    }
    expect(await snapshot()).toEqual(before);
  });

  test.each([
    ['a file that is not an image', new Blob(['<p>hi</p>'], { type: 'text/html' })],
    ['a file without a type', new Blob(['ana'])],
    ['an empty image', new Blob([], { type: 'image/png' })],
    [
      'an image over the size limit',
      new Blob([new Uint8Array(PICTURE_MAX_BYTES + 1)], { type: 'image/jpeg' }),
    ],
    ['something that is not a Blob', 'data:image/png;base64,AAAA'],
  ])('refuses %s and leaves the database as it was', async (_, photo) => {
    await setStudentPhoto(db, teacher, ana.id, jpeg('ana'), NOW);
    const before = await snapshot();

    // The repository is the boundary: screens are typed, but a value can still arrive wrong.
    await expect(setStudentPhoto(db, teacher, ana.id, photo as unknown as Blob, LATER)).rejects.toMatchObject(
      { code: 'invalid-input' },
    );
    expect(await snapshot()).toEqual(before);
  });

  test('refuses an unknown student and writes nothing', async () => {
    await expect(
      setStudentPhoto(db, teacher, 'nobody' as StudentId, jpeg('ana'), LATER),
    ).rejects.toMatchObject({ code: 'not-found' });
    expect(await db.media.count()).toBe(0);
  });

  test('if the student cannot be written, the old photo stays and the new one is not kept', async () => {
    const first = await setStudentPhoto(db, teacher, ana.id, jpeg('first'), NOW);
    db.students.hook('updating', () => {
      throw new Error('disk trouble');
    });

    await expect(setStudentPhoto(db, teacher, ana.id, jpeg('second'), LATER)).rejects.toMatchObject({
      code: 'write-failed',
    });
    expect(await getStudent(db, ana.id)).toEqual(first);
    const media = await db.media.toArray();
    expect(media.map((row) => row.id)).toEqual([first.photo?.mediaId]);
    expect(await contentOf(media[0]?.blob)).toBe('first');
  });

  test('a photo with the same bytes as a card picture is stored once, and deleting the student keeps it for the card', async () => {
    await setStudentPhoto(db, teacher, ana.id, jpeg('same'), LATER);
    const card = await createCard(
      db,
      teacher,
      { label: 'Ana', picture: { blob: jpeg('same'), kind: 'photo' } },
      LATER,
    );
    expect(await db.media.count()).toBe(1);

    await deleteStudent(db, teacher, ana.id, LATER);

    const [row] = await db.media.toArray();
    expect(row?.id).toBe(card.picture?.mediaId);
    expect(row?.ownerId).toBe(card.id);
    expect(await contentOf(row?.blob)).toBe('same');
  });
});
