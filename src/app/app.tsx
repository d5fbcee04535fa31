import { createSignal, ErrorBoundary, lazy, onMount, Show } from 'solid-js';
import { startServiceWorker } from '../pwa/service-worker';
import { FailureScreen } from '../ui/components/failure-screen';
import { ReloadNotice } from '../ui/components/reload-notice';
import { startClassroomSyncAfterPaint } from './classroom-sync-start';
import { startsOnKiosk } from './start-path';

// The kiosk starts on its own; the router and the adult screens load when an adult needs them.
const RoutedApp = lazy(() => import('./routed-app').then((m) => ({ default: m.RoutedApp })));
// The kiosk is a chunk of its own too, so a first visit to setup does not load it (main.tsx asks
// for it beside this module when the page starts on the kiosk).
const KioskApp = lazy(() => import('./kiosk-app').then((m) => ({ default: m.KioskApp })));

function AppFailure(props: { error: unknown }) {
  console.error(props.error);
  return <FailureScreen />;
}

export function App() {
  onMount(startServiceWorker);
  onMount(startClassroomSyncAfterPaint);
  const [routed, setRouted] = createSignal(!startsOnKiosk(location.pathname));
  // Once routed, the app stays routed: the router shows the kiosk too when an adult goes back to it.
  const openRouted = (path: string, replace: boolean) => {
    if (replace) history.replaceState(null, '', path);
    else history.pushState(null, '', path);
    setRouted(true);
  };
  return (
    <ErrorBoundary fallback={(error) => <AppFailure error={error} />}>
      <ReloadNotice />
      <Show when={routed()} fallback={<KioskApp openRouted={openRouted} />}>
        <RoutedApp />
      </Show>
    </ErrorBoundary>
  );
}
