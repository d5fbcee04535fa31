import './cards.css';
import { createSignal, Show } from 'solid-js';
import { adultSession } from '../../../app/session';
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
    <Show when={adultSession()?.role === 'teacher'} fallback={<p role="alert">{t('error.not-allowed')}</p>}>
      <h1>{t('cards.title')}</h1>
      <p class="next-step">{t('cards.intro')}</p>
      <CardForm editing={editing()} onDone={doneEditing} />
      <CardList
        onEdit={setEditing}
        returnFocusTo={returnFocusTo()}
        onFocusReturned={() => setReturnFocusTo(undefined)}
      />
    </Show>
  );
}
