import { onCleanup, onMount } from 'solid-js';
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
  const navigation: KioskNavigation = {
    toAdultArea: () => props.openRouted('/adult', false),
    toSetup: () => props.openRouted('/setup', true),
    holdHistory: holdHistoryWithoutRouter,
  };
  return (
    <KioskNavigationContext.Provider value={navigation}>
      <Kiosk />
    </KioskNavigationContext.Provider>
  );
}
