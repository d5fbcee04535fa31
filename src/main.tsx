import { createSignal, Show } from 'solid-js';
import { render } from 'solid-js/web';
import type { App } from './app/app';
import { clock } from './app/clock';
import { type FirstScreen, firstScreen, startsOnKiosk } from './app/start-path';
import { holdsNoAppDatabase } from './db/database-names';
import { readKioskSnapshot } from './db/repos/kiosk-snapshot';
import type { KioskSnapshot } from './domain/kiosk-snapshot';
import { schoolDayOf } from './domain/time';
import { loadLocale } from './i18n';
import { FailureScreen } from './ui/components/failure-screen';
import { SnapshotScreen } from './ui/student/snapshot-day';
import './ui/styles.css';

// A hidden page paints no frame: its app loads after this long instead.
const HIDDEN_PAGE_WAIT_MS = 250;

// The first load is only this: the kiosk's last screen, painted from its snapshot. The app itself
// (the database with Dexie, the kiosk that records taps, the adult screens) loads behind it and
// takes over the screen when it has read the day.
const root = document.getElementById('root');
if (root) {
  const [app, setApp] = createSignal<{ App: typeof App; first: FirstScreen }>();
  const [early, setEarly] = createSignal<KioskSnapshot>();
  const [failed, setFailed] = createSignal(false);
  const snapshot = startsOnKiosk(location.pathname)
    ? readKioskSnapshot({ day: schoolDayOf(clock.now()) })
    : undefined;
  // A page without a snapshot may be a new tablet's: the browser's list of databases says so
  // without opening one, and setup then loads on its own, without the kiosk or the router. Asked
  // only then, and at once, before anything renders: on a first visit the browser takes about
  // 100 ms (CPU ×4) to start IndexedDB and answer.
  const first = firstScreen(location.pathname, {
    snapshot: snapshot !== undefined,
    noDatabase: () => holdsNoAppDatabase(indexedDB),
  });
  // What shows until the app is here: the last screen, or words and a reload if it cannot load.
  const Early = () => (
    <Show when={!failed()} fallback={<FailureScreen />}>
      <Show when={early()}>{(shown) => <SnapshotScreen snapshot={shown()} />}</Show>
    </Show>
  );
  render(
    () => (
      <Show when={app()} fallback={<Early />}>
        {(loaded) => {
          const { App: Loaded, first } = loaded();
          return <Loaded first={first} />;
        }}
      </Show>
    ),
    root,
  );
  // Both at once: the screen the page starts on does not wait for the app to ask for it, and the
  // snapshot stays until both are here, so the screen never goes blank in between.
  const loadApp = () => {
    const screen = first.then(async (shown) => {
      if (shown === 'kiosk') await import('./app/kiosk-app');
      if (shown === 'setup') await import('./app/setup-app');
    });
    Promise.all([import('./app/app'), first, screen]).then(
      ([module, shown]) => setApp({ App: module.App, first: shown }),
      (error: unknown) => {
        console.error(error);
        setFailed(true);
      },
    );
  };
  // The last screen is painted before the app is asked for: starting its many downloads costs the
  // page's thread tens of milliseconds on a slow tablet, which that paint would otherwise wait for.
  // A Spanish screen waits for its words rather than flash English ones; without them, no snapshot.
  if (snapshot)
    loadLocale(snapshot.locale).then(() => {
      setEarly(snapshot);
      afterNextPaint(loadApp);
    }, loadApp);
  else loadApp();
}

/** Runs after the next frame is painted, or soon in a page that paints none (a hidden tab). */
function afterNextPaint(run: () => void): void {
  let ran = false;
  const once = () => {
    if (ran) return;
    ran = true;
    run();
  };
  requestAnimationFrame(() => setTimeout(once));
  setTimeout(once, HIDDEN_PAGE_WAIT_MS);
}
