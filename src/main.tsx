import { type Component, createSignal, Show } from 'solid-js';
import { render } from 'solid-js/web';
import { clock } from './app/clock';
import { startsOnKiosk } from './app/start-path';
import { readKioskSnapshot } from './db/repos/kiosk-snapshot';
import type { KioskSnapshot } from './domain/kiosk-snapshot';
import { schoolDayOf } from './domain/time';
import { loadLocale } from './i18n';
import { FailureScreen } from './ui/components/failure-screen';
import { SnapshotScreen } from './ui/student/snapshot-day';
import './ui/styles.css';

// The first load is only this: the kiosk's last screen, painted from its snapshot. The app itself
// (the database with Dexie, the kiosk that records taps, the adult screens) loads behind it and
// takes over the screen when it has read the day.
const root = document.getElementById('root');
if (root) {
  const [app, setApp] = createSignal<Component>();
  const [early, setEarly] = createSignal<KioskSnapshot>();
  const [failed, setFailed] = createSignal(false);
  const snapshot = startsOnKiosk(location.pathname)
    ? readKioskSnapshot({ day: schoolDayOf(clock.now()) })
    : undefined;
  // A Spanish screen waits for its words rather than flash English ones.
  if (snapshot) void loadLocale(snapshot.locale).then(() => setEarly(snapshot));
  // What shows until the app is here: the last screen, or words and a reload if it cannot load.
  const Early = () => (
    <Show when={!failed()} fallback={<FailureScreen />}>
      <Show when={early()}>{(shown) => <SnapshotScreen snapshot={shown()} />}</Show>
    </Show>
  );
  render(
    () => (
      <Show when={app()} fallback={<Early />}>
        {(App) => {
          const Loaded = App();
          return <Loaded />;
        }}
      </Show>
    ),
    root,
  );
  // Both at once when the page starts on the kiosk: the kiosk does not wait for the app to ask,
  // and the snapshot stays until both are here, so the screen never goes blank in between.
  const kiosk = startsOnKiosk(location.pathname) ? import('./app/kiosk-app') : undefined;
  Promise.all([import('./app/app'), kiosk]).then(
    ([module]) => setApp(() => module.App),
    (error: unknown) => {
      console.error(error);
      setFailed(true);
    },
  );
}
