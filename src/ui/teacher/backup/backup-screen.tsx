import './backup.css';
import { Show } from 'solid-js';
import { adultSession } from '../../../app/session';
import { t } from '../../../i18n';
import { OpenBackup } from './open-backup';
import { ReminderSetting } from './reminder-setting';
import { SaveBackup } from './save-backup';

/** Backups, for the teacher only: save one, restore or merge one, and when to be reminded. */
export function BackupScreen() {
  return (
    <Show when={adultSession()?.role === 'teacher'} fallback={<p role="alert">{t('error.not-allowed')}</p>}>
      <h1>{t('backup.title')}</h1>
      <p>{t('backup.intro')}</p>
      <SaveBackup />
      <OpenBackup />
      <ReminderSetting />
    </Show>
  );
}
