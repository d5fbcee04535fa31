import * as v from 'valibot';
import {
  CARD_LABEL_MAX_LENGTH,
  type Card,
  type CardWords,
  PICTURE_KINDS,
  PICTURE_MAX_BYTES,
  type PictureKind,
  SPOKEN_TEXT_MAX_LENGTH,
} from '../../domain/cards';
import { type CardId, type MediaId, ulid } from '../../domain/ids';
import { type InLanguages, keepRecordings, withRecording } from '../../domain/languages';
import { type AdultSession, LOCALES, type Locale } from '../../domain/people';
import { PICTURE_TYPES } from '../../domain/pictures/picture-bytes';
import { inLanguagesSchema, parseWith } from '../../domain/validation';
import type { AppDb } from '../app-db';
import { mustGet } from '../must-get';
import { preparePicture, recordingToStore } from '../pictures/picture-gate';
import { releasePicture, releaseTables, storePicture } from '../pictures/picture-store';
import { guardedWrite } from '../write-errors';
import { requireRole } from './access';

// GIF comes with boards from other AAC apps; <img> shows it as it is, so it is kept unconverted.
// The type a picture is stored with is the one its bytes have, after the picture gate.

const pictureSchema = v.object({
  blob: v.pipe(
    v.instance(Blob),
    v.check((blob) => (PICTURE_TYPES as readonly string[]).includes(blob.type), 'unsupported picture type'),
    v.check((blob) => blob.size > 0 && blob.size <= PICTURE_MAX_BYTES, 'picture too large'),
  ),
  kind: v.picklist(PICTURE_KINDS),
});

const cardWordsSchema = {
  label: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(CARD_LABEL_MAX_LENGTH)),
  spokenText: v.optional(
    v.pipe(
      v.string(),
      v.trim(),
      v.maxLength(SPOKEN_TEXT_MAX_LENGTH),
      v.transform((text) => text || undefined),
    ),
  ),
};

const cardInputSchema = v.object({
  ...cardWordsSchema,
  /** The card's words in the classroom's other languages; their recordings are made apart. */
  inLanguages: v.optional(inLanguagesSchema(v.strictObject(cardWordsSchema))),
  picture: v.optional(pictureSchema),
});

type WordsInput = { label: string; spokenText?: string | undefined };

/** The card's words in other languages as stored, keeping their recordings (see keepRecordings). */
function cardWordsIn(
  input: InLanguages<WordsInput> | undefined,
  before: InLanguages<CardWords> | undefined,
): { inLanguages?: InLanguages<CardWords>; dropped: MediaId[] } {
  const words: InLanguages<CardWords> = {};
  for (const locale of LOCALES) {
    const given = input?.[locale];
    if (given)
      words[locale] = { label: given.label, ...(given.spokenText ? { spokenText: given.spokenText } : {}) };
  }
  return keepRecordings(words, before);
}

/** A new card with its picture (if any), written together; only a teacher makes cards. */
export async function createCard(
  db: AppDb,
  session: AdultSession | undefined,
  input: unknown,
  now: number,
): Promise<Card> {
  requireRole(session, 'teacher');
  const { card, picture } = newCardRecords(input, now);
  const prepared = picture && (await preparePicture(picture.blob));
  await guardedWrite(() =>
    db.transaction('rw', db.cards, db.media, async () => {
      if (picture && prepared) {
        card.picture = { mediaId: await storePicture(db, prepared, card.id, now), kind: picture.kind };
      }
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
 * removed with it unless another card or student still shows it. Everything that shows the card
 * (schedules, boards, the kiosk) shows the change.
 */
export async function updateCard(
  db: AppDb,
  session: AdultSession | undefined,
  cardId: CardId,
  input: unknown,
  now: number,
): Promise<Card> {
  const { staffId } = requireRole(session, 'teacher');
  const { label, spokenText, inLanguages: wordsIn, picture } = parseWith(cardChangeSchema, input);
  const prepared = picture && picture !== 'keep' ? await preparePicture(picture.blob) : undefined;
  return guardedWrite(() =>
    db.transaction('rw', [db.cards, db.media, db.students, db.scales, db.targets, db.deletions], async () => {
      const card = await mustGet(db.cards, cardId);
      let kept = picture === 'keep' ? card.picture : undefined;
      if (picture && picture !== 'keep' && prepared) {
        kept = { mediaId: await storePicture(db, prepared, cardId, now), kind: picture.kind };
      }
      // After the new one is stored: a card given the same picture again keeps its one copy.
      if (card.picture && card.picture.mediaId !== kept?.mediaId) {
        await releasePicture(db, card.picture.mediaId, cardId, { at: now, by: staffId });
      }
      const { inLanguages, dropped } = cardWordsIn(wordsIn, card.inLanguages);
      for (const mediaId of dropped) await releasePicture(db, mediaId, cardId, { at: now, by: staffId });
      const { spokenText: _oldText, picture: _oldPicture, inLanguages: _oldWords, ...rest } = card;
      const updated: Card = {
        ...rest,
        label,
        ...(spokenText ? { spokenText } : {}),
        ...(inLanguages ? { inLanguages } : {}),
        ...(kept ? { picture: kept } : {}),
        updatedAt: now,
      };
      await db.cards.put(updated);
      return updated;
    }),
  );
}

/**
 * A new card, checked but not written, and the picture it asks for (not yet through the picture
 * gate; the card names it once it is stored): for writers that add cards inside a transaction of
 * their own, together with what uses them.
 */
export function newCardRecords(
  input: unknown,
  now: number,
): { card: Card; picture?: { blob: Blob; kind: PictureKind } } {
  const { label, spokenText, inLanguages: wordsIn, picture } = parseWith(cardInputSchema, input);
  const { inLanguages } = cardWordsIn(wordsIn, undefined);
  const card: Card = {
    id: ulid<'card'>(now),
    label,
    ...(spokenText ? { spokenText } : {}),
    ...(inLanguages ? { inLanguages } : {}),
    createdAt: now,
    updatedAt: now,
  };
  return picture ? { card, picture } : { card };
}

/**
 * Gives a card a recording, played instead of the device's voice when the card is tapped, or
 * takes it away (`undefined`): of its main words, or of its words in another language (`locale`),
 * which the card must have. The sound must be one by its bytes, no larger than a few words
 * take; the old recording is removed with the change unless another card plays it too.
 */
export async function setCardRecording(
  db: AppDb,
  session: AdultSession | undefined,
  cardId: CardId,
  recording: Blob | undefined,
  now: number,
  locale?: Locale,
): Promise<Card> {
  const { staffId } = requireRole(session, 'teacher');
  const prepared = await recordingToStore(recording);
  return guardedWrite(() =>
    db.transaction('rw', releaseTables(db), async () => {
      const card = await mustGet(db.cards, cardId);
      const mediaId = prepared && (await storePicture(db, prepared, cardId, now));
      const updated = withRecording(card, locale, mediaId ? { mediaId } : undefined);
      await db.cards.put({ ...updated, updatedAt: now });
      const before = locale ? card.inLanguages?.[locale]?.recording : card.recording;
      // After the card no longer names it, so releasing it finds no one else who plays it.
      if (before && before.mediaId !== mediaId)
        await releasePicture(db, before.mediaId, cardId, { at: now, by: staffId });
      return { ...updated, updatedAt: now };
    }),
  );
}
