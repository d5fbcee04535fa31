// Apart from kiosk-snapshot.ts, which the first paint loads: this needs the day's progress.
import type { CardId } from './ids';
import type { SnapshotAction } from './kiosk-snapshot';
import { type DayProgress, expectedTap } from './schedule-progress';

/** The current step's control as the kiosk shows it now, to be painted again at the next load. */
export function snapshotActionOf(
  progress: DayProgress,
  labelOf: (cardId: CardId) => string | undefined,
): SnapshotAction | undefined {
  const tap = expectedTap(progress);
  if (tap === 'start') return { tap };
  if (tap !== 'done') return undefined;
  const mini = progress.currentMini;
  const miniStep = mini && labelOf(mini.step.cardId);
  return miniStep ? { tap, miniStep } : { tap };
}
