import { For, Show } from 'solid-js';
import { db } from '../../db/instance';
import { useLive } from '../../db/live';
import { listStudents } from '../../db/repos/student-reads';
import { t } from '../../i18n';
import { TodayPanel } from './today-panel';

/** The para's day: each student's current step, and change cards. The plan itself is the teacher's. */
export function ParaHome() {
  const students = useLive(() => listStudents(db));
  return (
    <>
      <h1>{t('para.title')}</h1>
      <Show when={(students() ?? []).length > 0} fallback={<p class="empty">{t('para.nothingToRecord')}</p>}>
        <For each={students()}>{(student) => <TodayPanel student={student} />}</For>
      </Show>
    </>
  );
}
