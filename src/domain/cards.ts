import type { CardId, MediaId } from './ids';

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
  recording?: { mediaId: MediaId };
  createdAt: number;
  updatedAt: number;
};

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

/** The size a picture is stored at: never larger than PICTURE_MAX_PIXELS, never enlarged. */
export function scaledSize(
  width: number,
  height: number,
  max = PICTURE_MAX_PIXELS,
): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}
