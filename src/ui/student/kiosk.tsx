import { createEffect, lazy, Match, Show, Switch } from 'solid-js';
import { clock } from '../../app/clock';
import { useKioskNavigation } from '../../app/kiosk-navigation';
import { logInByPicture, pictureLogin } from '../../app/picture-login';
import { useSchoolDay } from '../../app/school-day';
import { db } from '../../db/instance';
import { useLive } from '../../db/live';
import { clearKioskSnapshot, readKioskSnapshot } from '../../db/repos/kiosk-snapshot';
import { kioskStart } from '../../db/repos/kiosk-start';
import type { Student } from '../../domain/people';
import { loadLocale } from '../../i18n';
import { AdultCorner } from './adult-corner';
import { useKioskGuard } from './kiosk-guard';
import { ClassroomLocale, KioskLocale, useKioskText } from './kiosk-text';
import { SnapshotSection } from './snapshot-day';
import { SpokenCaption } from './spoken-caption';
import { StudentDay } from './student-day';
import { StudentPicker } from './student-picker';
import './kiosk.css';

// Shown only for a few minutes after a picture login on a shared tablet: loaded then.
const NotMe = lazy(() => import('./not-me').then((m) => ({ default: m.NotMe })));

/** The student's screen, and the app's start screen. */
export function Kiosk() {
  useKioskGuard();
  const text = useKioskText();
  const navigation = useKioskNavigation();
  const start = useLive(() => kioskStart(db));
  createEffect(() => {
    if (start()?.setupNeeded) navigation.toSetup();
  });
  // Nothing is shown to a tablet on its way to setup.
  const students = () => (start()?.setupNeeded === false ? start()?.students : undefined);
  const tabletStudentId = () => start()?.tabletStudentId;
  const day = useSchoolDay();

  const student = (): Student | undefined => {
    const all = students() ?? [];
    const wantedId = tabletStudentId() ?? pictureLogin()?.studentId;
    if (wantedId) return all.find((candidate) => candidate.id === wantedId);
    return all.length === 1 ? all[0] : undefined;
  };
  // "Not me" only where the student chose their picture: not on a tablet set to one student.
  const login = () => (tabletStudentId() === undefined ? pictureLogin() : undefined);
  const locale = () => student()?.locale ?? 'en';
  createEffect(() => void loadLocale(locale()));
  // Until the database has said who is here, the last screen stands in, if it is today's and
  // this login's; once it has, a screen without a day (the pictures, setup) makes it stale.
  const snapshot = () => readKioskSnapshot({ day: day(), studentId: pictureLogin()?.studentId });
  createEffect(() => {
    if (start() !== undefined && student() === undefined) clearKioskSnapshot();
  });

  return (
    <KioskLocale.Provider value={locale}>
      <ClassroomLocale.Provider value={() => start()?.classroomLocale ?? locale()}>
        <div class="kiosk" lang={locale()}>
          <header>
            <AdultCorner />
            <Show when={login()}>
              {(current) => (
                <Show when={student()}>{(chosen) => <NotMe student={chosen()} login={current()} />}</Show>
              )}
            </Show>
          </header>
          <main class="kiosk-main">
            <Switch>
              <Match when={students() === undefined}>
                <Show when={start() === undefined && snapshot()}>
                  {(shown) => <SnapshotSection snapshot={shown()} />}
                </Show>
              </Match>
              <Match when={student()}>
                {(current) => (
                  // Another student or a new day is a new screen: its schedule, its records,
                  // everything read for it. A change to the same student's settings is not.
                  <Show when={`${current().id} ${day()}`} keyed>
                    <StudentDay student={current()} day={day()} keepsSnapshot={login() === undefined} />
                  </Show>
                )}
              </Match>
              <Match when={(students() ?? []).length === 0}>
                <p class="kiosk-big">{text('kiosk.noStudents')}</p>
              </Match>
              <Match when={students()}>
                {(all) => <StudentPicker students={all()} onPick={(id) => logInByPicture(id, clock.now())} />}
              </Match>
            </Switch>
          </main>
          <SpokenCaption />
        </div>
      </ClassroomLocale.Provider>
    </KioskLocale.Provider>
  );
}
