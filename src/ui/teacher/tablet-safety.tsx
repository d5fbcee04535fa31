import { createSignal, For } from 'solid-js';
import { adultSession } from '../../app/session';
import { db } from '../../db/instance';
import { useLive } from '../../db/live';
import { wipeDevice } from '../../db/repos/device-wipe';
import { changeSetting, readSetting } from '../../db/repos/settings';
import { DEFAULT_IDLE_MINUTES, MAX_IDLE_MINUTES, MIN_IDLE_MINUTES } from '../../domain/idle-lock';
import { t } from '../../i18n';
import { makeAndShowRecoveryCode } from '../adult/recovery-code-notice';
import { StatusLine } from '../components/status-line';
import { useSave } from '../components/use-save';

const IDLE_CHOICES = Array.from(
  { length: MAX_IDLE_MINUTES - MIN_IDLE_MINUTES + 1 },
  (_, index) => MIN_IDLE_MINUTES + index,
);

/** Settings that keep the tablet safe: the idle lock, the recovery code, and erasing everything. */
export function TabletSafety() {
  const idleMinutes = useLive(() => readSetting(db, 'adultIdleMinutes'));
  const [typed, setTyped] = createSignal('');
  const [erasing, setErasing] = createSignal(false);
  const { status, save } = useSave();
  const confirmed = () => typed().trim().toLocaleUpperCase() === t('forgot.eraseWord');

  const chooseIdle = (value: string) =>
    save(() => changeSetting(db, adultSession(), 'adultIdleMinutes', Number(value)), t('settings.saved'));
  const erase = (event: SubmitEvent) => {
    event.preventDefault();
    if (!confirmed()) return;
    setErasing(true);
    void save(async () => {
      await wipeDevice(db, { session: adultSession() });
      // A fresh start: nothing of the old data stays in memory, and the empty tablet opens setup.
      window.location.replace('/');
    }).then(() => setErasing(false));
  };

  return (
    <>
      <section class="panel idle-setting" aria-labelledby="idle-title">
        <h2 id="idle-title">{t('idle.title')}</h2>
        <label for="idle-minutes">{t('idle.label')}</label>
        <select
          id="idle-minutes"
          value={idleMinutes() ?? DEFAULT_IDLE_MINUTES}
          onChange={(e) => void chooseIdle(e.currentTarget.value)}
        >
          <For each={IDLE_CHOICES}>
            {(count) => <option value={count}>{t('idle.minutes', { count })}</option>}
          </For>
        </select>
      </section>
      <section class="panel" aria-labelledby="recovery-settings-title">
        <h2 id="recovery-settings-title">{t('recovery.settingsTitle')}</h2>
        <p>{t('recovery.settingsIntro')}</p>
        <button type="button" class="button" onClick={() => void save(makeAndShowRecoveryCode)}>
          {t('recovery.makeNew')}
        </button>
      </section>
      <section class="panel" aria-labelledby="erase-title">
        <h2 id="erase-title">{t('erase.title')}</h2>
        <p>{t('erase.intro')}</p>
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
        </form>
      </section>
      <StatusLine status={status()} />
    </>
  );
}
