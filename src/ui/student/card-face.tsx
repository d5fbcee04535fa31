import { Show } from 'solid-js';
import type { Card } from '../../domain/cards';
import { type PictureStyle, showsPicture, showsWord } from '../../domain/presentation';
import { StoredPicture } from '../components/stored-picture';
import { useCardFor, useKioskText } from './kiosk-text';
import { saySpeech } from './spoken-caption';

/** A card as the student sees it, in their picture style; tapping it says its words. */
export function CardFace(props: {
  card: Card;
  pictureStyle: PictureStyle;
  size: 'large' | 'medium' | 'small';
  /** What the tap also does beyond saying the card, and the name that says so to a screen reader. */
  onTap?: () => void;
  name?: string;
  pressed?: boolean;
}) {
  const text = useKioskText();
  const cardFor = useCardFor();
  const shown = () => cardFor(props.card);
  return (
    <button
      type="button"
      class={`card-face ${props.size} style-${props.pictureStyle}`}
      aria-label={props.name ?? text('kiosk.hearIt', { label: shown().label })}
      aria-pressed={props.pressed}
      onClick={() => {
        saySpeech(shown().speech);
        props.onTap?.();
      }}
    >
      <Show when={showsPicture(props.pictureStyle, props.card) && props.card.picture}>
        {(picture) => <StoredPicture mediaId={picture().mediaId} class="card-face-picture" />}
      </Show>
      <Show when={showsWord(props.pictureStyle, props.card)}>
        <span class="card-face-word" lang={shown().speech.locale}>
          {shown().label}
        </span>
      </Show>
    </button>
  );
}
