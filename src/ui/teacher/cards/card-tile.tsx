import { createEffect, Show } from 'solid-js';
import type { Card } from '../../../domain/cards';
import { t } from '../../../i18n';
import { StoredPicture } from '../../components/stored-picture';

/** A card in the teacher's list: its picture and label, and in words what kind of card it is. */
export function CardTile(props: {
  card: Card;
  onEdit: (card: Card) => void;
  /** Set once the card's change is saved or dropped: the teacher is brought back to its button. */
  takeFocus: boolean;
  onFocused: () => void;
}) {
  let editButton: HTMLButtonElement | undefined;
  createEffect(() => {
    if (!props.takeFocus) return;
    editButton?.focus();
    props.onFocused();
  });
  const kind = () => {
    const picture = props.card.picture;
    if (!picture) return t('cards.kindWritten');
    return picture.kind === 'photo' ? t('cards.kindPhoto') : t('cards.kindSymbol');
  };
  return (
    <li class="card-tile">
      <Show when={props.card.picture}>
        {(picture) => <StoredPicture mediaId={picture().mediaId} class="card-tile-picture" />}
      </Show>
      <span class="card-tile-label">{props.card.label}</span>
      <span class="card-tile-detail">{kind()}</span>
      <Show when={props.card.spokenText}>
        {(text) => <span class="card-tile-detail">{t('cards.says', { text: text() })}</span>}
      </Show>
      <button
        ref={editButton}
        type="button"
        class="button card-tile-edit"
        onClick={() => props.onEdit(props.card)}
      >
        {t('cards.edit', { label: props.card.label })}
      </button>
    </li>
  );
}
