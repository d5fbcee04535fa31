import { Show } from 'solid-js';
import { adultSession } from '../../../app/session';
import { t } from '../../../i18n';

/** The teacher's choice boards: make and edit them, and decide what each student sees. */
export function BoardsScreen() {
  return (
    <Show when={adultSession()?.role === 'teacher'} fallback={<p role="alert">{t('error.not-allowed')}</p>}>
      <h1>{t('boards.title')}</h1>
      <p class="next-step">{t('boards.intro')}</p>
    </Show>
  );
}
