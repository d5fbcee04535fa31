import { t } from '../../i18n';

export function AboutScreen() {
  return <h1>{t('adult.about')}</h1>;
}
