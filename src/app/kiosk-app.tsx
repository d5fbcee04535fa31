import { createEffect, onCleanup, onMount, Show } from 'solid-js';
import { db } from '../db/instance';
import { useLive } from '../db/live';
import { needsSetup } from '../db/repos/setup-state';
import { Loading } from '../ui/components/loading';
import { Kiosk } from '../ui/student/kiosk';
import { type KioskNavigation, KioskNavigationContext } from './kiosk-navigation';

type KioskState = { kiosk?: boolean };

/** "Back" is refused by putting the kiosk's own history entry back each time it is left. */
function holdHistoryWithoutRouter(): void {
  const hold = () => history.pushState({ kiosk: true } satisfies KioskState, '', location.pathname);
  onMount(() => {
    if (!(history.state as KioskState | null)?.kiosk) hold();
    window.addEventListener('popstate', hold);
  });
  onCleanup(() => window.removeEventListener('popstate', hold));
}

/**
 * The app as it starts on a set-up tablet: the kiosk alone, without the router. A new tablet is
 * sent to setup, and the adult corner opens the adult area; both hand over to the routed app.
 */
export function KioskApp(props: { openRouted: (path: string, replace: boolean) => void }) {
  const setupNeeded = useLive(() => needsSetup(db));
  createEffect(() => {
    if (setupNeeded() === true) props.openRouted('/setup', true);
  });
  const navigation: KioskNavigation = {
    toAdultArea: () => props.openRouted('/adult', false),
    holdHistory: holdHistoryWithoutRouter,
  };
  return (
    <Show when={setupNeeded() === false} fallback={<Loading />}>
      <KioskNavigationContext.Provider value={navigation}>
        <Kiosk />
      </KioskNavigationContext.Provider>
    </Show>
  );
}
