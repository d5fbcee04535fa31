import { Show } from 'solid-js';
import type { Card } from '../../../domain/cards';
import { t } from '../../../i18n';
import { StoredPicture } from '../../components/stored-picture';

/** A card in the teacher's list: its picture and label, and in words what kind of card it is. */
export function CardTile(props: { card: Card; onEdit: (card: Card) => void }) {
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
      <button type="button" class="button card-tile-edit" onClick={() => props.onEdit(props.card)}>
        {t('cards.edit', { label: props.card.label })}
      </button>
    </li>
  );
}
