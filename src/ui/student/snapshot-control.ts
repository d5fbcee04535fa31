// When the snapshot's Start or Done was painted on this page. The kiosk's own control takes over
// from it in the same place, and when it is the same control (the student's day, the same step,
// the same tap) it has been on screen since then: its settle counts from that moment (see
// step-control.ts), not from the takeover, so a student who has seen Start for a second is not
// kept waiting half a second more.
import { clock } from '../../app/clock';
import type { StudentId } from '../../domain/ids';
import type { SnapshotAction } from '../../domain/kiosk-snapshot';
import type { SchoolDay } from '../../domain/time';

/** A control on the screen: whose day, its step's words and its tap. */
export type ScreenControl = { studentId: StudentId; day: SchoolDay; step: string; action: SnapshotAction };

let painted: (ScreenControl & { at: number }) | undefined;

const sameControl = (a: ScreenControl, b: ScreenControl) =>
  a.studentId === b.studentId &&
  a.day === b.day &&
  a.step === b.step &&
  a.action.tap === b.action.tap &&
  (a.action.tap === 'start' || (b.action.tap === 'done' && a.action.miniStep === b.action.miniStep));

/** The snapshot painted `control`; painted again (the first paint, then the kiosk's), it keeps its first moment. */
export function noteSnapshotControl(control: ScreenControl): void {
  if (painted && sameControl(painted, control)) return;
  painted = { ...control, at: clock.now() };
}

/**
 * When the snapshot painted `control`, if it did. Taken once, by the kiosk's screen taking over
 * from the snapshot: a later screen of the same page must not count from it.
 */
export function takeSnapshotControl(control: ScreenControl | undefined): number | undefined {
  const taken = painted;
  painted = undefined;
  return taken && control && sameControl(taken, control) ? taken.at : undefined;
}
