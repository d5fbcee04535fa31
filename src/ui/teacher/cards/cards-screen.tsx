import { t } from '../../../i18n';

export function CardsScreen() {
  return <h1>{t('adult.cards')}</h1>;
}
