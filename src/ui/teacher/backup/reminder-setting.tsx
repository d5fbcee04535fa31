import { createEffect, createSignal } from 'solid-js';
import { adultSession } from '../../../app/session';
import { db } from '../../../db/instance';
import { useLive } from '../../../db/live';
import { changeSetting, readSetting } from '../../../db/repos/settings';
import { DEFAULT_REMINDER_DAYS, MAX_REMINDER_DAYS } from '../../../domain/backup/reminder';
import { t } from '../../../i18n';
import { StatusLine } from '../../components/status-line';
import { useSave } from '../../components/use-save';

/** How many days without a backup before the teacher's home reminds them. */
export function ReminderSetting() {
  const saved = useLive(() => readSetting(db, 'backupReminderDays'));
  const [days, setDays] = createSignal(String(DEFAULT_REMINDER_DAYS));
  const { status, save: runSave } = useSave();
  createEffect(() => setDays(String(saved() ?? DEFAULT_REMINDER_DAYS)));

  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    await runSave(async () => {
      await changeSetting(db, adultSession(), 'backupReminderDays', Number(days()));
    }, t('backup.reminderSaved'));
  };

  return (
    <section class="panel" aria-labelledby="backup-reminder-title">
      <h2 id="backup-reminder-title">{t('backup.reminderTitle')}</h2>
      <form class="backup-form" onSubmit={(event) => void save(event)}>
        <label for="backup-reminder-days">{t('backup.reminderDays')}</label>
        <input
          id="backup-reminder-days"
          type="number"
          inputmode="numeric"
          min="1"
          max={MAX_REMINDER_DAYS}
          value={days()}
          onInput={(e) => setDays(e.currentTarget.value)}
        />
        <button type="submit" class="button">
          {t('backup.reminderSave')}
        </button>
      </form>
      <StatusLine status={status()} />
    </section>
  );
}
