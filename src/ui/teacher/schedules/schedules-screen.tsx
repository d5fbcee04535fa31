import { t } from '../../../i18n';

export function SchedulesScreen() {
  return <h1>{t('adult.schedules')}</h1>;
}
