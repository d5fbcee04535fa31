import * as v from 'valibot';
import {
  CARD_LABEL_MAX_LENGTH,
  type Card,
  PICTURE_KINDS,
  PICTURE_MAX_BYTES,
  SPOKEN_TEXT_MAX_LENGTH,
} from '../../domain/cards';
import { deletionOf } from '../../domain/deletions';
import { AppError } from '../../domain/errors';
import { type CardId, ulid } from '../../domain/ids';
import type { AdultSession } from '../../domain/people';
import { parseWith } from '../../domain/validation';
import type { AppDb, MediaRecord } from '../app-db';
import { guardedWrite } from '../write-errors';
import { requireRole } from './access';

// GIF comes with boards from other AAC apps; <img> shows it as it is, so it is kept unconverted.
export const PICTURE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/svg+xml'] as const;

const pictureSchema = v.object({
  blob: v.pipe(
    v.instance(Blob),
    v.check((blob) => (PICTURE_TYPES as readonly string[]).includes(blob.type), 'unsupported picture type'),
    v.check((blob) => blob.size > 0 && blob.size <= PICTURE_MAX_BYTES, 'picture too large'),
  ),
  kind: v.picklist(PICTURE_KINDS),
});

const cardInputSchema = v.object({
  label: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(CARD_LABEL_MAX_LENGTH)),
  spokenText: v.optional(
    v.pipe(
      v.string(),
      v.trim(),
      v.maxLength(SPOKEN_TEXT_MAX_LENGTH),
      v.transform((text) => text || undefined),
    ),
  ),
  picture: v.optional(pictureSchema),
});

/** A new card with its picture (if any), written together; only a teacher makes cards. */
export async function createCard(
  db: AppDb,
  session: AdultSession | undefined,
  input: unknown,
  now: number,
): Promise<Card> {
  requireRole(session, 'teacher');
  const { card, media } = newCardRecords(input, now);
  await guardedWrite(() =>
    db.transaction('rw', db.cards, db.media, async () => {
      if (media) await db.media.add(media);
      await db.cards.add(card);
    }),
  );
  return card;
}

const cardChangeSchema = v.object({
  ...cardInputSchema.entries,
  // 'keep': the card keeps the picture it has; absent: the card becomes words only.
  picture: v.optional(v.union([v.literal('keep'), pictureSchema])),
});

/**
 * A card's new words and picture, written together: a new picture replaces the old one, which is
 * removed with it. Everything that shows the card (schedules, boards, the kiosk) shows the change.
 */
export async function updateCard(
  db: AppDb,
  session: AdultSession | undefined,
  cardId: CardId,
  input: unknown,
  now: number,
): Promise<Card> {
  const { staffId } = requireRole(session, 'teacher');
  const { label, spokenText, picture } = parseWith(cardChangeSchema, input);
  return guardedWrite(() =>
    db.transaction('rw', db.cards, db.media, db.deletions, async () => {
      const card = await db.cards.get(cardId);
      if (!card) throw new AppError('invalid-input', 'no such card');
      let kept = picture === 'keep' ? card.picture : undefined;
      if (picture !== 'keep' && card.picture) {
        await db.media.delete(card.picture.mediaId);
        await db.deletions.put(deletionOf('media', card.picture.mediaId, now, staffId));
      }
      if (picture && picture !== 'keep') {
        const mediaId = ulid<'media'>(now);
        await db.media.add({ id: mediaId, ownerId: cardId, blob: picture.blob, updatedAt: now });
        kept = { mediaId, kind: picture.kind };
      }
      const { spokenText: _oldText, picture: _oldPicture, ...rest } = card;
      const updated: Card = {
        ...rest,
        label,
        ...(spokenText ? { spokenText } : {}),
        ...(kept ? { picture: kept } : {}),
        updatedAt: now,
      };
      await db.cards.put(updated);
      return updated;
    }),
  );
}

/**
 * The rows of a new card, checked but not written: for writers that add cards inside a
 * transaction of their own, together with what uses them.
 */
export function newCardRecords(input: unknown, now: number): { card: Card; media?: MediaRecord } {
  const { label, spokenText, picture } = parseWith(cardInputSchema, input);
  const id = ulid<'card'>(now);
  const mediaId = picture ? ulid<'media'>(now) : undefined;
  const card: Card = {
    id,
    label,
    ...(spokenText ? { spokenText } : {}),
    ...(picture && mediaId ? { picture: { mediaId, kind: picture.kind } } : {}),
    createdAt: now,
    updatedAt: now,
  };
  return picture && mediaId
    ? { card, media: { id: mediaId, ownerId: id, blob: picture.blob, updatedAt: now } }
    : { card };
}
