import './backup.css';
import { t } from '../../../i18n';
import { OpenBackup } from './open-backup';
import { ReminderSetting } from './reminder-setting';
import { SaveBackup } from './save-backup';

/** Backups, for the teacher only: save one, restore or merge one, and when to be reminded. */
export function BackupScreen() {
  return (
    <>
      <h1>{t('backup.title')}</h1>
      <p>{t('backup.intro')}</p>
      <SaveBackup />
      <OpenBackup />
      <ReminderSetting />
    </>
  );
}
