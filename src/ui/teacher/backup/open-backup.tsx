import { createSignal, onCleanup, Show } from 'solid-js';
import { adultSession } from '../../../app/session';
import { db } from '../../../db/instance';
import {
  discardRestore,
  type ImportProgress,
  type MergeSummary,
  mergeBackup,
  type PreparedRestore,
  prepareRestore,
  previewMerge,
  switchToRestored,
} from '../../../db/repos/backup';
import type { StaffChange } from '../../../domain/backup/staff-changes';
import type { StaffId } from '../../../domain/ids';
import { errorText, t } from '../../../i18n';
import { type Status, StatusLine } from '../../components/status-line';
import { MergeResult } from './backup-result';
import { RestoreConfirm } from './restore-confirm';
import { afterRestoreHref } from './restored-note';
import { StaffApproval } from './staff-approval';

/**
 * A backup file chosen by the teacher, merged into this tablet or restored over it. The repo
 * checks the whole file before anything here changes. A restore is written aside first, then says
 * what it will replace and asks; once in use, the app starts again on it. A merge that would
 * change who may sign in first lists each change for approval.
 */
export function OpenBackup() {
  const [file, setFile] = createSignal<File>();
  const [passphrase, setPassphrase] = createSignal('');
  const [restorePlan, setRestorePlan] = createSignal<PreparedRestore>();
  const [staffChanges, setStaffChanges] = createSignal<readonly StaffChange[]>();
  const [working, setWorking] = createSignal(false);
  const [status, setStatus] = createSignal<Status>();
  const [merged, setMerged] = createSignal<MergeSummary>();
  const [progress, setProgress] = createSignal<ImportProgress>();

  const options = () => ({ ...(passphrase() ? { passphrase: passphrase() } : {}), onProgress: setProgress });
  const closeQuestions = () => {
    // A restore written aside but not wanted is deleted.
    const prepared = restorePlan();
    if (prepared) void discardRestore(prepared);
    setRestorePlan(undefined);
    setStaffChanges(undefined);
  };
  onCleanup(closeQuestions);

  /** Runs one reading of the file with its progress shown; a refusal is said in words. */
  const step = async (work: (chosen: File) => Promise<void>) => {
    const chosen = file();
    if (!chosen || working()) return;
    closeQuestions();
    setStatus(undefined);
    setMerged(undefined);
    setWorking(true);
    setProgress({ step: 'checking', share: 0 });
    try {
      await work(chosen);
    } catch (error) {
      setStatus({ kind: 'error', text: errorText(error) });
    } finally {
      setWorking(false);
    }
  };

  const merge = (approvedStaff: StaffId[]) =>
    step(async (chosen) => {
      setMerged(await mergeBackup(db, adultSession(), chosen, { ...options(), approvedStaff }));
      setStatus({ kind: 'done', text: t('backup.merged') });
      setPassphrase('');
    });

  const askMerge = async () => {
    let changes: readonly StaffChange[] = [];
    await step(async (chosen) => {
      changes = (await previewMerge(db, adultSession(), chosen, options())).staffChanges;
    });
    if (status()?.kind === 'error') return;
    if (changes.length > 0) setStaffChanges(changes);
    else await merge([]);
  };

  const askRestore = () =>
    step(async (chosen) => {
      setRestorePlan(await prepareRestore(db, adultSession(), chosen, options()));
    });

  const restore = async () => {
    const prepared = restorePlan();
    if (!prepared || working()) return;
    setRestorePlan(undefined);
    setWorking(true);
    try {
      const { counts } = await switchToRestored(db, adultSession(), prepared);
      // The app starts again on the restored data: its adults sign in with their own PINs.
      window.location.replace(afterRestoreHref({ students: counts.students, events: counts.events }));
    } catch (error) {
      setStatus({ kind: 'error', text: errorText(error) });
      void discardRestore(prepared);
      setWorking(false);
    }
  };

  const choose = (input: HTMLInputElement) => {
    setFile(input.files?.[0]);
    setStatus(undefined);
    setMerged(undefined);
    closeQuestions();
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
            onClick={() => void askMerge()}
          >
            {t('backup.merge')}
          </button>
          <button
            type="button"
            class="button danger"
            disabled={!file() || working()}
            onClick={() => void askRestore()}
          >
            {t('backup.restore')}
          </button>
        </div>
        <Show when={restorePlan()}>
          {(preview) => (
            <RestoreConfirm
              preview={preview().preview}
              onConfirm={() => void restore()}
              onCancel={closeQuestions}
            />
          )}
        </Show>
        <Show when={staffChanges()}>
          {(changes) => (
            <StaffApproval
              changes={changes()}
              onMerge={(approved) => void merge(approved)}
              onCancel={closeQuestions}
            />
          )}
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
