// Pictures stored once per content: a media row whose picture has a content hash is shared by
// every card or student whose picture has the same bytes (240 buttons showing one picture keep
// one copy, not 240). A row names one owner, as before; while others still use it, letting go of
// it hands it to one of them instead of deleting it. Rows stored before version 6, and rows from
// backups, have no hash and stay with their one owner.
import { deletionOf } from '../../domain/deletions';
import { type MediaId, type StaffId, ulid } from '../../domain/ids';
import { recordingsOf } from '../../domain/languages';
import type { AppDb, MediaRecord } from '../app-db';

/** A picture through the gate, with its content hash, ready to store (see picture-gate.ts). */
export type PictureToStore = { blob: Blob; hash: string };

/**
 * The media row that holds this picture: one already stored with the same hash, or a new one owned
 * by `ownerId`. Inside a transaction over `db.media`.
 */
export async function storePicture(
  db: AppDb,
  picture: PictureToStore,
  ownerId: string,
  now: number,
): Promise<MediaId> {
  const stored = await db.media.where('hash').equals(picture.hash).first();
  if (stored) return stored.id;
  const row: MediaRecord = {
    id: ulid<'media'>(now),
    ownerId,
    blob: picture.blob,
    hash: picture.hash,
    updatedAt: now,
  };
  await db.media.add(row);
  return row.id;
}

/** The tables `releasePicture` reads and writes: a write that releases one includes them all. */
export const releaseTables = (db: AppDb) => [
  db.media,
  db.cards,
  db.students,
  db.scales,
  db.targets,
  db.deletions,
];

/**
 * `leaving` (a card or student) no longer shows this picture (or plays this recording): the row is deleted when nothing else
 * shows or plays it (a card, student, scale or question), else handed to one that does. A replaced picture's deletion is kept (`deleted`), so a
 * merge does not bring it back; a deleted student's photo needs none, their own deletion covers
 * the rows they owned. Inside a transaction over media, cards, students, scales, targets and deletions.
 */
export async function releasePicture(
  db: AppDb,
  mediaId: MediaId,
  leaving: string,
  deleted?: { at: number; by: StaffId },
): Promise<void> {
  const row = await db.media.get(mediaId);
  if (!row) return;
  const users = [
    ...(await db.cards
      .filter(
        (card) =>
          (card.picture?.mediaId === mediaId || recordingsOf(card).includes(mediaId)) && card.id !== leaving,
      )
      .primaryKeys()),
    ...(await db.students
      .filter((student) => student.photo?.mediaId === mediaId && student.id !== leaving)
      .primaryKeys()),
    ...(await db.scales
      .filter(
        (scale) =>
          scale.id !== leaving && scale.levels.some((level) => recordingsOf(level).includes(mediaId)),
      )
      .primaryKeys()),
    ...(await db.targets
      .filter((target) => target.id !== leaving && recordingsOf(target).includes(mediaId))
      .primaryKeys()),
  ];
  const [heir] = users;
  if (heir === undefined) {
    await db.media.delete(mediaId);
    if (deleted) await db.deletions.put(deletionOf('media', mediaId, deleted.at, deleted.by));
  } else if (row.ownerId === leaving) await db.media.update(mediaId, { ownerId: heir });
}
