import { createSignal, Match, Switch } from 'solid-js';
import { db } from '../../db/instance';
import { useLive } from '../../db/live';
import { readSetting } from '../../db/repos/settings';
import { listStudents } from '../../db/repos/students';
import type { StudentId } from '../../domain/ids';
import type { Student } from '../../domain/people';
import { t } from '../../i18n';
import { AdultCorner } from './adult-corner';
import { StudentPicker } from './student-picker';

function NothingPlanned(props: { student: Student }) {
  return (
    <section class="kiosk-day" aria-labelledby="kiosk-hello">
      <h1 id="kiosk-hello">{t('kiosk.hello', { name: props.student.name })}</h1>
      <div class="calm-card">
        <svg viewBox="0 0 120 120" width="160" height="160" aria-hidden="true">
          <circle cx="60" cy="60" r="56" fill="#fde9b0" />
          <circle cx="60" cy="60" r="26" fill="#f2b134" />
        </svg>
        <p class="kiosk-big">{t('kiosk.nothingPlanned')}</p>
      </div>
      <p class="adult-hint">{t('kiosk.nothingPlannedAdult')}</p>
    </section>
  );
}

/** The student's screen, and the app's start screen. */
export function Kiosk() {
  const students = useLive(() => listStudents(db));
  const tabletStudentId = useLive(() => readSetting(db, 'kioskStudentId'));
  const [pickedId, setPickedId] = createSignal<StudentId>();

  const student = (): Student | undefined => {
    const all = students() ?? [];
    const wantedId = tabletStudentId() ?? pickedId();
    if (wantedId) return all.find((candidate) => candidate.id === wantedId);
    return all.length === 1 ? all[0] : undefined;
  };

  return (
    <div class="kiosk">
      <header>
        <AdultCorner />
      </header>
      <main class="kiosk-main">
        <Switch>
          <Match when={students() === undefined}>{null}</Match>
          <Match when={student()}>{(current) => <NothingPlanned student={current()} />}</Match>
          <Match when={(students() ?? []).length === 0}>
            <p class="kiosk-big">{t('kiosk.noStudents')}</p>
          </Match>
          <Match when={students()}>{(all) => <StudentPicker students={all()} onPick={setPickedId} />}</Match>
        </Switch>
      </main>
    </div>
  );
}
