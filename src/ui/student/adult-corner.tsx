import { A } from '@solidjs/router';
import { t } from '../../i18n';

/** The way out of the kiosk: it leads only to the PIN. */
export function AdultCorner() {
  return (
    <A href="/adult" class="adult-corner">
      <svg viewBox="0 0 24 24" aria-hidden="true" width="24" height="24">
        <path
          fill="currentColor"
          d="M12 2a5 5 0 0 0-5 5v3H6a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-8a2 2 0 0 0-2-2h-1V7a5 5 0 0 0-5-5Zm-3 8V7a3 3 0 0 1 6 0v3Z"
        />
      </svg>
      {t('kiosk.adultCorner')}
    </A>
  );
}
