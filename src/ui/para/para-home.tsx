import { t } from '../../i18n';

export function ParaHome() {
  return (
    <>
      <h1>{t('para.title')}</h1>
      <p class="empty">{t('para.nothingToRecord')}</p>
    </>
  );
}
