import { useLocation } from '@solidjs/router';
import { For, onMount, Show } from 'solid-js';
import { db } from '../../db/instance';
import { useLive } from '../../db/live';
import { gateStoredPictures } from '../../db/repos/stored-pictures';
import { listStudents } from '../../db/repos/student-reads';
import type { AdultSession } from '../../domain/people';
import { t } from '../../i18n';
import { TodayPanel } from '../para/today-panel';
import { BackupDue } from './backup/backup-due';
import { ClassToday, COMPACT_CLASS_FROM } from './class-today';
import { FadingSuggestions } from './plans/fading-suggestions';
import { StaffSection } from './staff-section';
import { StudentsSection } from './students-section';

export function TeacherHome(props: { session: AdultSession }) {
  const location = useLocation<{ welcome?: boolean }>();
  const students = useLive(() => listStudents(db));
  // Upkeep no one asked for: a picture it cannot store now is tried again at the next visit.
  onMount(() => void gateStoredPictures(db, props.session).catch(() => undefined));
  return (
    <>
      <h1>{t('teacher.title')}</h1>
      <Show when={location.state?.welcome}>
        <section class="panel welcome" aria-labelledby="welcome-title">
          <h2 id="welcome-title">{t('setup.welcomeTitle')}</h2>
          <p>{t('setup.welcomeBody')}</p>
        </section>
      </Show>
      <p class="next-step">{t('teacher.nextStep')}</p>
      <BackupDue />
      <FadingSuggestions session={props.session} />
      <Show
        when={(students()?.length ?? 0) >= COMPACT_CLASS_FROM}
        fallback={
          <>
            <For each={students()}>{(student) => <TodayPanel student={student} />}</For>
            <StudentsSection session={props.session} />
            <StaffSection session={props.session} />
          </>
        }
      >
        {/* A class of many: a row each, and the lists of students and staff kept apart, folded. */}
        <ClassToday students={students() ?? []} />
        <details class="panel manage-class">
          <summary>{t('classToday.manage')}</summary>
          <StudentsSection session={props.session} />
          <StaffSection session={props.session} />
        </details>
      </Show>
    </>
  );
}
