import { Show } from 'solid-js';
import { t } from '../../i18n';
import { applyUpdate, postponeUpdate, updateReady } from '../../pwa/service-worker';

/** Shown only in the adult area: an adult decides when the new version starts. */
export function UpdateBanner() {
  return (
    <Show when={updateReady()}>
      <section class="update-banner" role="status">
        <p>{t('adult.updateReady')}</p>
        <button type="button" class="button primary" onClick={() => void applyUpdate()}>
          {t('adult.updateNow')}
        </button>
        <button type="button" class="button" onClick={postponeUpdate}>
          {t('adult.updateLater')}
        </button>
      </section>
    </Show>
  );
}
