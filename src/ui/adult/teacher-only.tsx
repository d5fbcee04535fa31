import { type ParentProps, Show } from 'solid-js';
import { adultSession } from '../../app/session';
import { t } from '../../i18n';

/**
 * The one gate of the teacher's screens, whose routes sit under it (see app/routed-app.tsx): a para
 * who follows a link to one is told why not. The repositories check the role again on every write.
 */
export function TeacherOnly(props: ParentProps) {
  return (
    <Show when={adultSession()?.role === 'teacher'} fallback={<p role="alert">{t('error.not-allowed')}</p>}>
      {props.children}
    </Show>
  );
}
