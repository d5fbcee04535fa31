// How a student who cannot tap reliably uses the kiosk: by one or two switches (a switch interface
// is a keyboard to the browser) or by holding a pointer still. Pure rules; the kiosk's scanner
// (src/ui/student/access) applies them to the controls on screen.

/** Touch is everyone's default; the others are chosen by the teacher per student. */
export const ACCESS_MODES = ['touch', 'one-switch', 'two-switch', 'dwell'] as const;
export type AccessMode = (typeof ACCESS_MODES)[number];

/**
 * Keys a switch interface can send, as `KeyboardEvent.key` names them. A closed list, so a stored
 * key is always one the teacher could have picked, and never Tab or Escape, which adults need.
 */
export const SWITCH_KEYS = [
  ' ',
  'Enter',
  '1',
  '2',
  'ArrowRight',
  'ArrowLeft',
  'ArrowDown',
  'ArrowUp',
  'F7',
  'F8',
] as const;
export type SwitchKey = (typeof SWITCH_KEYS)[number];

export type AccessSettings = {
  mode: AccessMode;
  /** One-switch scanning: how long the highlight stays on each control. */
  scanMs: number;
  /** Dwell: how long the pointer is held still over a control to select it. */
  dwellMs: number;
  /** Two-switch: moves the highlight. One-switch: selects, like `selectKey`. */
  moveKey: SwitchKey;
  selectKey: SwitchKey;
  /** Whether the highlighted control's name is said aloud as the highlight reaches it. */
  speakHighlight: boolean;
};

/** The teacher's ranges, in milliseconds, and the step the settings move in. */
export const SCAN_MS = { min: 1000, max: 5000, step: 250 } as const;
export const DWELL_MS = { min: 500, max: 3000, step: 250 } as const;

export const DEFAULT_ACCESS: AccessSettings = {
  mode: 'touch',
  scanMs: 2000,
  dwellMs: 1000,
  moveKey: ' ',
  selectKey: 'Enter',
  speakHighlight: false,
};

/**
 * After this many full rounds of automatic scanning without a press the highlight rests where it
 * is (nobody is choosing: it stops moving and talking); the next press wakes it without selecting.
 */
export const SCAN_ROUNDS_BEFORE_REST = 4;

/** A pointer moving less than this, in CSS pixels, is held still (a hand or head always drifts). */
export const DWELL_STILL_PX = 12;

/** The settings a student's kiosk runs with: touch for a student the teacher never set. */
export function accessOf(stored: AccessSettings | undefined): AccessSettings {
  return stored ?? DEFAULT_ACCESS;
}

/** Whether the kiosk loads its scanner for this student at all. */
export function usesScanner(access: AccessSettings | undefined): boolean {
  return access !== undefined && access.mode !== 'touch';
}

export type SwitchAction = 'move' | 'select';

/** What a key press means in the student's mode; undefined for keys that are not their switches. */
export function switchActionOf(access: AccessSettings, key: string): SwitchAction | undefined {
  if (access.mode === 'one-switch') {
    return key === access.moveKey || key === access.selectKey ? 'select' : undefined;
  }
  if (access.mode === 'two-switch') {
    if (key === access.selectKey) return 'select';
    if (key === access.moveKey) return 'move';
  }
  return undefined;
}

/** The next control after `index`, back to the first after the last; `wrapped` says a round ended. */
export function nextScanIndex(index: number, count: number): { index: number; wrapped: boolean } {
  if (count <= 0) return { index: 0, wrapped: false };
  const next = (index + 1) % count;
  return { index: next, wrapped: next === 0 };
}

/**
 * Where the highlight goes when the controls on screen change. Undefined when there are none:
 * nothing needs the student, so scanning pauses. A control that needs the student and has just
 * appeared (the Start of a new step, Done once a step starts, a question's answers) takes it at
 * once; otherwise it stays where it was, or starts at the first such control, or at the first.
 */
export function scanIndexAfterChange<T>(options: {
  current: T | undefined;
  previous: readonly T[];
  targets: readonly T[];
  needsStudent: readonly T[];
}): number | undefined {
  const { current, previous, targets, needsStudent } = options;
  if (targets.length === 0) return undefined;
  const arrived = targets.findIndex((target) => needsStudent.includes(target) && !previous.includes(target));
  if (arrived >= 0) return arrived;
  const kept = current === undefined ? -1 : targets.indexOf(current);
  if (kept >= 0) return kept;
  const first = targets.findIndex((target) => needsStudent.includes(target));
  return first >= 0 ? first : 0;
}

/** Automatic scanning rests after enough silent rounds; any press resets the count. */
export function restsAfter(roundsWithoutPress: number): boolean {
  return roundsWithoutPress >= SCAN_ROUNDS_BEFORE_REST;
}

export type Point = { x: number; y: number };

/** Whether a dwell keeps counting: the same control under a pointer that has stayed near where it began. */
export function dwellContinues<T>(anchor: { target: T; at: Point }, target: T, point: Point): boolean {
  return (
    anchor.target === target && Math.hypot(point.x - anchor.at.x, point.y - anchor.at.y) <= DWELL_STILL_PX
  );
}
