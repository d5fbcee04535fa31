import type { StudentId } from './ids';
import { ULID_PATTERN } from './ids';
import { LOCALES, type Locale } from './people';
import { LAYOUTS, type Layout } from './presentation';
import { SCHOOL_DAY_PATTERN, type SchoolDay } from './time';

/**
 * The kiosk's last screen, kept on the device so the next load can paint the day before the
 * database has opened. It holds no more than the screen showed (the student's name and the words of
 * the steps in view, no pictures, no records), and it is never trusted: anything that fails these
 * checks, or belongs to another student or day, is ignored and the kiosk waits for the database.
 */
export type KioskSnapshot = {
  version: 1;
  studentId: StudentId;
  day: SchoolDay;
  locale: Locale;
  name: string;
  layout: Layout;
  steps: readonly SnapshotStep[];
  /**
   * The current step's control as it was: Start, or Done (naming the mini-step it finishes). It is
   * painted as it was and takes no tap until the kiosk has read the day and shows its own.
   */
  action?: SnapshotAction;
  /** How many of the day's steps are finished, which the layouts showing one or two steps count. */
  finished?: number;
};

export type SnapshotAction = { tap: 'start' } | { tap: 'done'; miniStep?: string };

/** A step's words and state; `picture` where its card showed one, whose place the snapshot keeps. */
export type SnapshotStep = { label: string; status: SnapshotStepStatus; picture?: true };
export const SNAPSHOT_STEP_STATUSES = ['finished', 'current', 'upcoming'] as const;
export type SnapshotStepStatus = (typeof SNAPSHOT_STEP_STATUSES)[number];

/** Limits a snapshot must keep: a day's schedule is far shorter; anything longer is not ours. */
export const SNAPSHOT_LIMITS = { steps: 60, label: 200, name: 100, chars: 16_000, finished: 1_000 } as const;

/** What the screen about to be painted is for: today, and the student when already known. */
export type SnapshotExpectation = { day: SchoolDay; studentId?: StudentId };

type Unknown = Record<string, unknown>;
const isRecord = (value: unknown): value is Unknown =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= max;
const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= SNAPSHOT_LIMITS.finished;
const isOneOf = <T extends string>(options: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (options as readonly string[]).includes(value);

function stepOf(value: unknown): SnapshotStep | undefined {
  if (!isRecord(value)) return undefined;
  const { label, status, picture } = value;
  if (!isText(label, SNAPSHOT_LIMITS.label) || !isOneOf(SNAPSHOT_STEP_STATUSES, status)) return undefined;
  if (picture !== undefined && picture !== true) return undefined;
  return picture ? { label, status, picture } : { label, status };
}

function actionOf(value: unknown): SnapshotAction | undefined {
  if (!isRecord(value)) return undefined;
  const { tap, miniStep } = value;
  if (tap === 'start' && miniStep === undefined) return { tap };
  if (tap !== 'done') return undefined;
  if (miniStep === undefined) return { tap };
  return isText(miniStep, SNAPSHOT_LIMITS.label) ? { tap, miniStep } : undefined;
}

/** The snapshot in stored text, if it is well formed and for this day (and student); else undefined. */
export function parseKioskSnapshot(
  stored: string | null,
  expected: SnapshotExpectation,
): KioskSnapshot | undefined {
  if (stored === null || stored.length > SNAPSHOT_LIMITS.chars) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return undefined;
  }
  if (!isRecord(value) || value.version !== 1) return undefined;
  const { studentId, day, locale, name, layout, steps, action, finished } = value;
  if (typeof studentId !== 'string' || !ULID_PATTERN.test(studentId)) return undefined;
  if (typeof day !== 'string' || !SCHOOL_DAY_PATTERN.test(day)) return undefined;
  if (!isOneOf(LOCALES, locale) || !isOneOf(LAYOUTS, layout) || !isText(name, SNAPSHOT_LIMITS.name))
    return undefined;
  if (!Array.isArray(steps) || steps.length === 0 || steps.length > SNAPSHOT_LIMITS.steps) return undefined;
  const checked = steps.map(stepOf);
  if (checked.some((step) => step === undefined)) return undefined;
  // A snapshot of another day or another student is a wrong screen, not a slightly old one.
  if (day !== expected.day) return undefined;
  if (expected.studentId !== undefined && studentId !== expected.studentId) return undefined;
  const current = checked.filter((step) => step?.status === 'current').length;
  if (current > 1) return undefined;
  // A control belongs to the current step: without one, or malformed, the snapshot is not ours.
  const control = action === undefined ? undefined : actionOf(action);
  if (action !== undefined && (control === undefined || current === 0)) return undefined;
  if (finished !== undefined && !isCount(finished)) return undefined;
  return {
    version: 1,
    studentId: studentId as StudentId,
    day: day as SchoolDay,
    locale,
    name,
    layout,
    steps: checked.filter((step): step is SnapshotStep => step !== undefined),
    ...(control && { action: control }),
    ...(isCount(finished) && { finished }),
  };
}

/** The layouts that show the current step and the next one, not the whole day. */
export function isFocusLayout(layout: Layout): boolean {
  return layout === 'first-then' || layout === 'now-next';
}

/** The steps a snapshot keeps: those the layout shows, no more. */
export function snapshotSteps(layout: Layout, steps: readonly SnapshotStep[]): SnapshotStep[] {
  if (!isFocusLayout(layout)) return steps.slice(0, SNAPSHOT_LIMITS.steps);
  const current = steps.find((step) => step.status === 'current');
  const next = steps.find((step) => step.status === 'upcoming');
  return [current, next].filter((step): step is SnapshotStep => step !== undefined);
}
