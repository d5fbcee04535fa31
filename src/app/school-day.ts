import { type Accessor, createSignal, onCleanup } from 'solid-js';
import { nextDayStartOf, type SchoolDay, schoolDayOf } from '../domain/time';
import { clock } from './clock';

/**
 * How often the day is checked besides at midnight: a sleeping tablet may hold its timers back,
 * so the midnight one alone could fire late or not at all.
 */
export const DAY_CHECK_MS = 60_000;

/**
 * Today's school day on the app clock, as a signal that moves at midnight, on a clock tick, and
 * when the tablet wakes or the tab is shown again. A kiosk left on overnight shows the new day.
 */
export function useSchoolDay(): Accessor<SchoolDay> {
  const [day, setDay] = createSignal(schoolDayOf(clock.now()));
  let cancelMidnight: (() => void) | undefined;
  const check = () => {
    const now = clock.now();
    setDay(schoolDayOf(now));
    cancelMidnight?.();
    cancelMidnight = clock.after(nextDayStartOf(now) - now, check);
  };
  const onVisible = () => {
    if (document.visibilityState === 'visible') check();
  };
  check();
  const stopTicks = clock.every(DAY_CHECK_MS, check);
  document.addEventListener('visibilitychange', onVisible);
  window.addEventListener('pageshow', check);
  onCleanup(() => {
    cancelMidnight?.();
    stopTicks();
    document.removeEventListener('visibilitychange', onVisible);
    window.removeEventListener('pageshow', check);
  });
  return day;
}
