import { type Accessor, createSignal, onCleanup } from 'solid-js';
import { clock } from '../../app/clock';

/** The app clock's time, read again every `ms`: for countdowns on screen. */
export function useNow(ms: number): Accessor<number> {
  const [now, setNow] = createSignal(clock.now());
  onCleanup(clock.every(ms, () => setNow(clock.now())));
  return now;
}
