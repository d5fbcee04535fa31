import { createEffect, onCleanup } from 'solid-js';
import { clock } from '../../app/clock';
import { db } from '../../db/instance';
import { useLive } from '../../db/live';
import { readSetting } from '../../db/repos/settings';
import { idleLockMs } from '../../domain/idle-lock';

// Taps, clicks, keys and scrolling count as use; anything else (a timer ticking) does not.
const USE_EVENTS = ['pointerdown', 'keydown', 'wheel'] as const;

/**
 * Calls `lock` once the element given to the returned ref has gone the teacher's idle time (see
 * domain/idle-lock) without a tap or a key. Time runs on the app clock, so tests can move it.
 */
export function useIdleLock(lock: () => void): (element: HTMLElement) => void {
  const minutes = useLive(() => readSetting(db, 'adultIdleMinutes'));
  let cancel: (() => void) | undefined;
  const restart = () => {
    cancel?.();
    cancel = clock.after(idleLockMs(minutes()), lock);
  };
  // Starts the wait, and starts it again when the teacher changes the idle time.
  createEffect(restart);
  onCleanup(() => cancel?.());
  return (element) => {
    for (const type of USE_EVENTS) element.addEventListener(type, restart, { capture: true, passive: true });
  };
}
