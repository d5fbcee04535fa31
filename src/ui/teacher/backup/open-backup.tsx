import { createSignal, Show } from 'solid-js';
import { adultSession } from '../../../app/session';
import { db } from '../../../db/instance';
import { type ImportProgress, type MergeSummary, mergeBackup, restoreBackup } from '../../../db/repos/backup';
import { errorText, t } from '../../../i18n';
import { type Status, StatusLine } from '../../components/status-line';
import { MergeResult } from './backup-result';

/**
 * A backup file chosen by the teacher, merged into this tablet or restored over it. The repo
 * checks the whole file before it writes anything; a restore asks once more before it replaces.
 */
export function OpenBackup() {
  const [file, setFile] = createSignal<File>();
  const [passphrase, setPassphrase] = createSignal('');
  const [confirming, setConfirming] = createSignal(false);
  const [working, setWorking] = createSignal(false);
  const [status, setStatus] = createSignal<Status>();
  const [merged, setMerged] = createSignal<MergeSummary>();
  const [progress, setProgress] = createSignal<ImportProgress>();

  const run = async (action: 'merge' | 'restore') => {
    const chosen = file();
    if (!chosen || working()) return;
    setConfirming(false);
    setStatus(undefined);
    setMerged(undefined);
    setWorking(true);
    setProgress({ step: 'checking', share: 0 });
    const options = { ...(passphrase() ? { passphrase: passphrase() } : {}), onProgress: setProgress };
    try {
      if (action === 'merge') {
        setMerged(await mergeBackup(db, adultSession(), chosen, options));
        setStatus({ kind: 'done', text: t('backup.merged') });
      } else {
        const { counts } = await restoreBackup(db, adultSession(), chosen, options);
        setStatus({
          kind: 'done',
          text: t('backup.restored', { students: counts.students, events: counts.events }),
        });
      }
      setPassphrase('');
    } catch (error) {
      setStatus({ kind: 'error', text: errorText(error) });
    } finally {
      setWorking(false);
    }
  };

  const choose = (input: HTMLInputElement) => {
    setFile(input.files?.[0]);
    setStatus(undefined);
    setMerged(undefined);
    setConfirming(false);
  };

  return (
    <section class="panel" aria-labelledby="open-backup-title" aria-busy={working()}>
      <h2 id="open-backup-title">{t('backup.openTitle')}</h2>
      <p id="open-backup-hint" class="hint">
        {t('backup.openHint')}
      </p>
      <div class="backup-form">
        {/* The label is the button people see: the input's own button speaks the browser's language. */}
        <input
          id="backup-file"
          class="visually-hidden"
          type="file"
          accept=".omo,application/octet-stream"
          aria-describedby="open-backup-hint"
          onChange={(event) => choose(event.currentTarget)}
        />
        <label for="backup-file" class="button">
          {t('backup.chooseFile')}
        </label>
        <p data-testid="backup-file-name">
          {file() ? t('backup.chosen', { file: file()?.name ?? '' }) : t('backup.noFile')}
        </p>
        <label for="backup-open-passphrase">{t('backup.openPassphrase')}</label>
        <input
          id="backup-open-passphrase"
          type="password"
          autocomplete="off"
          value={passphrase()}
          onInput={(e) => setPassphrase(e.currentTarget.value)}
        />
        <div class="backup-actions">
          <button
            type="button"
            class="button primary"
            disabled={!file() || working()}
            onClick={() => void run('merge')}
          >
            {t('backup.merge')}
          </button>
          <button
            type="button"
            class="button danger"
            disabled={!file() || working()}
            onClick={() => setConfirming(true)}
          >
            {t('backup.restore')}
          </button>
        </div>
        <Show when={confirming()}>
          <fieldset class="backup-confirm" aria-describedby="confirm-restore-text">
            <legend class="visually-hidden">{t('backup.restore')}</legend>
            <p id="confirm-restore-text">{t('backup.confirmRestoreText')}</p>
            <div class="backup-actions">
              <button type="button" class="button danger" onClick={() => void run('restore')}>
                {t('backup.confirmRestore')}
              </button>
              <button type="button" class="button" onClick={() => setConfirming(false)}>
                {t('backup.cancel')}
              </button>
            </div>
          </fieldset>
        </Show>
      </div>
      <Show when={working() && progress()}>{(shown) => <ImportUnderway progress={shown()} />}</Show>
      <StatusLine status={status()} />
      <Show when={merged()}>{(summary) => <MergeResult summary={summary()} />}</Show>
    </section>
  );
}

const STEP_WORDS = {
  checking: 'backup.checking',
  writing: 'backup.writing',
  figures: 'backup.figures',
} as const;

/**
 * What a restore or merge is doing, with a bar of how much of the file is done. The words change
 * only from one step to the next, so a screen reader is not told every percent.
 */
function ImportUnderway(props: { progress: ImportProgress }) {
  const words = () => t(STEP_WORDS[props.progress.step]);
  return (
    <div class="import-underway">
      <p role="status">{words()}</p>
      {/* Without a value, a bar shows work under way of unknown length: the figures' step. */}
      <Show
        when={'share' in props.progress ? props.progress : undefined}
        fallback={<progress aria-label={words()} />}
      >
        {(shown) => <progress max="1" value={shown().share} aria-label={words()} />}
      </Show>
      <p class="hint">{t('backup.keepOpen')}</p>
    </div>
  );
}
