import { createMemo, For, Show } from 'solid-js';
import { db } from '../../../db/instance';
import { useLive } from '../../../db/live';
import { listCards } from '../../../db/repos/card-reads';
import type { Card } from '../../../domain/cards';
import type { CardId } from '../../../domain/ids';
import { t } from '../../../i18n';
import { CardTile } from './card-tile';

/** Every card, alphabetically, as the teacher will find them when planning a day. */
export function CardList(props: {
  onEdit: (card: Card) => void;
  returnFocusTo: CardId | undefined;
  onFocusReturned: () => void;
}) {
  const cards = useLive(() => listCards(db));
  // Keyed by id, not by object: every save brings new objects, and a remounted tile loses focus.
  const cardIds = () => (cards() ?? []).map((card) => card.id);
  const cardById = createMemo(() => new Map((cards() ?? []).map((card) => [card.id, card])));
  return (
    <section class="panel" aria-labelledby="card-list-title">
      <h2 id="card-list-title">{t('cards.yourCards')}</h2>
      <Show when={cards()}>
        {(list) => (
          <Show when={list().length > 0} fallback={<p class="empty">{t('cards.noCards')}</p>}>
            <ul class="card-list">
              <For each={cardIds()}>
                {(id) => (
                  <Show when={cardById().get(id)}>
                    {(card) => (
                      <CardTile
                        card={card()}
                        onEdit={props.onEdit}
                        takeFocus={props.returnFocusTo === id}
                        onFocused={props.onFocusReturned}
                      />
                    )}
                  </Show>
                )}
              </For>
            </ul>
          </Show>
        )}
      </Show>
    </section>
  );
}
