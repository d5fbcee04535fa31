import {
  Route,
  Router,
  type RouteSectionProps,
  useBeforeLeave,
  useIsRouting,
  useLocation,
  useNavigate,
} from '@solidjs/router';
import { createEffect, lazy, Show } from 'solid-js';
import { db } from '../db/instance';
import { useLive } from '../db/live';
import { readSetting } from '../db/repos/settings';
import { needsSetup } from '../db/repos/setup-state';
import { setLocale } from '../i18n';
import { Loading } from '../ui/components/loading';
import type { SetupNavigation } from '../ui/setup/setup-screen';
import { type KioskNavigation, KioskNavigationContext } from './kiosk-navigation';
import { endAdultSession, paraBarOpen } from './session';

// The router and every adult screen load when an adult opens the adult area (or setup runs).
// The kiosk too: a first visit to setup loads no more than setup.
const Kiosk = lazy(() => import('../ui/student/kiosk').then((m) => ({ default: m.Kiosk })));
const SetupScreen = lazy(() => import('../ui/setup/setup-screen').then((m) => ({ default: m.SetupScreen })));
const AdultArea = lazy(() => import('../ui/adult/adult-area').then((m) => ({ default: m.AdultArea })));
const TeacherOnly = lazy(() => import('../ui/adult/teacher-only').then((m) => ({ default: m.TeacherOnly })));
const AdultHome = lazy(() => import('../ui/adult/adult-home').then((m) => ({ default: m.AdultHome })));
const SettingsScreen = lazy(() =>
  import('../ui/teacher/settings-screen').then((m) => ({ default: m.SettingsScreen })),
);
const CardsScreen = lazy(() =>
  import('../ui/teacher/cards/cards-screen').then((m) => ({ default: m.CardsScreen })),
);
const SchedulesScreen = lazy(() =>
  import('../ui/teacher/schedules/schedules-screen').then((m) => ({ default: m.SchedulesScreen })),
);
const BoardsScreen = lazy(() =>
  import('../ui/teacher/boards/boards-screen').then((m) => ({ default: m.BoardsScreen })),
);
const ReviewScreen = lazy(() =>
  import('../ui/teacher/review/review-screen').then((m) => ({ default: m.ReviewScreen })),
);
const SelfChecksScreen = lazy(() =>
  import('../ui/teacher/self-checks/self-checks-screen').then((m) => ({ default: m.SelfChecksScreen })),
);
const ScalesScreen = lazy(() =>
  import('../ui/teacher/scales/scales-screen').then((m) => ({ default: m.ScalesScreen })),
);
const PrivacyScreen = lazy(() =>
  import('../ui/privacy/privacy-screen').then((m) => ({ default: m.PrivacyScreen })),
);
const PrivacyPage = lazy(() =>
  import('../ui/privacy/privacy-screen').then((m) => ({ default: m.PrivacyPage })),
);
const BackupScreen = lazy(() =>
  import('../ui/teacher/backup/backup-screen').then((m) => ({ default: m.BackupScreen })),
);
const PaperScreen = lazy(() =>
  import('../ui/teacher/paper/paper-screen').then((m) => ({ default: m.PaperScreen })),
);
const DataSheetScreen = lazy(() =>
  import('../ui/paper-sheet/data-sheet-screen').then((m) => ({ default: m.DataSheetScreen })),
);
const PaperEntryScreen = lazy(() =>
  import('../ui/paper-sheet/paper-entry-screen').then((m) => ({ default: m.PaperEntryScreen })),
);
const HomeNotesScreen = lazy(() =>
  import('../ui/adult/home-notes/home-notes-screen').then((m) => ({ default: m.HomeNotesScreen })),
);
const AboutScreen = lazy(() => import('../ui/about/about-screen').then((m) => ({ default: m.AboutScreen })));

/** Sends a new tablet to setup, and a set-up tablet away from it. */
function Shell(props: RouteSectionProps) {
  const setupNeeded = useLive(() => needsSetup(db));
  const adultLocale = useLive(() => readSetting(db, 'adultLocale'));
  const location = useLocation();
  const navigate = useNavigate();
  const redirect = () => {
    const needed = setupNeeded();
    // The privacy page can be read before setup, from the setup screen.
    if (needed === true && location.pathname !== '/setup' && location.pathname !== '/privacy')
      return '/setup';
    if (needed === false && location.pathname === '/setup') return '/';
    return undefined;
  };
  createEffect(() => {
    const to = redirect();
    if (to) navigate(to, { replace: true });
  });
  createEffect(() => {
    const language = adultLocale() ?? 'en';
    void setLocale(language);
    document.documentElement.lang = language;
  });
  return (
    <Show when={setupNeeded() !== undefined && !redirect()} fallback={<Loading />}>
      {props.children}
    </Show>
  );
}

/** The kiosk under the router: leaving and "back" go through the router's navigation. */
function RoutedKiosk() {
  const navigate = useNavigate();
  // The student screen ends an adult's session, however it was reached (the browser's own back
  // included), so "forward" cannot bring back an open adult area; unless the adult opened the
  // para bar, which keeps them signed in beside the student until they close it.
  if (!paraBarOpen()) endAdultSession();
  const navigation: KioskNavigation = {
    toAdultArea: () => navigate('/adult'),
    toSetup: () => navigate('/setup', { replace: true }),
    holdHistory: holdHistoryWithRouter,
  };
  return (
    <KioskNavigationContext.Provider value={navigation}>
      <Kiosk />
    </KioskNavigationContext.Provider>
  );
}

/** Setup under the router: where a database exists without a teacher yet (opened, never set up). */
function RoutedSetup() {
  const navigate = useNavigate();
  const navigation: SetupNavigation = {
    toPrivacy: () => navigate('/privacy'),
    toAdultArea: () => navigate('/adult', { replace: true, state: { welcome: true } }),
  };
  return <SetupScreen navigation={navigation} />;
}

/**
 * Back and forward (a number of history steps) are refused; the adult corner's own navigation,
 * which goes through the PIN, is not. A history entry of the kiosk's own under the current one
 * keeps "back" in the app (where it is refused) instead of closing it.
 */
function holdHistoryWithRouter(): void {
  useBeforeLeave((leave) => {
    if (typeof leave.to === 'number') leave.preventDefault();
  });
  const location = useLocation<{ kiosk?: boolean }>();
  const navigate = useNavigate();
  const routing = useIsRouting();
  // Once the router is idle: a navigation during its transition would replace the entry instead.
  createEffect(() => {
    if (!routing() && !location.state?.kiosk) navigate(location.pathname, { state: { kiosk: true } });
  });
}

export function RoutedApp() {
  return (
    <Router root={Shell}>
      <Route path="/" component={RoutedKiosk} />
      <Route path="/setup" component={RoutedSetup} />
      <Route path="/privacy" component={PrivacyPage} />
      <Route path="/adult" component={AdultArea}>
        <Route path="/" component={AdultHome} />
        <Route component={TeacherOnly}>
          <Route path="/settings" component={SettingsScreen} />
          <Route path="/cards" component={CardsScreen} />
          <Route path="/schedules" component={SchedulesScreen} />
          <Route path="/boards" component={BoardsScreen} />
          <Route path="/review" component={ReviewScreen} />
          <Route path="/self-checks" component={SelfChecksScreen} />
          <Route path="/scales" component={ScalesScreen} />
          <Route path="/backup" component={BackupScreen} />
          <Route path="/paper" component={PaperScreen} />
        </Route>
        <Route path="/data-sheet" component={DataSheetScreen} />
        <Route path="/paper-entry" component={PaperEntryScreen} />
        <Route path="/notes-home" component={HomeNotesScreen} />
        <Route path="/about" component={AboutScreen} />
        <Route path="/privacy" component={PrivacyScreen} />
      </Route>
      <Route path="*" component={RoutedKiosk} />
    </Router>
  );
}
