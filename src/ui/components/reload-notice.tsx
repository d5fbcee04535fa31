import { Show } from 'solid-js';
import { t } from '../../i18n';
import { closedForNewerVersion } from './closed-for-newer-version';

/**
 * Shown above every screen once another tab or a new version of the app took the database over:
 * this page's code is out of date and saves nothing more, so an adult reloads it. The student's
 * screen stays as it was beneath it, and nothing saved before is lost.
 */
export function ReloadNotice() {
  return (
    <Show when={closedForNewerVersion()}>
      <section class="reload-notice" role="status">
        <p>{t('app.updatedElsewhere')}</p>
        <button type="button" class="button primary" onClick={() => location.reload()}>
          {t('app.errorReload')}
        </button>
      </section>
    </Show>
  );
}
