import './backup.css';
import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import { db } from '../../../db/instance';
import { useLive } from '../../../db/live';
import { readSetting } from '../../../db/repos/settings';
import { backupOverdue, DEFAULT_REMINDER_DAYS, daysSince } from '../../../domain/backup/reminder';
import { t } from '../../../i18n';
import { useNow } from '../../components/use-now';

/** On the teacher's home: a backup is due, by the teacher's own reminder setting. */
export function BackupDue() {
  // Read together, so the reminder shows only once both are known (an absent setting reads undefined).
  const reminder = useLive(async () => ({
    lastBackupAt: await readSetting(db, 'lastBackupAt'),
    days: (await readSetting(db, 'backupReminderDays')) ?? DEFAULT_REMINDER_DAYS,
  }));
  const now = useNow(60_000);
  const lastBackupAt = () => reminder()?.lastBackupAt;
  const due = () => {
    const known = reminder();
    return known !== undefined && backupOverdue(known.lastBackupAt, known.days, now());
  };
  return (
    <Show when={due()}>
      <section class="panel backup-reminder" aria-labelledby="backup-due-title">
        <h2 id="backup-due-title">{t('backup.reminderTitle')}</h2>
        <p>
          {lastBackupAt() === undefined
            ? t('backup.overdueNever')
            : t('backup.overdue', { days: daysSince(lastBackupAt() ?? 0, now()) })}
        </p>
        <A href="/adult/backup" class="button primary">
          {t('backup.goBackup')}
        </A>
      </section>
    </Show>
  );
}
