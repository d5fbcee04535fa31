import { createSignal, ErrorBoundary, lazy, Match, onMount, Switch } from 'solid-js';
import { startServiceWorker } from '../pwa/service-worker';
import { FailureScreen } from '../ui/components/failure-screen';
import { ReloadNotice } from '../ui/components/reload-notice';
import { startClassroomSyncAfterPaint } from './classroom-sync-start';
import type { FirstScreen } from './start-path';

// The kiosk starts on its own; the router and the adult screens load when an adult needs them.
const RoutedApp = lazy(() => import('./routed-app').then((m) => ({ default: m.RoutedApp })));
// The kiosk and a new tablet's setup are chunks of their own too, so each loads without the other
// (main.tsx asks for the one the page starts on beside this module).
const KioskApp = lazy(() => import('./kiosk-app').then((m) => ({ default: m.KioskApp })));
const SetupApp = lazy(() => import('./setup-app').then((m) => ({ default: m.SetupApp })));

function AppFailure(props: { error: unknown }) {
  console.error(props.error);
  return <FailureScreen />;
}

export function App(props: { first: FirstScreen }) {
  onMount(startServiceWorker);
  // A new tablet has no classroom to sync yet: its sync waits until setup hands over, and the
  // setup screen paints and runs without the database's code.
  onMount(() => {
    if (props.first !== 'setup') startClassroomSyncAfterPaint();
  });
  const [routed, setRouted] = createSignal(props.first === 'routed');
  // Once routed, the app stays routed: the router shows the kiosk too when an adult goes back to it.
  const openRouted = (path: string, replace: boolean, state: object | null = null) => {
    if (replace) history.replaceState(state, '', path);
    else history.pushState(state, '', path);
    if (props.first === 'setup' && !routed()) startClassroomSyncAfterPaint();
    setRouted(true);
  };
  return (
    <ErrorBoundary fallback={(error) => <AppFailure error={error} />}>
      <ReloadNotice />
      <Switch fallback={<KioskApp openRouted={openRouted} />}>
        <Match when={routed()}>
          <RoutedApp />
        </Match>
        <Match when={props.first === 'setup'}>
          <SetupApp openRouted={openRouted} />
        </Match>
      </Switch>
    </ErrorBoundary>
  );
}
