import './cards.css';
import { Show } from 'solid-js';
import { adultSession } from '../../../app/session';
import { t } from '../../../i18n';
import { CardForm } from './card-form';
import { CardList } from './card-list';

/** The teacher's cards: make a new one, and see every card there is. */
export function CardsScreen() {
  return (
    <Show when={adultSession()?.role === 'teacher'} fallback={<p role="alert">{t('error.not-allowed')}</p>}>
      <h1>{t('cards.title')}</h1>
      <p class="next-step">{t('cards.intro')}</p>
      <CardForm />
      <CardList />
    </Show>
  );
}
