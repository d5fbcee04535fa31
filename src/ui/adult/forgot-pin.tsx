import { A } from '@solidjs/router';
import { createSignal } from 'solid-js';
import { db } from '../../db/instance';
import { wipeDevice } from '../../db/repos/device-wipe';
import { errorText, t } from '../../i18n';
import { type Status, StatusLine } from '../components/status-line';

/**
 * What to do when the teacher's PIN is forgotten: it cannot be recovered, so the ways out are a
 * backup or erasing the tablet. Erasing asks for a typed word, so no tap does it by accident.
 */
export function ForgotPin() {
  const [typed, setTyped] = createSignal('');
  const [erasing, setErasing] = createSignal(false);
  const [status, setStatus] = createSignal<Status>();
  const confirmed = () => typed().trim().toLocaleUpperCase() === t('forgot.eraseWord');

  const erase = async (event: SubmitEvent) => {
    event.preventDefault();
    if (!confirmed()) return;
    setErasing(true);
    try {
      await wipeDevice(db);
      // A fresh start: nothing of the old data stays in memory, and the empty tablet opens setup.
      window.location.replace('/');
    } catch (error) {
      setStatus({ kind: 'error', text: errorText(error) });
      setErasing(false);
    }
  };

  return (
    <details class="panel forgot-pin">
      <summary>{t('forgot.title')}</summary>
      <p>{t('forgot.cannotRecover')}</p>
      <h2>{t('forgot.waysOut')}</h2>
      <ol class="plain-list">
        <li>{t('forgot.restore')}</li>
        <li>{t('forgot.erase')}</li>
      </ol>
      <p>
        <A href="/privacy">{t('privacy.link')}</A>
      </p>
      <form class="form" onSubmit={erase}>
        <label for="erase-word">{t('forgot.typeWord', { word: t('forgot.eraseWord') })}</label>
        <input
          id="erase-word"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck={false}
          value={typed()}
          onInput={(event) => setTyped(event.currentTarget.value)}
        />
        <button type="submit" class="button danger" disabled={!confirmed() || erasing()}>
          {erasing() ? t('forgot.erasing') : t('forgot.eraseButton')}
        </button>
        <StatusLine status={status()} />
      </form>
    </details>
  );
}
