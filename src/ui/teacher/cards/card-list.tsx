import { For, Show } from 'solid-js';
import { db } from '../../../db/instance';
import { useLive } from '../../../db/live';
import { listCards } from '../../../db/repos/card-reads';
import type { Card } from '../../../domain/cards';
import { t } from '../../../i18n';
import { CardTile } from './card-tile';

/** Every card, alphabetically, as the teacher will find them when planning a day. */
export function CardList(props: { onEdit: (card: Card) => void }) {
  const cards = useLive(() => listCards(db));
  return (
    <section class="panel" aria-labelledby="card-list-title">
      <h2 id="card-list-title">{t('cards.yourCards')}</h2>
      <Show when={cards()}>
        {(list) => (
          <Show when={list().length > 0} fallback={<p class="empty">{t('cards.noCards')}</p>}>
            <ul class="card-list">
              <For each={list()}>{(card) => <CardTile card={card} onEdit={props.onEdit} />}</For>
            </ul>
          </Show>
        )}
      </Show>
    </section>
  );
}
