import { type Accessor, createEffect, createMemo, createSignal, onCleanup } from 'solid-js';
import { clock } from '../../../app/clock';
import type { AppEvent } from '../../../domain/events';
import { currentWait, WAIT_OVER_SHOWN_MS, type Wait } from '../../../domain/waiting';

/** The wait on the student's screen now, from the day's events, ending on time by itself. */
export function useWait(events: Accessor<readonly AppEvent[]>): Accessor<Wait | undefined> {
  const [tick, setTick] = createSignal(0);
  const wait = createMemo(() => {
    tick();
    return currentWait(events(), clock.now());
  });
  createEffect(() => {
    const shown = wait();
    if (shown)
      onCleanup(
        clock.after(shown.endsAt + WAIT_OVER_SHOWN_MS - clock.now(), () => setTick((count) => count + 1)),
      );
  });
  return wait;
}
