import './cards.css';
import { createSignal } from 'solid-js';
import type { Card } from '../../../domain/cards';
import type { CardId } from '../../../domain/ids';
import { t } from '../../../i18n';
import { CardForm } from './card-form';
import { CardList } from './card-list';

/** The teacher's cards: make a new one or change one, and see every card there is. */
export function CardsScreen() {
  const [editing, setEditing] = createSignal<Card>();
  const [returnFocusTo, setReturnFocusTo] = createSignal<CardId>();
  const doneEditing = () => {
    setReturnFocusTo(editing()?.id);
    setEditing(undefined);
  };
  return (
    <>
      <h1>{t('cards.title')}</h1>
      <p class="next-step">{t('cards.intro')}</p>
      <CardForm editing={editing()} onDone={doneEditing} />
      <CardList
        onEdit={setEditing}
        returnFocusTo={returnFocusTo()}
        onFocusReturned={() => setReturnFocusTo(undefined)}
      />
    </>
  );
}
