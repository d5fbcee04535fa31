import { t } from '../../i18n';

/** What shows when the app cannot go on: words, and a reload that starts it again. */
export function FailureScreen() {
  return (
    <main class="screen centered">
      <h1>{t('app.errorTitle')}</h1>
      <button type="button" class="button primary" onClick={() => location.reload()}>
        {t('app.errorReload')}
      </button>
    </main>
  );
}
