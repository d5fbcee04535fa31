import { type Accessor, createEffect, createMemo, createSignal, on, onCleanup } from 'solid-js';
import { clock } from '../../app/clock';
import type { StepId } from '../../domain/ids';
import { activityToStart, type DayProgress, expectedTap, stepToStart } from '../../domain/schedule-progress';
import { SETTLE_MS, type StudentTap, stepToFinish } from '../../domain/step-records';

/** Whether this tab is the one in front: a step in a hidden tab is not seen. */
function usePageVisible(): Accessor<boolean> {
  const [visible, setVisible] = createSignal(document.visibilityState === 'visible');
  const update = () => setVisible(document.visibilityState === 'visible');
  document.addEventListener('visibilitychange', update);
  onCleanup(() => document.removeEventListener('visibilitychange', update));
  return visible;
}

/**
 * The kiosk's Start and Done: when a step counts as shown, and when its control takes a tap.
 * `uncovered` says the step is on screen with nothing over it (check-in, question, board).
 */
export function useStepControl(options: {
  progress: Accessor<DayProgress>;
  /** Today's events are read, so the progress is the log's. */
  loaded: Accessor<boolean>;
  uncovered: Accessor<boolean>;
  writing: Accessor<boolean>;
  record: (tap: StudentTap) => Promise<boolean>;
  /**
   * When the control the kiosk first shows, as it takes over, was already on screen (painted from
   * the snapshot of the last screen), if it was. Asked once, when the day is read.
   */
  onScreenSince?: () => number | undefined;
}) {
  const pageVisible = usePageVisible();
  const seen = () => options.loaded() && options.uncovered() && pageVisible();

  // Shown when seen: once per step in this tab, and again each time it is seen after being hidden.
  const shownHere = new Set<StepId>();
  const hiddenHere = new Set<StepId>();
  createEffect(() => {
    if (!seen()) {
      for (const stepId of shownHere) hiddenHere.add(stepId);
      shownHere.clear();
      return;
    }
    const progress = options.progress();
    const stepIds = [progress.current?.item.id, stepToStart(progress)?.stepId].filter(
      (id): id is StepId => id !== undefined && !shownHere.has(id),
    );
    if (stepIds.length === 0) return;
    const again = stepIds.some((id) => hiddenHere.has(id));
    for (const id of stepIds) {
      shownHere.add(id);
      hiddenHere.delete(id);
    }
    void options.record({ kind: 'shown', stepIds, again });
  });

  // The control on screen now; a new one (or the same one uncovered) settles before it takes a tap,
  // counted from when it came on screen.
  const controlKey = createMemo(() => {
    if (!seen()) return 'unseen';
    const progress = options.progress();
    const tap = expectedTap(progress);
    return `${tap}:${tap === 'start' ? activityToStart(progress)?.stepId : stepToFinish(progress)}`;
  });
  const [settledKey, setSettledKey] = createSignal<string>();
  // Only the control shown as the day is read can have been on screen before; once the day is
  // read with none shown (covered, say), the next control is new.
  let takingOver = true;
  const takeOver = () => {
    takingOver = false;
    return options.onScreenSince?.();
  };
  createEffect(() => {
    if (takingOver && options.loaded() && controlKey() === 'unseen') takeOver();
  });
  createEffect(
    on(controlKey, (key) => {
      if (key === 'unseen') return;
      const since = takingOver ? takeOver() : undefined;
      const settle = since === undefined ? SETTLE_MS : SETTLE_MS - (clock.now() - since);
      if (settle <= 0) setSettledKey(key);
      else onCleanup(clock.after(settle, () => setSettledKey(key)));
    }),
  );
  // After a tap that recorded something, the control waits until the screen shows what it did.
  const [tappedOn, setTappedOn] = createSignal<string>();
  const startShown = () => activityToStart(options.progress())?.shownAt !== undefined;
  const busy = () =>
    options.writing() ||
    tappedOn() === controlKey() ||
    settledKey() !== controlKey() ||
    (expectedTap(options.progress()) === 'start' && !startShown());

  const tap = async (kind: 'start' | 'done') => {
    const progress = options.progress();
    const stepId = kind === 'start' ? activityToStart(progress)?.stepId : stepToFinish(progress);
    if (!stepId || busy()) return;
    const key = controlKey();
    setTappedOn(key);
    if (!(await options.record({ kind, stepId }))) setTappedOn(undefined);
  };
  return { busy, onStart: () => void tap('start'), onDone: () => void tap('done') };
}
