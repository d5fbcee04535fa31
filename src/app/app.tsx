import { Route, Router, type RouteSectionProps, useLocation, useNavigate } from '@solidjs/router';
import { createEffect, ErrorBoundary, lazy, onMount, Show } from 'solid-js';
import { db } from '../db/instance';
import { useLive } from '../db/live';
import { readSetting } from '../db/repos/settings';
import { needsSetup } from '../db/repos/setup-state';
import { setLocale, t } from '../i18n';
import { startServiceWorker } from '../pwa/service-worker';
import { Kiosk } from '../ui/student/kiosk';

// Only the kiosk is in the first bundle; adult screens load when an adult opens them.
const SetupScreen = lazy(() => import('../ui/setup/setup-screen').then((m) => ({ default: m.SetupScreen })));
const AdultArea = lazy(() => import('../ui/adult/adult-area').then((m) => ({ default: m.AdultArea })));
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
const ScalesScreen = lazy(() =>
  import('../ui/teacher/scales/scales-screen').then((m) => ({ default: m.ScalesScreen })),
);
const AboutScreen = lazy(() => import('../ui/about/about-screen').then((m) => ({ default: m.AboutScreen })));

function AppFailure(props: { error: unknown }) {
  console.error(props.error);
  return (
    <main class="screen centered">
      <h1>{t('app.errorTitle')}</h1>
      <button type="button" class="button primary" onClick={() => location.reload()}>
        {t('app.errorReload')}
      </button>
    </main>
  );
}

/** Sends a new tablet to setup, and a set-up tablet away from it. */
function Shell(props: RouteSectionProps) {
  const setupNeeded = useLive(() => needsSetup(db));
  const adultLocale = useLive(() => readSetting(db, 'adultLocale'));
  const location = useLocation();
  const navigate = useNavigate();
  const redirect = () => {
    const needed = setupNeeded();
    if (needed === true && location.pathname !== '/setup') return '/setup';
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
    <Show
      when={setupNeeded() !== undefined && !redirect()}
      fallback={<p class="loading">{t('app.loading')}</p>}
    >
      {props.children}
    </Show>
  );
}

export function App() {
  onMount(startServiceWorker);
  return (
    <ErrorBoundary fallback={(error) => <AppFailure error={error} />}>
      <Router root={Shell}>
        <Route path="/" component={Kiosk} />
        <Route path="/setup" component={SetupScreen} />
        <Route path="/adult" component={AdultArea}>
          <Route path="/" component={AdultHome} />
          <Route path="/settings" component={SettingsScreen} />
          <Route path="/cards" component={CardsScreen} />
          <Route path="/schedules" component={SchedulesScreen} />
          <Route path="/boards" component={BoardsScreen} />
          <Route path="/scales" component={ScalesScreen} />
          <Route path="/about" component={AboutScreen} />
        </Route>
        <Route path="*" component={Kiosk} />
      </Router>
    </ErrorBoundary>
  );
}
