import { createSignal, Show } from 'solid-js';
import { clock } from '../../../app/clock';
import { adultSession } from '../../../app/session';
import { db } from '../../../db/instance';
import { useLive } from '../../../db/live';
import { exportBackup, markBackupSaved, PASSPHRASE_MIN_LENGTH } from '../../../db/repos/backup-export';
import { readSetting } from '../../../db/repos/settings';
import { AppError } from '../../../domain/errors';
import { schoolDayOf } from '../../../domain/time';
import { errorText, locale, t } from '../../../i18n';
import { saveFile } from '../../components/save-file';
import { type Status, StatusLine } from '../../components/status-line';

/**
 * The teacher saves a backup file, sealed with a passphrase unless they choose a plain file, told
 * why that is risky: a plain file carries every record and the staff's PIN hashes.
 */
export function SaveBackup() {
  const lastBackupAt = useLive(() => readSetting(db, 'lastBackupAt'));
  const [protect, setProtect] = createSignal(true);
  const [passphrase, setPassphrase] = createSignal('');
  const [again, setAgain] = createSignal('');
  const [saving, setSaving] = createSignal(false);
  const [status, setStatus] = createSignal<Status>();
  const [stampStatus, setStampStatus] = createSignal<Status>();

  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    if (saving()) return;
    setStatus(undefined);
    setStampStatus(undefined);
    setSaving(true);
    try {
      if (protect() && passphrase() !== again()) {
        throw new AppError('backup-passphrase-short', 'the copies differ', { min: PASSPHRASE_MIN_LENGTH });
      }
      const now = clock.now();
      const file = await exportBackup(db, adultSession(), {
        now,
        ...(protect() ? { passphrase: passphrase() } : {}),
      });
      const fileName = `on-my-own-backup-${schoolDayOf(now)}.omo`;
      // The file first: on a full disk the note of when it was saved fails, and the file is what matters.
      saveFile(fileName, file);
      setPassphrase('');
      setAgain('');
      setSaving(false);
      setStatus({ kind: 'done', text: t('backup.saved', { file: fileName }) });
      await markBackupSaved(db, adultSession(), now).catch((error: unknown) =>
        setStampStatus({ kind: 'error', text: t('backup.stampFailed', { reason: errorText(error) }) }),
      );
    } catch (error) {
      setSaving(false);
      setStatus({ kind: 'error', text: errorText(error) });
    }
  };

  const when = () => {
    const at = lastBackupAt();
    return at === undefined
      ? t('backup.never')
      : t('backup.lastBackup', {
          when: new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(at),
        });
  };

  return (
    <section class="panel" aria-labelledby="save-backup-title" aria-busy={saving()}>
      <h2 id="save-backup-title">{t('backup.saveTitle')}</h2>
      <p data-testid="last-backup">{when()}</p>
      <form class="backup-form" onSubmit={(event) => void save(event)}>
        <fieldset class="backup-kind">
          <legend>{t('backup.fileKind')}</legend>
          <label class="backup-check">
            <input
              type="radio"
              name="backup-kind"
              checked={protect()}
              onChange={(e) => e.currentTarget.checked && setProtect(true)}
            />
            {t('backup.sealed')}
          </label>
          <label class="backup-check">
            <input
              type="radio"
              name="backup-kind"
              checked={!protect()}
              aria-describedby="plain-why"
              onChange={(e) => e.currentTarget.checked && setProtect(false)}
            />
            {t('backup.plain')}
          </label>
          <Show when={!protect()}>
            <p id="plain-why" class="hint">
              {t('backup.plainWhy')}
            </p>
          </Show>
        </fieldset>
        <Show when={protect()}>
          <p id="passphrase-hint" class="hint">
            {t('backup.passphraseHint')}
          </p>
          <label for="backup-passphrase">{t('backup.passphrase', { min: PASSPHRASE_MIN_LENGTH })}</label>
          <input
            id="backup-passphrase"
            type="password"
            autocomplete="new-password"
            aria-describedby="passphrase-hint"
            value={passphrase()}
            onInput={(e) => setPassphrase(e.currentTarget.value)}
          />
          <label for="backup-passphrase-again">{t('backup.passphraseAgain')}</label>
          <input
            id="backup-passphrase-again"
            type="password"
            autocomplete="new-password"
            value={again()}
            onInput={(e) => setAgain(e.currentTarget.value)}
          />
        </Show>
        <button type="submit" class="button primary" disabled={saving()}>
          {t('backup.save')}
        </button>
      </form>
      <Show when={saving()}>
        <p role="status">{t('backup.saving')}</p>
      </Show>
      <StatusLine status={status()} />
      <StatusLine status={stampStatus()} />
    </section>
  );
}
