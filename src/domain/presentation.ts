import type { Card } from './cards';

/** How cards look for a student; moving from photos to symbols to words is itself a fading of support. */
export const PICTURE_STYLES = ['photo', 'symbol', 'symbol-word', 'word'] as const;
export type PictureStyle = (typeof PICTURE_STYLES)[number];

/** How much of the day the student sees at once. */
export const LAYOUTS = ['list', 'strip', 'first-then', 'now-next'] as const;
export type Layout = (typeof LAYOUTS)[number];

export type Presentation = { pictureStyle: PictureStyle; layout: Layout };

export const DEFAULT_PRESENTATION: Presentation = { pictureStyle: 'symbol-word', layout: 'list' };

export function showsPicture(style: PictureStyle, card: Pick<Card, 'picture'>): boolean {
  return style !== 'word' && card.picture !== undefined;
}

/** The word is shown when the style asks for it, and always when there is no picture to show. */
export function showsWord(style: PictureStyle, card: Pick<Card, 'picture'>): boolean {
  return style === 'symbol-word' || style === 'word' || !showsPicture(style, card);
}
