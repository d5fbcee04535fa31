import { onCleanup, onMount } from 'solid-js';
import { useKioskNavigation } from '../../app/kiosk-navigation';

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

  useKioskNavigation().holdHistory();

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
