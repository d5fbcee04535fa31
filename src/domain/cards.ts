import type { CardId, MediaId } from './ids';
import { type InLanguages, type Recording, type Speech, wordsFor } from './languages';
import type { Locale } from './people';

export const PICTURE_KINDS = ['photo', 'symbol'] as const;
export type PictureKind = (typeof PICTURE_KINDS)[number];

/** An activity card: the teacher's words, and a picture the card owns (no picture: a written card). */
export type Card = {
  id: CardId;
  label: string;
  /** What the tablet says when the card is tapped; the label when absent. */
  spokenText?: string;
  picture?: { mediaId: MediaId; kind: PictureKind };
  /** A recording played instead of the device's voice when the card is tapped (the teacher's own, or a board file's sound). */
  recording?: Recording;
  /** The card's words in the classroom's other languages; `label`, `spokenText` and `recording` are in its main one. */
  inLanguages?: InLanguages<CardWords>;
  createdAt: number;
  updatedAt: number;
};

/** A card's words in one language: what it shows, what the device's voice says, and the teacher's recording. */
export type CardWords = Pick<Card, 'label' | 'spokenText' | 'recording'>;

export const CARD_LABEL_MAX_LENGTH = 60;
export const SPOKEN_TEXT_MAX_LENGTH = 200;
/** Photos are scaled down to this many pixels on their longer side before they are stored. */
export const PICTURE_MAX_PIXELS = 512;
/**
 * A scaled photo is far smaller; anything bigger is not a picture this app made. Pictures in
 * board files are held to the same limit (2 MB, as their refusals say), so each can become a card.
 */
export const PICTURE_MAX_BYTES = 2 * 1024 * 1024;

export function spokenTextOf(card: Pick<Card, 'label' | 'spokenText'>): string {
  return card.spokenText?.trim() || card.label;
}

/** A card as a student gets it: the label they see and what they hear, in their language when the card has it. */
export function cardFor(card: Card, student: Locale, classroom: Locale): { label: string; speech: Speech } {
  const { words, locale } = wordsFor<CardWords>(card, card.inLanguages, student, classroom);
  return {
    label: words.label,
    speech: { text: spokenTextOf(words), locale, ...(words.recording ? { recording: words.recording } : {}) },
  };
}

/** The size a picture is stored at: never larger than PICTURE_MAX_PIXELS, never enlarged. */
export function scaledSize(
  width: number,
  height: number,
  max = PICTURE_MAX_PIXELS,
): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}
