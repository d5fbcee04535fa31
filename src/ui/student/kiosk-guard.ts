import { useBeforeLeave, useIsRouting, useLocation, useNavigate } from '@solidjs/router';
import { createEffect, onCleanup, onMount } from 'solid-js';

type WakeLockHolder = { release(): Promise<void> };
type WakeLockApi = { request(type: 'screen'): Promise<WakeLockHolder> };

/**
 * Keeps the student inside the kiosk and the screen awake: the browser's back gesture stays on
 * this screen, long-press menus do not open, and the Screen Wake Lock is taken again whenever
 * the tablet comes back from sleep (the browser drops it when the page is hidden).
 */
export function useKioskGuard(): void {
  let wakeLock: WakeLockHolder | undefined;

  const holdScreenAwake = async () => {
    const api = (navigator as Navigator & { wakeLock?: WakeLockApi }).wakeLock;
    if (!api || document.visibilityState !== 'visible') return;
    try {
      wakeLock = await api.request('screen');
    } catch {
      // Refused (battery saver, or no user gesture yet): the kiosk works without it.
    }
  };
  const noMenu = (event: Event) => event.preventDefault();
  const onVisibility = () => void holdScreenAwake();

  // Back and forward (a number of history steps) are refused; the adult corner's own navigation,
  // which goes through the PIN, is not.
  useBeforeLeave((leave) => {
    if (typeof leave.to === 'number') leave.preventDefault();
  });
  // A history entry of the kiosk's own under the current one, so "back" stays in the app (where
  // it is refused) instead of closing it or leaving for the page before.
  const location = useLocation<{ kiosk?: boolean }>();
  const navigate = useNavigate();
  const routing = useIsRouting();
  // Once the router is idle: a navigation during its transition would replace the entry instead.
  createEffect(() => {
    if (!routing() && !location.state?.kiosk) navigate(location.pathname, { state: { kiosk: true } });
  });

  onMount(() => {
    document.addEventListener('contextmenu', noMenu);
    document.addEventListener('visibilitychange', onVisibility);
    void holdScreenAwake();
  });
  onCleanup(() => {
    document.removeEventListener('contextmenu', noMenu);
    document.removeEventListener('visibilitychange', onVisibility);
    void wakeLock?.release().catch(() => undefined);
  });
}
