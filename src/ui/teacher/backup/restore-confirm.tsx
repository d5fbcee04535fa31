import { createSignal, Show } from 'solid-js';
import type { RestorePreview } from '../../../db/repos/backup';
import { t } from '../../../i18n';

/**
 * What a restore will replace, students and records before and after, and the teacher's yes. When
 * it deletes students, the yes waits until the teacher says they understand that.
 */
export function RestoreConfirm(props: {
  preview: RestorePreview;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const [understood, setUnderstood] = createSignal(false);
  const removes = () => props.preview.removedStudents.length > 0;
  return (
    <fieldset class="backup-confirm" aria-describedby="confirm-restore-text">
      <legend class="visually-hidden">{t('backup.restore')}</legend>
      <p id="confirm-restore-text">{t('backup.confirmRestoreText')}</p>
      <p data-testid="restore-counts">
        {t('backup.restoreCounts', {
          studentsBefore: props.preview.before.students,
          studentsAfter: props.preview.after.students,
          eventsBefore: props.preview.before.events,
          eventsAfter: props.preview.after.events,
        })}
      </p>
      <Show when={removes()}>
        <p>{t('backup.restoreRemoves', { names: props.preview.removedStudents.join(', ') })}</p>
        <label class="backup-check">
          <input
            type="checkbox"
            checked={understood()}
            onChange={(event) => setUnderstood(event.currentTarget.checked)}
          />
          {t('backup.confirmRemoval')}
        </label>
      </Show>
      <div class="backup-actions">
        <button
          type="button"
          class="button danger"
          disabled={removes() && !understood()}
          onClick={() => props.onConfirm()}
        >
          {t('backup.confirmRestore')}
        </button>
        <button type="button" class="button" onClick={() => props.onCancel()}>
          {t('backup.cancel')}
        </button>
      </div>
    </fieldset>
  );
}
