import { Show } from 'solid-js';
import { t } from '../../i18n';
import { closedForNewerVersion } from './closed-for-newer-version';

/**
 * While the first reads of the database run. A page whose connection was closed for a newer
 * version never gets them: it shows the app's name under the notice to reload, not "getting ready".
 */
export function Loading() {
  return (
    <Show when={closedForNewerVersion()} fallback={<p class="loading">{t('app.loading')}</p>}>
      <main class="screen centered">
        <h1>{t('app.name')}</h1>
      </main>
    </Show>
  );
}
