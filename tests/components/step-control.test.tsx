// The kiosk's Start as the day is read: the control it shows first may have been on screen
// already, painted from the snapshot of the last screen, and then it has settled since; a control
// that comes later (once a check-in that covered the step has gone) is new, and settles.
import { createRoot, createSignal } from 'solid-js';
import { afterEach, expect, test, vi } from 'vitest';
import { clock } from '../../src/app/clock';
import { type CardId, ulid } from '../../src/domain/ids';
import { progressOf } from '../../src/domain/schedule-progress';
import { SETTLE_MS } from '../../src/domain/step-records';
import { useStepControl } from '../../src/ui/student/step-control';
import { ANA, aShown, morning, STEP } from '../support/events';

const NOW = morning(7, 30);
const items = [{ id: STEP, cardId: ulid<'card'>(NOW) as CardId, miniSteps: [] }];
// The step was shown before the page loaded: Start waits only for its settle.
const progress = () => progressOf(items, [aShown(ANA, morning(7, 10))]);

afterEach(() => vi.restoreAllMocks());

/** The step control of a kiosk reading its day, with the clock's timers held until let go. */
function kioskReadingItsDay(options: { coveredOnLoad: boolean; onScreenSince: number }) {
  vi.spyOn(clock, 'now').mockReturnValue(NOW);
  const held: (() => void)[] = [];
  vi.spyOn(clock, 'after').mockImplementation((_ms, callback) => {
    held.push(callback);
    return () => undefined;
  });
  const [loaded, setLoaded] = createSignal(false);
  const [uncovered, setUncovered] = createSignal(!options.coveredOnLoad);
  const onScreenSince = vi.fn(() => options.onScreenSince);
  const control = createRoot(() =>
    useStepControl({
      progress,
      loaded,
      uncovered,
      writing: () => false,
      record: async () => true,
      onScreenSince,
    }),
  );
  return {
    control,
    onScreenSince,
    read: () => setLoaded(true),
    uncover: () => setUncovered(true),
    letGo: () => {
      for (const callback of held.splice(0)) callback();
    },
  };
}

test('the control the snapshot painted long enough ago takes a tap as soon as the day is read', () => {
  const kiosk = kioskReadingItsDay({ coveredOnLoad: false, onScreenSince: NOW - SETTLE_MS });
  expect(kiosk.control.busy()).toBe(true);
  kiosk.read();
  expect(kiosk.control.busy()).toBe(false);
  expect(kiosk.onScreenSince).toHaveBeenCalledTimes(1);
});

test('painted only just before, it settles for the rest of the half second', () => {
  const kiosk = kioskReadingItsDay({ coveredOnLoad: false, onScreenSince: NOW - 100 });
  kiosk.read();
  expect(kiosk.control.busy()).toBe(true);
  expect(vi.mocked(clock.after).mock.calls.at(-1)?.[0]).toBe(SETTLE_MS - 100);
  kiosk.letGo();
  expect(kiosk.control.busy()).toBe(false);
});

test('a step covered as the day is read: its Start, when uncovered, is new and settles', () => {
  const kiosk = kioskReadingItsDay({ coveredOnLoad: true, onScreenSince: NOW - 60_000 });
  kiosk.read();
  // Asked as the day is read, so what the snapshot painted is not kept for a later screen.
  expect(kiosk.onScreenSince).toHaveBeenCalledTimes(1);
  kiosk.uncover();
  expect(kiosk.onScreenSince).toHaveBeenCalledTimes(1);
  expect(kiosk.control.busy()).toBe(true);
  expect(vi.mocked(clock.after).mock.calls.at(-1)?.[0]).toBe(SETTLE_MS);
  kiosk.letGo();
  expect(kiosk.control.busy()).toBe(false);
});
