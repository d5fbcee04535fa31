// When the snapshot's Start or Done came on screen on this page. The kiosk's own control takes
// over from it in the same place, and when it is the same control (the student's day, the same
// step, the same tap) it has been on screen since then: its settle counts from that moment (see
// step-control.ts), not from the takeover, so a student who has seen Start for a second is not
// kept waiting half a second more. Only while it is on screen: a snapshot gone from the screen
// (the pictures shown instead, say) or a page hidden leaves nothing to count from.
import { clock } from '../../app/clock';
import type { StudentId } from '../../domain/ids';
import type { SnapshotAction } from '../../domain/kiosk-snapshot';
import type { SchoolDay } from '../../domain/time';

/** A control on the screen: whose day, its step's words and its tap. */
export type ScreenControl = { studentId: StudentId; day: SchoolDay; step: string; action: SnapshotAction };

let painted: (ScreenControl & { at: number }) | undefined;
/** Snapshot controls on screen: one leaves as the next comes (the first paint's, then the kiosk's). */
let onScreen = 0;

const sameControl = (a: ScreenControl, b: ScreenControl) =>
  a.studentId === b.studentId &&
  a.day === b.day &&
  a.step === b.step &&
  a.action.tap === b.action.tap &&
  (a.action.tap === 'start' || (b.action.tap === 'done' && a.action.miniStep === b.action.miniStep));

/**
 * The snapshot shows `control`; noted with the moment it could first be seen, kept while one
 * like it stays on screen and the page is visible. Returns what to call when it leaves the screen.
 */
export function showSnapshotControl(control: ScreenControl): () => void {
  const seen = () => {
    if (document.visibilityState !== 'visible') painted = undefined;
    else if (!painted || !sameControl(painted, control)) painted = { ...control, at: clock.now() };
  };
  onScreen++;
  seen();
  document.addEventListener('visibilitychange', seen);
  return () => {
    onScreen--;
    document.removeEventListener('visibilitychange', seen);
    // Left for good, not for the kiosk's own control, which takes it in the same update, nor for
    // the next snapshot control, which comes in the same update too.
    queueMicrotask(() => {
      if (onScreen === 0) painted = undefined;
    });
  };
}

/**
 * When the snapshot's control, on screen until now, came on screen, if it is `control`. Taken
 * once, by the kiosk's screen taking over from the snapshot.
 */
export function takeSnapshotControl(control: ScreenControl | undefined): number | undefined {
  const taken = painted;
  painted = undefined;
  return taken && control && sameControl(taken, control) ? taken.at : undefined;
}
